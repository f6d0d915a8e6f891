"""German licence plates: parsing written variants into the canonical ``BO-AB 1234``.

A plate is a district code (1–3 letters), an identifier of 1–2 letters and a number of 1–4
digits without leading zero. Written without a separator after the district (``BOAB1234``) the
split is ambiguous; the local district codes resolve it, anything else is left unparsed.

OCR and small models write look-alike digits for identifier letters (``BO-0-7437`` for
``BO-O 7437``). Such a plate is repaired only when a hyphen after the district and a separator
before the number fix the identifier group, so that a digit of the number is never taken for a
letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from apptypes.base import ValueShape

LOCAL_DISTRICTS: tuple[str, ...] = ("WAT", "BO")
MAX_PLATE_CHARS = 8
"""Letters and digits without separators (the spec's K2 limit)."""

_SEP = r"[\s\-–.]"
_SEPARATED = re.compile(rf"^([A-ZÄÖÜ]+){_SEP}+([A-Z]+){_SEP}*(\d+)$")
# A hyphen right after the letters ends the district ("BO-1234" has no letters), a space not.
_RUN_TOGETHER = re.compile(r"^([A-ZÄÖÜ]+)\s*(\d+)$")
_NUMBER = re.compile(r"^[1-9]\d{0,3}$")
# A hyphen must end the district: "BO 1 234" may be a plate written wrongly (rule K2), while
# "BO-0-7437" can only be a misread one.
_MISREAD_IDENTIFIER = re.compile(rf"^([A-ZÄÖÜ]+)\s*[-–]\s*([A-Z0-9]{{1,2}}){_SEP}+(\d+)$")
_LETTER_FOR_DIGIT = str.maketrans("018526", "OIBSZG")


@dataclass(frozen=True)
class PlateParts:
    district: str
    letters: str
    number: str

    @property
    def canonical(self) -> str:
        return f"{self.district}-{self.letters} {self.number}"

    @property
    def chars(self) -> int:
        return len(self.district) + len(self.letters) + len(self.number)


def split_plate(raw: str | None) -> PlateParts | None:
    """The parts of a valid plate (lengths and leading zero checked, not the 8-character limit)."""
    text = _clean(raw)
    separated = _SEPARATED.match(text)
    if separated:
        return _valid(*separated.groups())
    together = _RUN_TOGETHER.match(text)
    if together:
        return _split_letters(*together.groups())
    return _repaired_identifier(text)


def plate_layout(raw: str | None) -> str | None:
    """Canonical layout even for an invalid plate (``"bo abc-12"`` → ``"BO-ABC 12"``), so that
    a malformed plate is still written the way the spec writes plates."""
    separated = _SEPARATED.match(_clean(raw))
    if separated:
        return PlateParts(*separated.groups()).canonical
    return normalize_plate(raw)


def normalize_plate(raw: str | None) -> str | None:
    """``"bo-ab1234"``, ``"BO AB 1234"``, ``"BO-AB-1234"`` → ``"BO-AB 1234"``; else None."""
    parts = split_plate(raw)
    return parts.canonical if parts else None


def plate_district(raw: str | None) -> str | None:
    """The district code, also from a plate that is otherwise malformed (``"DO-ABC 1"``)."""
    parts = split_plate(raw)
    if parts:
        return parts.district
    match = re.match(rf"^\s*([A-Za-zÄÖÜäöü]{{1,3}}){_SEP}", str(raw or ""))
    return match.group(1).upper() if match else None


def _clean(raw: str | None) -> str:
    return re.sub(r"\s+", " ", str(raw or "").strip().upper())


def _valid(district: str, letters: str, number: str) -> PlateParts | None:
    if not (1 <= len(district) <= 3 and 1 <= len(letters) <= 2 and _NUMBER.match(number)):
        return None
    return PlateParts(district, letters, number)


def _repaired_identifier(text: str) -> PlateParts | None:
    """``BO-0-7437`` → ``BO-O 7437``: look-alike digits in a delimited identifier become letters."""
    misread = _MISREAD_IDENTIFIER.match(text)
    if not misread:
        return None
    district, identifier, number = misread.groups()
    letters = identifier.translate(_LETTER_FOR_DIGIT)
    # 3, 4, 7 and 9 look like no letter: such an identifier is not a misread one.
    return _valid(district, letters, number) if letters.isalpha() else None


def _split_letters(block: str, number: str) -> PlateParts | None:
    candidates = [
        parts for cut in range(1, min(3, len(block) - 1) + 1)
        if (parts := _valid(block[:cut], block[cut:], number)) is not None
    ]
    if len(candidates) == 1:
        return candidates[0]
    local = [p for p in candidates if p.district in LOCAL_DISTRICTS]
    return max(local, key=lambda p: len(p.district)) if local else None


def same_plate(a: str, b: str) -> bool:
    """Equal after normalising; unparsable plates compare by their letters and digits."""
    return _plate_key(a) == _plate_key(b)


def _plate_key(raw: str) -> str:
    return normalize_plate(raw) or re.sub(rf"{_SEP}+", "", raw.upper())


# District, identifier and number as printed, e.g. on a vehicle certificate ("BO R 8").
_WRITTEN_PLATE = re.compile(
    r"(?<![\w-])[A-ZÄÖÜ]{1,3}[ \t\-–]+[A-Z]{1,2}[ \t\-–]*[1-9]\d{0,3}(?![\w-])")


def written_plates(text: str) -> list[str]:
    """Every span of ``text`` written like a plate."""
    return _WRITTEN_PLATE.findall(text)


PLATE_SHAPE = ValueShape(parse=normalize_plate, find=written_plates)
"""A plate of a registered vehicle is a valid plate (not for a desired plate: rule K2 must see
a malformed one as written)."""
