"""German phone numbers: ``0234 910-1234``, ``+49 (0)234 12 34 56``, ``0170/1234567``."""

from __future__ import annotations

import re
from typing import ClassVar

from redaction.entities import PHONE_NUMBER
from redaction.recognizers.base import RegexRecognizer, Verdict, cue_before

# Dots are no separator here: "03.07.1988" is a date.
_PATTERN = re.compile(
    r"(?<![\w+])(?P<prefix>(?:\+|00)[ \t]?[1-9]\d{1,2}[ \t/-]*(?:\(0\)[ \t/-]*)?\d{1,5}"
    r"|\(?0[1-9]\d{1,4})"  # a national number starts with an area code of 2-5 digits after the 0
    r"\)?(?:[ \t/-]{0,3}\d{1,8}){1,5}(?![\d])"
)
_CUE = re.compile(r"Tel|Telefon|Mobil|Handy|Fax|Rufnummer|Ruf|erreichbar|Phone|☎", re.IGNORECASE)


class PhoneRecognizer(RegexRecognizer):
    PATTERN: ClassVar[re.Pattern[str]] = _PATTERN
    ENTITIES: ClassVar[tuple[str, ...]] = (PHONE_NUMBER,)

    def judge(self, text: str, match: re.Match[str]) -> Verdict | None:
        digits = sum(ch.isdigit() for ch in match.group())
        international = match.group("prefix").lstrip("(").startswith(("+", "00"))
        if not (7 <= digits <= 15) or (not international and digits < 8):
            return None
        if cue_before(text, match.start(), _CUE, 30):
            score = 0.9
        elif international:
            score = 0.85
        else:
            has_separator = re.search(r"[ \t/()-]", match.group()) is not None
            score = 0.7 if has_separator else 0.6
        return Verdict(PHONE_NUMBER, score, match.start(), match.end())
