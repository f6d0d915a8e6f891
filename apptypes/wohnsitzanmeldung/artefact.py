"""Rows of the registration confirmation (Meldebestätigung)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from apptypes._common.rows import address_rows, field_rows
from domain.fields import FieldData


def confirmation_rows(fields: Mapping[str, FieldData],
                      details: dict[str, Any]) -> list[tuple[str, str]]:
    person = field_rows(fields, [("Familienname", "familienname"), ("Vornamen", "vornamen"),
                                 ("Geburtsdatum", "geburtsdatum"), ("Geburtsort", "geburtsort")],
                        dates=frozenset({"geburtsdatum"}))
    flat = address_rows(fields, "neue_wohnung")
    return person + flat + field_rows(
        fields, [("Einzug", "einzugsdatum"), ("Wohnungsstatus", "wohnungsstatus")],
        dates=frozenset({"einzugsdatum"}))
