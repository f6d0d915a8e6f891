"""Rows of the plate reservation confirmation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from apptypes._common.plates import normalize_plate
from apptypes._common.rows import address_rows, field_rows, joined, show
from domain.fields import FieldData


def reservation_rows(
    fields: Mapping[str, FieldData], details: dict[str, Any]
) -> list[tuple[str, str]]:
    plate = details.get("kennzeichen") or normalize_plate(show(fields.get("kennzeichen")))
    return [
        ("Reserviertes Kennzeichen", plate or "–"),
        *field_rows(fields, [("Fahrzeugart", "fahrzeugart")]),
        ("Halter/in", joined(fields, "halter.vornamen", "halter.familienname")),
        *address_rows(fields, "halter.anschrift", ""),
        ("Reserviert am", str(details.get("reserviert_am", "–"))),
    ]
