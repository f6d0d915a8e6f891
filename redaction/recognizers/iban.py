"""IBANs, spaced or not, validated by the ISO 13616 mod-97 checksum."""

from __future__ import annotations

import re
from typing import ClassVar

from redaction.entities import IBAN
from redaction.recognizers.base import RegexRecognizer, Verdict, cue_before

_LENGTHS = {
    "DE": 22, "AT": 20, "CH": 21, "NL": 18, "BE": 16, "FR": 27, "IT": 27, "ES": 24, "PL": 28,
    "TR": 26, "LU": 20, "GB": 22, "DK": 18, "CZ": 24, "SK": 24, "HU": 28, "RO": 24, "HR": 21,
    "SI": 19, "PT": 25, "GR": 27, "IE": 22, "SE": 24, "NO": 15, "FI": 18, "LI": 21, "BG": 22,
    "LT": 20, "LV": 21, "EE": 20, "UA": 29,
}
_PATTERN = re.compile(r"(?<![\w])[A-Z]{2}[ \t]?\d{2}(?:[ \t]?[A-Z0-9]){11,30}(?![\w])")
_CUE = re.compile(r"IBAN|Konto|Bankverbindung", re.IGNORECASE)


def iban_is_valid(compact: str) -> bool:
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1


class IbanRecognizer(RegexRecognizer):
    PATTERN: ClassVar[re.Pattern[str]] = _PATTERN
    ENTITIES: ClassVar[tuple[str, ...]] = (IBAN,)

    def judge(self, text: str, match: re.Match[str]) -> Verdict | None:
        raw = match.group()
        length = _LENGTHS.get(raw[:2])
        if length is None:
            return None
        # Cut the match back to the country's length: a following word may have been swallowed.
        end, count = match.start(), 0
        for i, ch in enumerate(raw):
            if not ch.isspace():
                count += 1
            if count == length:
                end = match.start() + i + 1
                break
        else:
            return None
        compact = re.sub(r"\s", "", text[match.start():end])
        if iban_is_valid(compact):
            return Verdict(IBAN, 0.95, match.start(), end)
        if cue_before(text, match.start(), _CUE, 30):
            return Verdict(IBAN, 0.6, match.start(), end)
        return None
