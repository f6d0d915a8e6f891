"""Civil-register entry numbers (``E 212/1988``, ``G 1045/2009``): they point at one person's
birth or marriage record."""

from __future__ import annotations

import re
from typing import ClassVar

from redaction.entities import REGISTER_NUMBER
from redaction.recognizers.base import RegexRecognizer, Verdict, cue_before

_PATTERN = re.compile(r"(?<![\w/])[A-Z]{1,2}[ \t]?\d{1,5}[ \t]?/[ \t]?(?:19|20)\d{2}(?![\w/])")
_CUE = re.compile(r"Register|Reg\.|Eheschließung|\bAZ\b|Aktenzeichen|Eintrag|Standesamt|Nr\.")


class RegisterNumberRecognizer(RegexRecognizer):
    PATTERN: ClassVar[re.Pattern[str]] = _PATTERN
    ENTITIES: ClassVar[tuple[str, ...]] = (REGISTER_NUMBER,)

    def judge(self, text: str, match: re.Match[str]) -> Verdict | None:
        score = 0.8 if cue_before(text, match.start(), _CUE, 60) else 0.45
        return Verdict(REGISTER_NUMBER, score, match.start(), match.end())
