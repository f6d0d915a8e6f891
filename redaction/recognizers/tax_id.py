"""German tax identification number (Steuer-ID, 11 digits).

Any 11-digit number passes the checksum about one time in ten, so a number is a tax id only
next to a tax cue; the checksum then only raises the score.
"""

from __future__ import annotations

import re
from typing import ClassVar

import regex

from redaction.entities import TAX_ID
from redaction.recognizers.base import RegexRecognizer, Verdict

_PATTERN = re.compile(r"(?<![\d])[1-9]\d[ \t]?\d{3}[ \t]?\d{3}[ \t]?\d{3}(?![\d])")
# OCR garbles cue words ("Steucr-ID"): one wrong letter is tolerated.
_CUE = regex.compile(
    r"\b(?:Steuer){e<=1}|\b(?:IdNr){s<=1}|\b(?:Identifikationsnummer){e<=2}|\bTIN\b",
    regex.IGNORECASE)


def tax_id_is_valid(digits: str) -> bool:
    """ISO 7064 MOD 11,10 check digit plus the rule that one digit repeats (2 or 3 times)."""
    if len(digits) != 11 or digits[0] == "0":
        return False
    counts = sorted((digits[:10].count(d) for d in set(digits[:10])), reverse=True)
    if counts[0] not in (2, 3) or len(counts) not in (8, 9):
        return False
    product = 10
    for ch in digits[:10]:
        total = (int(ch) + product) % 10 or 10
        product = (total * 2) % 11
    check = (11 - product) % 10
    return check == int(digits[10])


class TaxIdRecognizer(RegexRecognizer):
    PATTERN: ClassVar[re.Pattern[str]] = _PATTERN
    ENTITIES: ClassVar[tuple[str, ...]] = (TAX_ID,)

    def judge(self, text: str, match: re.Match[str]) -> Verdict | None:
        cues = list(_CUE.finditer(text, max(0, match.start() - 50), match.start()))
        # The cue must belong to this number, not to another number in between.
        if not cues or any(ch.isdigit() for ch in text[cues[-1].end():match.start()]):
            return None
        valid = tax_id_is_valid(re.sub(r"\s", "", match.group()))
        return Verdict(TAX_ID, 0.95 if valid else 0.7, match.start(), match.end())
