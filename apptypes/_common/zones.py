"""Parking-zone codes: which configured zone a written or OCR-read code denotes.

The form asks for a code such as ``B3``; people write ``b 3`` or ``Zone B3`` and OCR reads ``Bl``
for ``B1``. Look-alike characters are repaired only where the zone code has a digit, so that a
letter of the code is never guessed from a digit.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from apptypes._common.normalizers import Normalizer, converting
from domain.fields import FieldData

_SEPARATORS = re.compile(r"[\s\-–.]+")
_ZONE_WORD = re.compile(r"^(?:bewohner)?(?:park)?zone:?", re.IGNORECASE)
_DIGIT_LOOK_ALIKES: dict[str, str] = {
    "l": "1", "I": "1", "i": "1", "|": "1", "O": "0", "o": "0", "S": "5", "Z": "2", "B": "8",
}


def known_zone(raw: str | None, zones: Collection[str]) -> str | None:
    """The code from ``zones`` that ``raw`` denotes (``"Zone b 3"`` → ``"B3"``, ``"Bl"`` →
    ``"B1"``); None when no zone or more than one fits. An exact reading beats a repaired one."""
    readings = _readings(raw)
    for fits in (_same_code, _misread_code):
        for reading in readings:
            found = {zone for zone in zones if fits(reading, _compact(zone))}
            if found:
                return found.pop() if len(found) == 1 else None
    return None


def zone_normalizer(key: str, zones: Collection[str]) -> Normalizer:
    """Writes the zone at ``key`` as configured; a zone it does not know stays as read, so that
    rule P4 can still see it."""
    # A snapshot: the zone table must not change under a running normaliser.
    table = frozenset(zones)

    def convert(value: FieldData) -> FieldData:
        return (known_zone(value, table) or value) if isinstance(value, str) else value

    return converting(convert, key)


def _readings(raw: str | None) -> list[str]:
    """The code as written, then without a leading word ``Zone``/``Parkzone``."""
    written = _compact(raw or "")
    without_word = _ZONE_WORD.sub("", written)
    return [text for text in dict.fromkeys((written, without_word)) if text]


def _compact(text: str) -> str:
    return _SEPARATORS.sub("", text.strip())


def _same_code(reading: str, code: str) -> bool:
    return reading.upper() == code.upper()


def _misread_code(reading: str, code: str) -> bool:
    return len(reading) == len(code) and all(map(_char_fits, reading, code))


def _char_fits(read: str, wanted: str) -> bool:
    if wanted.isascii() and wanted.isdigit():
        return read == wanted or _DIGIT_LOOK_ALIKES.get(read) == wanted
    return read.upper() == wanted.upper()

