"""A letter's value that the registered form states too becomes as sure as the form — only when
it was found in the letter, both agree, and the form's value is certain."""

from __future__ import annotations

from apptypes.registry import get_type
from domain.fields import Evidence, FieldValue
from extractors.corroboration import CONFIRMING, corroborated

TYPE = get_type("wohnsitzanmeldung")
SEEN = [Evidence(doc_id="d", filename="brief.pdf", page=1, text="01.03.2026")]


def _fields(letter_date: str, *, found: bool = True, form_conf: float = 1.0
            ) -> dict[str, FieldValue]:
    return {
        "einzugsdatum": FieldValue(value="2026-03-01", confidence=form_conf, source="form"),
        "wohnungsgeber.einzugsdatum": FieldValue(
            value=letter_date, confidence=0.8, found_in_source=found,
            evidence=SEEN if found else []),
        "vornamen": FieldValue(value="Jan Piotr", confidence=1.0, source="form"),
        "familienname": FieldValue(value="Kowalczyk", confidence=1.0, source="form"),
        "wohnungsgeber.eingezogene_personen": FieldValue(
            value=["Kowalczyk, Jan Piotr"], confidence=0.7, found_in_source=True, evidence=SEEN),
    }


def test_agreeing_values_become_sure() -> None:
    out = corroborated(_fields("2026-03-01"), TYPE.corroborations)
    assert out["wohnungsgeber.einzugsdatum"].confidence == CONFIRMING
    assert out["wohnungsgeber.einzugsdatum"].evidence[0].how == (
        "stimmt mit dem registrierten Formular überein")
    assert out["wohnungsgeber.eingezogene_personen"].confidence == CONFIRMING


def test_a_different_date_stays_as_it_was() -> None:
    out = corroborated(_fields("2026-03-02"), TYPE.corroborations)
    assert out["wohnungsgeber.einzugsdatum"].confidence == 0.8


def test_a_value_not_found_in_its_own_document_is_not_lifted() -> None:
    out = corroborated(_fields("2026-03-01", found=False), TYPE.corroborations)
    assert out["wohnungsgeber.einzugsdatum"].confidence == 0.8


def test_an_unsure_form_value_confirms_nothing() -> None:
    out = corroborated(_fields("2026-03-01", form_conf=0.45), TYPE.corroborations)
    assert out["wohnungsgeber.einzugsdatum"].confidence == 0.8
