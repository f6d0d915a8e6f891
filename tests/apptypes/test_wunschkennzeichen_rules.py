"""Rules K1–K5 of ``wunschkennzeichen``, with the real plate register for K5."""

from __future__ import annotations

from pathlib import Path

import pytest

from apptypes._common.context import fired, rule_context
from apptypes.base import PlateLookup
from apptypes.registry import get_type
from domain.fields import FieldData
from storage.plate_register import PlateRegister

COMPLETE: dict[str, FieldData] = {
    "halter.familienname": "Wiśniewski", "halter.vornamen": "Łukasz",
    "halter.anschrift.strasse": "Alleestraße", "halter.anschrift.hausnummer": "7",
    "halter.anschrift.plz": "44793", "halter.anschrift.ort": "Bochum",
    "kennzeichen": "BO-LW 77", "fahrzeugart": "pkw",
}


def codes(changes: dict[str, FieldData] | None = None, *, plates: PlateLookup | None = None,
          case_id: str = "case-1") -> list[str]:
    app_type = get_type("wunschkennzeichen")
    ctx = rule_context(app_type, {**COMPLETE, **(changes or {})}, case_id=case_id,
                       plates=plates)
    return fired(app_type, ctx)


def test_complete_request_fires_nothing() -> None:
    assert codes() == []


@pytest.mark.parametrize(("plate", "fires"), [
    ("DO-AB 1", True), ("E-X 12", True), ("GE-AB 123", True), ("BO-AB 1", False),
    ("WAT-A 12", False), ("bo ab 12", False),
])
def test_k1_bezirk(plate: str, fires: bool) -> None:
    assert ("K1_bezirk" in codes({"kennzeichen": plate})) is fires


@pytest.mark.parametrize(("plate", "fires"), [
    ("BO-AB 1234", False),    # 8 characters
    ("WAT-A 1234", False),    # 8 characters
    ("WAT-AB 1234", True),    # 9 characters
    ("BO-ABC 12", True),      # three letters
    ("BO-AB 12345", True),    # five digits
    ("BO-AB 0123", True),     # leading zero
    ("BO-1234", True),        # no letters
    ("BO-AB", True),
    ("bo-ab1234", False),
])
def test_k2_format(plate: str, fires: bool) -> None:
    assert ("K2_format" in codes({"kennzeichen": plate})) is fires


@pytest.mark.parametrize("letters", ["HJ", "KZ", "NS", "SA", "SS"])
def test_k3_unzulaessig_each_combination(letters: str) -> None:
    assert "K3_unzulaessig" in codes({"kennzeichen": f"BO-{letters} 18"})


@pytest.mark.parametrize("plate", ["BO-SB 18", "BO-H 1", "BO-S 88", "BO-AS 1", "WAT-NA 1"])
def test_k3_silent_for_allowed_letters(plate: str) -> None:
    assert "K3_unzulaessig" not in codes({"kennzeichen": plate})


@pytest.mark.parametrize(("plz", "ort", "fires"), [
    ("44623", "Herne", True), ("45127", "Essen", True), ("44793", "Bochum", False),
    ("44867", "Wattenscheid", False),
])
def test_k4_wohnsitz(plz: str, ort: str, fires: bool) -> None:
    found = codes({"halter.anschrift.plz": plz, "halter.anschrift.ort": ort})
    assert ("K4_wohnsitz" in found) is fires


@pytest.mark.parametrize("plate", ["BO-A 1", "bo xy 100", "WAT-Z 9", "BO-MM 2026"])
def test_k5_vergeben_for_the_configured_assigned_plates(plate: str) -> None:
    assert "K5_vergeben" in codes({"kennzeichen": plate})


def test_k5_vergeben_asks_the_plate_register(tmp_path: Path) -> None:
    register = PlateRegister(f"sqlite:///{tmp_path / 'plates.db'}")
    register.reserve("BO-LW 77", "other-case")
    assert "K5_vergeben" in codes(plates=register, case_id="case-1")
    assert "K5_vergeben" not in codes(plates=register, case_id="other-case")  # its own
    assert "K5_vergeben" not in codes({"kennzeichen": "BO-LW 78"}, plates=register)


def test_reject_recommendations_follow_the_spec() -> None:
    rules = {r.code: r.recommendation for r in get_type("wunschkennzeichen").rules}
    assert rules == {"K1_bezirk": "reject", "K2_format": "reject", "K3_unzulaessig": "reject",
                     "K4_wohnsitz": "reject", "K5_vergeben": "approve"}


def test_normalize_writes_the_canonical_plate_and_keeps_unparsable_ones() -> None:
    normalize = get_type("wunschkennzeichen").normalize
    assert normalize is not None
    assert normalize({"kennzeichen": "bo ab1234"})["kennzeichen"] == "BO-AB 1234"
    assert normalize({"kennzeichen": "bo abc-1"})["kennzeichen"] == "BO-ABC 1"
    assert normalize({"kennzeichen": "12345"})["kennzeichen"] == "12345"
