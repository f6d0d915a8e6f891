"""Type-specific clean-up of extracted values (``ApplicationType.normalize``) built from parts."""

from __future__ import annotations

from collections.abc import Callable

from apptypes._common.plates import normalize_plate
from domain.fields import FieldData

Normalizer = Callable[[dict[str, FieldData]], dict[str, FieldData]]


def plates_at(*keys: str) -> Normalizer:
    """Writes plates as ``BO-AB 1234``; an unparsable plate stays as read, so K2 can see it."""

    def normalize(fields: dict[str, FieldData]) -> dict[str, FieldData]:
        out = dict(fields)
        for key in keys:
            value = out.get(key)
            if isinstance(value, str):
                out[key] = normalize_plate(value) or value
        return out

    return normalize


def lower_case_list_at(*keys: str) -> Normalizer:
    """Lists of adjectives such as nationalities are lower case by convention (``deutsch``)."""

    def normalize(fields: dict[str, FieldData]) -> dict[str, FieldData]:
        out = dict(fields)
        for key in keys:
            value = out.get(key)
            if isinstance(value, list):
                out[key] = [item.strip().lower() for item in value]
        return out

    return normalize
