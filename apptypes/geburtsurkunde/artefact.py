"""Rows of the certificate order (Urkundenbestellung) with its fee."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from apptypes._common.rows import address_rows, euro, field_rows, joined
from apptypes.base import TypeConfig
from apptypes.geburtsurkunde.fee import certificate_fee
from domain.fields import FieldData


def order_rows(config: TypeConfig, fields: Mapping[str, FieldData],
               details: dict[str, Any]) -> list[tuple[str, str]]:
    fee = details.get("fee", certificate_fee(fields, config))
    rows = field_rows(fields, [
        ("Urkunde über", "person.familienname"), ("Vornamen", "person.vornamen"),
        ("Geburtsdatum", "person.geburtsdatum"), ("Geburtsort", "person.geburtsort"),
        ("Urkundenart", "urkundenart"), ("Exemplare", "anzahl"),
    ], dates=frozenset({"person.geburtsdatum"}))
    delivery = [
        ("Versand an", joined(fields, "antragsteller.vornamen", "antragsteller.familienname")),
        *address_rows(fields, "antragsteller.anschrift", ""),
    ]
    return [*rows, *delivery, ("Gebühr", euro(fee) if isinstance(fee, float | int) else "–")]
