"""Type-specific clean-up of extracted values (``ApplicationType.normalize``) built from parts."""

from __future__ import annotations

import re
from collections.abc import Callable

from apptypes._common.plates import plate_layout
from domain.bochum import BOCHUM_TOWN_NAMES
from domain.fields import FieldData

Normalizer = Callable[[dict[str, FieldData]], dict[str, FieldData]]


def converting(convert: Callable[[FieldData], FieldData], *keys: str) -> Normalizer:
    """Applies ``convert`` to the values at ``keys`` and leaves every other value alone."""

    def normalize(fields: dict[str, FieldData]) -> dict[str, FieldData]:
        return {k: convert(v) if k in keys else v for k, v in fields.items()}

    return normalize


def _plate(value: FieldData) -> FieldData:
    # A plate without a recognisable layout stays as read, so that rule K2 can see it.
    return (plate_layout(value) or value) if isinstance(value, str) else value


# "Polnisch und Deutsch" in one item is two nationalities.
_ITEM_JOINERS = re.compile(r"\s+(?:und|&)\s+|\s*[/;,]\s*")


def _lower_case_items(value: FieldData) -> FieldData:
    if not isinstance(value, list):
        return value
    return [part.strip().lower() for item in value for part in _ITEM_JOINERS.split(item)
            if part.strip()]


def plates_at(*keys: str) -> Normalizer:
    """Writes plates as ``BO-AB 1234``."""
    return converting(_plate, *keys)


def lower_case_list_at(*keys: str) -> Normalizer:
    """Lists of adjectives such as nationalities are lower case by convention (``deutsch``),
    one per item."""
    return converting(_lower_case_items, *keys)


def _same(a: FieldData, b: FieldData) -> bool:
    return " ".join(str(a).split()).casefold() == " ".join(str(b).split()).casefold()


def cleared_when_same(key: str, as_key: str) -> Normalizer:
    """Empties ``key`` when it repeats ``as_key`` (a birth name "if different" that is the family
    name: the small model copies the family name when no birth name is given)."""

    def normalize(fields: dict[str, FieldData]) -> dict[str, FieldData]:
        value, other = fields.get(key), fields.get(as_key)
        if value is not None and other is not None and _same(value, other):
            return {**fields, key: None}
        return fields

    return normalize


def section_cleared_when_same(section: str, as_section: str, parts: tuple[str, ...]) -> Normalizer:
    """Empties ``section`` when its ``parts`` all repeat ``as_section``'s (a previous address
    that is the new one: the model fills it from the only address a letter names)."""

    def normalize(fields: dict[str, FieldData]) -> dict[str, FieldData]:
        pairs = [(fields.get(f"{section}.{p}"), fields.get(f"{as_section}.{p}")) for p in parts]
        if any(a is None for a, _ in pairs) or not all(
                b is not None and _same(a, b) for a, b in pairs):
            return fields
        return {k: None if k.startswith(f"{section}.") else v for k, v in fields.items()}

    return normalize


def items_matching(key: str, pattern: str) -> Normalizer:
    """Keeps the list items at ``key`` that match ``pattern`` (case-insensitive); none left is
    None, so that a required list goes to a clerk as missing."""
    shape = re.compile(pattern, re.IGNORECASE)

    def keep(value: FieldData) -> FieldData:
        if not isinstance(value, list):
            return value
        kept = [item for item in value if shape.search(item.strip())]
        return kept or None

    return converting(keep, key)


def cleared_unless(key: str, pattern: str) -> Normalizer:
    """Empties ``key`` when its value (spaces removed, upper case) does not fully match
    ``pattern``: a document number is letters and digits, not "Bochum, 16.2.2026"."""
    shape = re.compile(pattern)

    def keep(value: FieldData) -> FieldData:
        if not isinstance(value, str):
            return value
        compact = re.sub(r"\s+", "", value).upper()
        return compact if shape.fullmatch(compact) else None

    return converting(keep, key)


def _before_comma(value: FieldData) -> FieldData:
    return value.split(",", 1)[0].strip() or None if isinstance(value, str) else value


def place_only_at(*keys: str) -> Normalizer:
    """"Gelsenkirchen, Deutschland" → "Gelsenkirchen": forms ask for "Ort, Land der Geburt" in
    one line and the model copies both; a place name has no comma."""
    return converting(_before_comma, *keys)


def _municipality(value: FieldData) -> FieldData:
    if not isinstance(value, str):
        return value
    folded = value.strip().casefold()
    district = folded.removeprefix("bochum-").removeprefix("bochum ")
    return "Bochum" if folded in BOCHUM_TOWN_NAMES or district in BOCHUM_TOWN_NAMES else value


def municipality_at(*keys: str) -> Normalizer:
    """"Weitmar", "Bochum-Weitmar" → "Bochum": the spec's ``ort`` is the municipality without
    its district, and forms print the district on a line of its own ("Ortsteil   Weitmar")."""
    return converting(_municipality, *keys)


def chained(*steps: Normalizer) -> Normalizer:
    """The steps one after the other."""

    def normalize(fields: dict[str, FieldData]) -> dict[str, FieldData]:
        for step in steps:
            fields = step(fields)
        return fields

    return normalize
