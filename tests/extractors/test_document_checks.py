"""Facts the worker reads from the documents itself (``extractors.document_checks``)."""

from __future__ import annotations

from apptypes.registry import get_type
from domain.documents import DocumentReading, DocumentRef, PageReading
from extractors.document_checks import checked
from extractors.sources import SourceFinders

WOHNSITZ = get_type("wohnsitzanmeldung")
CHECK = WOHNSITZ.document_checks[0]
FORM = {"neue_wohnung.strasse": "Westenfelder Straße", "neue_wohnung.hausnummer": "157"}
CONFIRMATION = """Wohnungsgeberbestätigung
Anschrift des Wohnungsgebers: Dahlhauser Straße 177, 44879 Bochum
Anschrift der Wohnung: Westenfelder Straße 157, 44866 Bochum"""


def _sources(text: str, kind: str = "wohnungsgeberbestaetigung") -> SourceFinders:
    doc = DocumentReading(doc=DocumentRef(doc_id="w", filename="w.pdf"),
                          pages=[PageReading(page=1, method="text_layer", text=text)])
    return SourceFinders(WOHNSITZ, [doc], {"w": kind})


def test_the_confirmation_names_the_form_s_flat() -> None:
    fact = checked(CHECK, FORM, _sources(CONFIRMATION))
    assert fact.value is True and fact.source == "derived" and fact.evidence


def test_another_house_number_is_not_the_flat() -> None:
    other = {**FORM, "neue_wohnung.hausnummer": "151"}
    assert checked(CHECK, other, _sources(CONFIRMATION)).value is False


def test_without_a_confirmation_or_an_address_nothing_can_be_told() -> None:
    assert checked(CHECK, FORM, _sources(CONFIRMATION, kind="anmeldung")).value is None
    assert checked(CHECK, {"neue_wohnung.strasse": "Westenfelder Straße"},
                   _sources(CONFIRMATION)).value is None
