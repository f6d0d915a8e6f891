"""A shaped value (a plate) is taken from its source documents when the answer lacks the shape
(``extractors.shapes``), and documents are tied to the sections they hold
(``extractors.sources``)."""

from __future__ import annotations

from apptypes.registry import get_type
from domain.documents import DocumentReading, DocumentRef, PageReading
from domain.fields import FieldData
from extractors.shapes import reshaped
from extractors.sources import SourceFinders

PARKEN = get_type("bewohnerparkausweis")
KEY = "fahrzeugschein.kennzeichen"
CERTIFICATE = """Zulassungsbescheinigung Teil I
(A) Amtliches Kennzeichen   BO R 8
(C.1.1) Name oder Firmenname   Hoffmann
(E) Fahrzeug-Identifizierungsnummer   WLPLT6U2DKW47GXYZ"""
APPLICATION = """Bewohnerparkausweis – Antrag
Amtliches Kennzeichen: WAT-KJ 49"""


def _doc(doc_id: str, text: str) -> DocumentReading:
    return DocumentReading(doc=DocumentRef(doc_id=doc_id, filename=f"{doc_id}.pdf"),
                           pages=[PageReading(page=1, method="text_layer", text=text)])


def _sources(*docs: tuple[str, str, str]) -> SourceFinders:
    return SourceFinders(PARKEN, [_doc(d, t) for d, _, t in docs], {d: k for d, k, _ in docs})


def _reshape(answer: FieldData, sources: SourceFinders) -> FieldData:
    return reshaped({KEY: answer}, PARKEN.shapes, sources)[KEY]


def test_vehicle_number_for_the_plate_is_replaced_by_the_certificate_plate() -> None:
    sources = _sources(("c", "fahrzeugschein", CERTIFICATE), ("a", "antrag", APPLICATION))
    # the plate of the application is no candidate: the key belongs to the certificate
    assert _reshape("WLPLT6U2DKW47G", sources) == "BO-R 8"
    assert _reshape(None, sources) == "BO-R 8"


def test_a_plate_the_certificate_holds_is_kept() -> None:
    sources = _sources(("c", "fahrzeugschein", CERTIFICATE))
    assert _reshape("BO R 8", sources) == "BO R 8"


def test_another_valid_plate_is_replaced_by_the_certificate_s() -> None:
    """The model copied the application's plate: P2 must still see the mismatch."""
    sources = _sources(("c", "fahrzeugschein", CERTIFICATE), ("a", "antrag", APPLICATION))
    assert _reshape("WAT-KJ 49", sources) == "BO-R 8"


def test_two_plates_in_the_source_leave_the_answer_for_the_clerk() -> None:
    sources = _sources(("c", "fahrzeugschein", CERTIFICATE + "\nfrüher: BO-AB 1234"))
    assert _reshape("WLPLT6U2DKW47G", sources) == "WLPLT6U2DKW47G"
    assert _reshape("WAT-KJ 49", sources) == "WAT-KJ 49"


def test_without_a_certificate_its_section_has_no_source() -> None:
    sources = _sources(("a", "antrag", APPLICATION))
    assert sources.for_key(KEY) is None
    assert sources.for_key("kennzeichen") is sources.everywhere
    assert _reshape("WLPLT6U2DKW47G", sources) == "WLPLT6U2DKW47G"
