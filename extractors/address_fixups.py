"""Repairs a frequent small-model slip: the house number left in the street field.

"Hochstraße 33c" in ``strasse`` and the postcode, another number or nothing in ``hausnummer``
becomes "Hochstraße" / "33c". Works for every address section of every type (keys ending in
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
        found = _NUMBER_AT_END.match(street.strip())
        if found:
            # The number written beside the street is this address's, also when the model put
            # another one (a number from elsewhere in the text, or itself: "Straße 41" + "41").
            out[key] = found["street"].strip()
            out[number_key] = found["number"].replace(" ", "")
        elif number is not None and not _plausible_number(number):
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
