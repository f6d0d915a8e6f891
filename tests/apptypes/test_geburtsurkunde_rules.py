"""Rules G1–G3 and the fee of ``geburtsurkunde``."""

from __future__ import annotations

import pytest

from apptypes._common.context import fired, rule_context
from apptypes.base import TypeConfig
from apptypes.geburtsurkunde.fee import certificate_fee
from apptypes.registry import get_type
from domain.fields import FieldData

COMPLETE: dict[str, FieldData] = {
    "antragsteller.familienname": "Weiß", "antragsteller.vornamen": "Jana",
    "antragsteller.anschrift.strasse": "Huestraße", "antragsteller.anschrift.hausnummer": "3",
    "antragsteller.anschrift.plz": "44787", "antragsteller.anschrift.ort": "Bochum",
    "person.familienname": "Weiß", "person.vornamen": "Jana", "person.geburtsdatum": "1990-01-02",
    "person.geburtsort": "Bochum", "verhaeltnis": "selbst", "urkundenart": "geburtsurkunde",
    "anzahl": 2,
}


def codes(**changes: FieldData) -> list[str]:
    app_type = get_type("geburtsurkunde")
    return fired(app_type, rule_context(app_type, {**COMPLETE, **changes}))


def test_complete_request_fires_nothing() -> None:
    assert codes() == []


@pytest.mark.parametrize(("place", "fires"), [
    ("Dortmund", True), ("Herne", True), ("Bochum", False), ("Bochum-Wattenscheid", False),
    ("Wattenscheid", False), (None, False),
])
def test_g1_nicht_bochum(place: str | None, fires: bool) -> None:
    assert ("G1_nicht_bochum" in codes(**{"person.geburtsort": place})) is fires


def test_g1_recommends_reject() -> None:
    assert get_type("geburtsurkunde").rule("G1_nicht_bochum").recommendation == "reject"


@pytest.mark.parametrize(("relation", "fires"), [
    ("geschwister", True), ("sonstiges", True), ("selbst", False), ("elternteil", False),
    ("kind", False), ("ehegatte", False), ("enkel", False),
])
def test_g2_berechtigung(relation: str, fires: bool) -> None:
    assert ("G2_berechtigung" in codes(verhaeltnis=relation)) is fires


@pytest.mark.parametrize(("copies", "fires"), [
    (0, True), (1, False), (10, False), (11, True), ("3", False), ("11", True), (None, False),
])
def test_g3_anzahl(copies: FieldData, fires: bool) -> None:
    assert ("G3_anzahl" in codes(anzahl=copies)) is fires


@pytest.mark.parametrize(("copies", "fee"), [
    (1, 12.0), (2, 18.0), (10, 66.0), (11, 72.0), ("3", 24.0), (0, None), (None, None),
    ("drei", None),
])
def test_fee_with_the_shipped_configuration(copies: FieldData, fee: float | None) -> None:
    app_type = get_type("geburtsurkunde")
    assert app_type.fee is not None
    assert app_type.fee({"anzahl": copies}, app_type.config) == fee


def test_fee_amounts_come_from_configuration() -> None:
    config = TypeConfig(fees={"erste_urkunde": 10.5, "weitere_urkunde": 4.25})
    assert certificate_fee({"anzahl": 3}, config) == 19.0
