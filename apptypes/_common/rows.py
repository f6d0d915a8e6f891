"""Building the label/value rows of a type's PDF artefact from extracted fields."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from apptypes._common.dates import german_date
from domain.fields import FieldData


def show(value: FieldData) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, list):
        return ", ".join(value)
    return str(value)


def field_rows(fields: Mapping[str, FieldData],
               labels: Sequence[tuple[str, str]],
               dates: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """One row per ``(label, key)``; keys in ``dates`` are shown as ``TT.MM.JJJJ``."""
    return [
        (label, german_date(fields.get(key)) if key in dates else show(fields.get(key)))
        for label, key in labels
    ]


def joined(fields: Mapping[str, FieldData], *keys: str) -> str:
    return " ".join(show(fields.get(k)) for k in keys if fields.get(k) not in (None, ""))


def euro(amount: float) -> str:
    return f"{amount:.2f} EUR".replace(".", ",")


def address_rows(fields: Mapping[str, FieldData], prefix: str,
                 label: str = "Anschrift") -> list[tuple[str, str]]:
    """Street line and town line of the address under ``prefix`` (``antragsteller.anschrift``)."""
    return [(label, joined(fields, f"{prefix}.strasse", f"{prefix}.hausnummer")),
            ("", joined(fields, f"{prefix}.plz", f"{prefix}.ort"))]
