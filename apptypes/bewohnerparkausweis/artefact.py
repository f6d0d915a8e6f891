"""Rows of the resident parking permit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from apptypes._common.rows import address_rows, field_rows, joined
from domain.fields import FieldData


def permit_rows(fields: Mapping[str, FieldData],
                details: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        *field_rows(fields, [("Parkzone", "parkzone"), ("Kennzeichen", "kennzeichen")]),
        ("Bewohner/in", joined(fields, "antragsteller.vornamen", "antragsteller.familienname")),
        *address_rows(fields, "antragsteller.anschrift", ""),
    ]
