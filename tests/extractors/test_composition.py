"""Spec fields joined from parts the model reads separately (``extractors.composition``)."""

from __future__ import annotations

from apptypes.base import ComposedField
from apptypes.registry import get_type
from domain.fields import Evidence, FieldValue
from extractors.composition import composed_value

HALTER = ComposedField("fahrzeugschein.halter_name",
                       ("fahrzeugschein.halter_vornamen", "fahrzeugschein.halter_familienname"))


def _found(value: str, confidence: float) -> FieldValue:
    evidence = Evidence(doc_id="d1", filename="fahrzeugschein.pdf", page=1, text=value)
    return FieldValue(value=value, confidence=confidence, evidence=[evidence],
                      found_in_source=True)


def test_first_names_then_name_least_sure_part_counts() -> None:
    fields = {"fahrzeugschein.halter_familienname": _found("Hoffmann", 0.97),
              "fahrzeugschein.halter_vornamen": _found("Sabine", 0.91)}
    joined = composed_value(HALTER, fields)
    assert joined.value == "Sabine Hoffmann"
    assert joined.confidence == 0.91
    assert joined.found_in_source and [e.text for e in joined.evidence] == ["Sabine", "Hoffmann"]


def test_a_company_has_no_first_names() -> None:
    fields = {"fahrzeugschein.halter_familienname": _found("Ruhr Logistik GmbH", 0.95),
              "fahrzeugschein.halter_vornamen": FieldValue(value=None, confidence=0.6)}
    assert composed_value(HALTER, fields).value == "Ruhr Logistik GmbH"


def test_a_part_not_in_the_documents_makes_the_join_unfound() -> None:
    fields = {"fahrzeugschein.halter_familienname": _found("Hoffmann", 0.97),
              "fahrzeugschein.halter_vornamen": FieldValue(value="Sabrina", confidence=0.27)}
    joined = composed_value(HALTER, fields)
    assert joined.value == "Sabrina Hoffmann"
    assert not joined.found_in_source and joined.confidence == 0.27


def test_nothing_read_is_none() -> None:
    fields = {"fahrzeugschein.halter_familienname": FieldValue(value=None, confidence=0.6),
              "fahrzeugschein.halter_vornamen": FieldValue(value=None, confidence=0.5)}
    joined = composed_value(HALTER, fields)
    assert joined.value is None and joined.confidence == 0.5


def test_parking_permit_reads_the_keeper_in_parts() -> None:
    t = get_type("bewohnerparkausweis")
    assert HALTER in t.composed
    assert "fahrzeugschein.halter_name" in t.spec_keys
    assert set(HALTER.parts) <= set(t.auxiliary_keys)
    assert not set(HALTER.parts) & set(t.spec_keys)


def test_a_word_of_the_company_name_repeated_as_first_name_is_dropped() -> None:
    fields = {"fahrzeugschein.halter_familienname": _found("Brenner Haustechnik GmbH", 0.95),
              "fahrzeugschein.halter_vornamen": _found("Brenner", 0.9)}
    assert composed_value(HALTER, fields).value == "Brenner Haustechnik GmbH"
    similar = {"fahrzeugschein.halter_familienname": _found("Hansen", 0.95),
               "fahrzeugschein.halter_vornamen": _found("Hans", 0.9)}
    assert composed_value(HALTER, similar).value == "Hans Hansen"
