"""Type-specific clean-up of extracted values (``ApplicationType.normalize``) built from parts."""

from __future__ import annotations

from collections.abc import Callable

from apptypes._common.plates import plate_layout
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


def _lower_case_items(value: FieldData) -> FieldData:
    return [item.strip().lower() for item in value] if isinstance(value, list) else value


def plates_at(*keys: str) -> Normalizer:
    """Writes plates as ``BO-AB 1234``."""
    return converting(_plate, *keys)


def lower_case_list_at(*keys: str) -> Normalizer:
    """Lists of adjectives such as nationalities are lower case by convention (``deutsch``)."""
    return converting(_lower_case_items, *keys)


def chained(*steps: Normalizer) -> Normalizer:
    """The steps one after the other."""

    def normalize(fields: dict[str, FieldData]) -> dict[str, FieldData]:
        for step in steps:
            fields = step(fields)
        return fields

    return normalize
