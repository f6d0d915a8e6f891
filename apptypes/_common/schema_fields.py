"""Field factories for type schemas.

Every field is optional with default ``None`` because the model must leave absent values null,
and every string is bounded so that a runaway value cannot stall constrained generation.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field, StringConstraints
from pydantic.config import JsonDict

DATE_KIND: JsonDict = {"x-kind": "date"}
"""Marks a date field in the JSON schema; the worker, not the model, writes it as ISO."""

ShortText = Annotated[str, StringConstraints(max_length=40)]


def text(description: str, max_length: int = 80) -> Any:
    return Field(None, description=description, max_length=max_length)


def iso_date(description: str) -> Any:
    """A date, copied as written ("3.2.2026", "15. März 1933") and stored as ISO.

    Asked for ISO, the small model converted "3.2.2026" to 2026-03-02; copying is what it does
    well, and the conversion (German day-month order) is exact in code."""
    return Field(None, description=f"{description}; wie im Dokument geschrieben",
                 max_length=40, json_schema_extra=dict(DATE_KIND))


def short_list(description: str, max_items: int = 5) -> Any:
    return Field(None, description=description, max_length=max_items)


def optional(description: str) -> Any:
    """Enums (``Literal``), booleans and nested sections."""
    return Field(None, description=description)


def count(description: str) -> Any:
    # Bounds only stop runaway numbers; the range rule itself (e.g. G3) must still see 0 or 11.
    return Field(None, description=description, ge=0, le=999)
