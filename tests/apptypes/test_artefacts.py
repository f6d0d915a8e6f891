"""PDF artefacts: every type's rows render, with diacritics intact and markup escaped."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from apptypes.registry import get_type
from artefacts.pdf import render_artefact
from domain.fields import FieldData


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)


def test_render_keeps_diacritics_and_escapes_markup() -> None:
    data = render_artefact("Meldebestätigung", "case-7",
                           [("Familienname", "Yılmaz & Weiß <b>"), ("Ort", "Łódź")],
                           "Gebührenfrei.", issued_on=date(2026, 10, 14))
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    for expected in ("Meldebestätigung", "case-7", "14.10.2026", "Yılmaz & Weiß <b>", "Łódź",
                     "Gebührenfrei."):
        assert expected in text


def test_render_is_reproducible() -> None:
    rows = [("A", "b")]
    first = render_artefact("T", "c", rows, "f", issued_on=date(2026, 1, 2))
    assert render_artefact("T", "c", rows, "f", issued_on=date(2026, 1, 2)) == first


CASES: dict[str, tuple[dict[str, FieldData], dict[str, object], list[str]]] = {
    "wohnsitzanmeldung": (
        {"familienname": "Öztürk", "vornamen": "Ayşe", "geburtsdatum": "1987-04-12",
         "neue_wohnung.strasse": "Kortumstraße", "neue_wohnung.hausnummer": "45",
         "neue_wohnung.plz": "44787", "neue_wohnung.ort": "Bochum", "einzugsdatum": "2026-10-01",
         "wohnungsstatus": "alleinige"},
        {}, ["Öztürk", "12.04.1987", "Kortumstraße 45", "44787 Bochum", "01.10.2026"]),
    "geburtsurkunde": (
        {"person.familienname": "Weiß", "anzahl": 3, "antragsteller.vornamen": "Jana",
         "antragsteller.familienname": "Weiß"},
        {}, ["Weiß", "Jana Weiß", "24,00 EUR"]),
    "wunschkennzeichen": (
        {"kennzeichen": "bo ab 12", "halter.familienname": "Nguyễn"},
        {"kennzeichen": "BO-AB 12", "reserviert_am": "2026-10-14"}, ["BO-AB 12", "Nguyễn"]),
    "bewohnerparkausweis": (
        {"parkzone": "B3", "kennzeichen": "BO-HP 123", "antragsteller.familienname": "Wiśniewski"},
        {}, ["B3", "BO-HP 123", "Wiśniewski"]),
}


@pytest.mark.parametrize("key", sorted(CASES))
def test_each_type_fills_its_artefact(key: str) -> None:
    fields, details, expected = CASES[key]
    app_type = get_type(key)
    rows = app_type.artefact_rows(fields, details)
    text = pdf_text(render_artefact(app_type.artefact_title, "case-1", rows, "Stadt Bochum"))
    for value in expected:
        assert value in text
