"""Rules of ``bewohnerparkausweis``: each rule fires and does not fire."""

from __future__ import annotations

import pytest

from apptypes._common.context import fired, rule_context
from apptypes.registry import get_type
from domain.fields import FieldData

COMPLETE: dict[str, FieldData] = {
    "antragsteller.familienname": "Müller-Lüdenscheidt", "antragsteller.vornamen": "Hans Peter",
    "antragsteller.anschrift.strasse": "Königsallee", "antragsteller.anschrift.hausnummer": "12a",
    "antragsteller.anschrift.plz": "44789", "antragsteller.anschrift.ort": "Bochum",
    "parkzone": "B3", "kennzeichen": "BO-HP 123", "halterverhaeltnis": "eigenes_fahrzeug",
    "fahrzeugschein.halter_name": "MÜLLER-LÜDENSCHEIDT, HANS PETER",
    "fahrzeugschein.kennzeichen": "BO-HP 123",
}


def codes(**changes: FieldData) -> list[str]:
    app_type = get_type("bewohnerparkausweis")
    return fired(app_type, rule_context(app_type, {**COMPLETE, **changes}))


def test_complete_application_fires_nothing() -> None:
    assert codes() == []


@pytest.mark.parametrize(("plz", "ort", "fires"), [
    ("44623", "Herne", True), ("44623", "Bochum", True), ("44789", "Dortmund", True),
    ("44866", "Bochum-Wattenscheid", False), ("44892", "Bochum, Langendreer", False),
])
def test_p1_ausserhalb(plz: str, ort: str, fires: bool) -> None:
    found = codes(**{"antragsteller.anschrift.plz": plz, "antragsteller.anschrift.ort": ort})
    assert ("P1_ausserhalb" in found) is fires


@pytest.mark.parametrize(("on_certificate", "fires"), [
    ("BO-HP 124", True), ("WAT-HP 123", True), ("BO HP 123", False), ("bo-hp123", False),
    (None, False),
])
def test_p2_kennzeichen(on_certificate: str | None, fires: bool) -> None:
    assert ("P2_kennzeichen" in codes(**{"fahrzeugschein.kennzeichen": on_certificate})) is fires


@pytest.mark.parametrize(("keeper", "relation", "fires"), [
    ("Erika Mustermann", "eigenes_fahrzeug", True),
    ("Erika Mustermann", "sonstiges", True),
    ("Erika Mustermann", "firmenwagen", False),
    ("Hans Peter Müller-Lüdenscheidt", "eigenes_fahrzeug", False),
    ("Mueller-Luedenscheidt Hans Peter", "eigenes_fahrzeug", False),
    ("Müller-Lüdenscheidt, Hans", "eigenes_fahrzeug", True),
])
def test_p3_halter(keeper: str, relation: str, fires: bool) -> None:
    found = codes(**{"fahrzeugschein.halter_name": keeper, "halterverhaeltnis": relation})
    assert ("P3_halter" in found) is fires


@pytest.mark.parametrize(("street", "zone", "fires"), [
    ("Königsallee", "B3", False), ("Oskar-Hoffmann-Str.", "B3", False),
    ("Kortumstrasse", "b1", False), ("Harpener Hellweg", "B4", False),
    ("Kortumstraße", "B3", True),          # street in another zone
    ("Wasserstraße", "B3", True),          # street in no zone
    ("Königsallee", "B9", True),           # zone that does not exist
])
def test_p4_zone(street: str, zone: str, fires: bool) -> None:
    found = codes(**{"antragsteller.anschrift.strasse": street, "parkzone": zone})
    assert ("P4_zone" in found) is fires


def test_missing_values_leave_the_rules_silent() -> None:
    emptied = dict.fromkeys(COMPLETE)
    app_type = get_type("bewohnerparkausweis")
    assert fired(app_type, rule_context(app_type, emptied)) == []


def test_a_company_name_copied_into_the_first_names_field_is_no_first_name() -> None:
    normalize = get_type("bewohnerparkausweis").normalize
    assert normalize is not None
    name = "Pflegedienst Hellweg e.K."
    company: dict[str, FieldData] = {"fahrzeugschein.halter_familienname": name,
                                     "fahrzeugschein.halter_vornamen": name}
    assert normalize(company)["fahrzeugschein.halter_vornamen"] is None
    person: dict[str, FieldData] = {"fahrzeugschein.halter_familienname": "Wolkow",
                                    "fahrzeugschein.halter_vornamen": "Olga"}
    assert normalize(person)["fahrzeugschein.halter_vornamen"] == "Olga"
