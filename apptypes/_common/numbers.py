"""Reading whole numbers from extracted values."""

from __future__ import annotations

from domain.fields import FieldData


def parse_count(value: FieldData) -> int | None:
    """``3``, ``3.0`` and ``"3"`` are 3; fractions, booleans and text are None."""
    if isinstance(value, bool) or value is None or isinstance(value, list):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = value.strip()
    return int(text) if text.isdigit() else None
