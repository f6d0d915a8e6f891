"""Facts the worker reads from the documents itself (``extractors.document_checks``)."""

from __future__ import annotations

from apptypes.registry import get_type
from apptypes.wohnsitzanmeldung.confirmation import NAMES_THE_FLAT
from domain.documents import DocumentReading, DocumentRef, PageReading
from domain.fields import FieldValue
from extractors.document_checks import apply_check, checked
from extractors.sources import SourceFinders

WOHNSITZ = get_type("wohnsitzanmeldung")
CHECK = next(c for c in WOHNSITZ.document_checks if c.key == NAMES_THE_FLAT)
NAME_CHECK = next(c for c in WOHNSITZ.document_checks if c.key == "name_im_dokument")
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


LETTER = """Elif Çelik
Castroper Hellweg 75
Mit freundlichen Grüßen
Elif Çelik"""


def _names(first: str, family: str) -> dict[str, FieldValue]:
    fields = {"vornamen": FieldValue(value=first, confidence=1.0),
              "familienname": FieldValue(value=family, confidence=0.96)}
    apply_check(NAME_CHECK, fields, {k: v.value for k, v in fields.items()},
                _sources(LETTER, kind="anmeldung"))
    return fields


def test_the_applicant_s_full_name_stands_in_the_letter() -> None:
    fields = _names("Elif", "Çelik")
    assert fields["name_im_dokument"].value is True
    assert (fields["vornamen"].confidence, fields["familienname"].confidence) == (1.0, 0.96)


def test_swapped_names_go_to_a_clerk() -> None:
    fields = _names("Çelik", "Elif")
    assert fields["name_im_dokument"].value is False
    assert fields["vornamen"].confidence == 0.75 and fields["familienname"].confidence == 0.72


def test_a_form_writes_family_name_first_with_a_comma() -> None:
    form = _sources("Name, Vorname: Brückner-Weiß, Katharina Sophie", kind="anmeldung")
    values = {"vornamen": "Katharina Sophie", "familienname": "Brückner-Weiß"}
    assert checked(NAME_CHECK, values, form).value is True


def test_an_ocr_slip_in_the_signature_still_names_the_applicant() -> None:
    scan = _sources("Mit freundlichen Grüßen\nMustafa Kiliç", kind="anmeldung")
    assert checked(NAME_CHECK, {"vornamen": "Mustafa", "familienname": "Kılıç"}, scan).value
    other = _sources("Mit freundlichen Grüßen\nİbrahim Yıldırım", kind="anmeldung")
    assert checked(NAME_CHECK, {"vornamen": "Sabine", "familienname": "Yıldırım"},
                   other).value is False
