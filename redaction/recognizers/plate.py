"""German licence plates: ``BO-AB 1234``, ``WAT-Z 9``, ``BO AB 123E`` after ``Kennzeichen``."""

from __future__ import annotations

import re
from typing import ClassVar

from redaction.entities import LICENSE_PLATE
from redaction.recognizers.base import RegexRecognizer, Verdict, cue_before

_PATTERN = re.compile(
    r"(?<![\w-])[A-ZÄÖÜ]{1,3}(?P<sep>[ \t]?-[ \t]?|[ \t])[A-Z]{1,2}[ \t-]?[1-9]\d{0,3}[EH]?"
    r"(?![\w])")
_CUE = re.compile(r"Kennzeichen|Kfz|amtl|Fahrzeug|Nummernschild|Zulassung", re.IGNORECASE)


class PlateRecognizer(RegexRecognizer):
    PATTERN: ClassVar[re.Pattern[str]] = _PATTERN
    ENTITIES: ClassVar[tuple[str, ...]] = (LICENSE_PLATE,)

    def judge(self, text: str, match: re.Match[str]) -> Verdict | None:
        cued = cue_before(text, match.start(), _CUE, 50)
        if "-" in match.group("sep"):
            score = 0.9 if cued else 0.75
        elif cued:
            score = 0.8
        else:
            return None
        return Verdict(LICENSE_PLATE, score, match.start(), match.end())
