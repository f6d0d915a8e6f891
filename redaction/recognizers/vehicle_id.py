"""Vehicle identification numbers (FIN/VIN, field E of the Zulassungsbescheinigung).

17 characters without I, O and Q; letters and digits mixed. A VIN identifies a citizen's car
as surely as the plate does, and it reached the model prompt unredacted before.
"""

from __future__ import annotations

import re
from typing import ClassVar

from redaction.entities import VEHICLE_ID
from redaction.recognizers.base import RegexRecognizer, Verdict, cue_before

_PATTERN = re.compile(r"(?<![\w])[A-HJ-NPR-Z0-9]{17}(?![\w])")
_CUE = re.compile(r"\bFIN\b|\bVIN\b|Fahrzeug-?Ident|Identifizierungsnummer|\(E\)", re.IGNORECASE)


class VehicleIdRecognizer(RegexRecognizer):
    PATTERN: ClassVar[re.Pattern[str]] = _PATTERN
    ENTITIES: ClassVar[tuple[str, ...]] = (VEHICLE_ID,)

    def judge(self, text: str, match: re.Match[str]) -> Verdict | None:
        raw = match.group()
        digits = sum(ch.isdigit() for ch in raw)
        cued = cue_before(text, match.start(), _CUE, 60)
        # Uncued, a VIN needs the digits of its serial number to tell it from a word; after its
        # caption a VIN with few digits ("WSNEBWUKNAFLVW8Y3") is still one.
        if digits < (1 if cued else 3) or digits == len(raw):
            return None
        return Verdict(VEHICLE_ID, 0.9 if cued else 0.7, match.start(), match.end())
