"""Field factories for type schemas.

Every field is optional with default ``None`` because the model must leave absent values null,
and every string is bounded so that a runaway value cannot stall constrained generation.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field, StringConstraints

ISO_DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"  # llama.cpp grammars know no \d

ShortText = Annotated[str, StringConstraints(max_length=40)]


def text(description: str, max_length: int = 80) -> Any:
    return Field(None, description=description, max_length=max_length)


def iso_date(description: str) -> Any:
    return Field(None, description=f"{description}; ISO-Datum JJJJ-MM-TT",
                 pattern=ISO_DATE_PATTERN)


def short_list(description: str, max_items: int = 5) -> Any:
    return Field(None, description=description, max_length=max_items)


def optional(description: str) -> Any:
    """Enums (``Literal``), booleans and nested sections."""
    return Field(None, description=description)


def count(description: str) -> Any:
    # Bounds only stop runaway numbers; the range rule itself (e.g. G3) must still see 0 or 11.
    return Field(None, description=description, ge=0, le=999)
