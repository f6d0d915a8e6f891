"""Repairs a frequent small-model slip: the house number left in the street field.

"Hochstraße 33c" in ``strasse`` and the postcode or nothing in ``hausnummer`` becomes
"Hochstraße" / "33c". Works for every address section of every type (keys ending in
``strasse`` with a sibling ``hausnummer``), so no type needs code for it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from domain.fields import FieldData

_NUMBER_AT_END = re.compile(r"^(?P<street>.*?[^\d\s,])[\s,]+(?P<number>\d{1,4}\s?[a-zA-Z]?)$")
_HOUSE_NUMBER = re.compile(r"^\d{1,4}\s?[a-zA-Z]?(\s?[-/]\s?\d{1,4}\s?[a-zA-Z]?)?$")


def _plausible_number(value: FieldData) -> bool:
    return isinstance(value, str) and bool(_HOUSE_NUMBER.match(value.strip()))


def split_house_numbers(values: Mapping[str, FieldData]) -> dict[str, FieldData]:
    out = dict(values)
    for key, street in values.items():
        if not key.endswith("strasse") or not isinstance(street, str):
            continue
        number_key = key[: -len("strasse")] + "hausnummer"
        if number_key not in values:
            continue
        number = values[number_key]
        if _plausible_number(number):
            # "Mont-Cenis-Straße 41" with "41": the number stands twice, keep it once.
            assert isinstance(number, str)
            suffix = " " + number.strip()
            if street.strip().endswith(suffix):
                out[key] = street.strip()[: -len(suffix)].strip()
            continue
        found = _NUMBER_AT_END.match(street.strip())
        if found:
            out[key] = found["street"].strip()
            out[number_key] = found["number"].replace(" ", "")
        elif values[number_key] is not None:
            # Not a house number at all (typically the postcode): better missing than wrong.
            out[number_key] = None
    return out


def street_number_pairs(values: Mapping[str, FieldData]) -> list[tuple[str, str]]:
    """(house number key, "Street 12") for every address with both parts present."""
    pairs = []
    for key, street in values.items():
        if not key.endswith("strasse") or not isinstance(street, str):
            continue
        number_key = key[: -len("strasse")] + "hausnummer"
        number = values.get(number_key)
        if isinstance(number, str) and number:
            pairs.append((number_key, f"{street} {number}"))
    return pairs
