"""The generator's own rule implementation on hand-made values (boundaries of the spec)."""

from __future__ import annotations

from datetime import date

import pytest

from evals.generator.catalog import GEBURT, KENNZEICHEN, PARKEN, WOHNSITZ, required_fields
from evals.generator.model import JsonValue
from evals.generator.truth import Facts, expected_verdict, plate_problems

SUBMITTED = date(2026, 5, 20)


def _wohnsitz(**changes: JsonValue) -> dict[str, JsonValue]:
    fields: dict[str, JsonValue] = {key: "x" for key in required_fields(WOHNSITZ)}
    fields.update({"geburtsdatum": "1990-01-01", "einzugsdatum": "2026-05-10",
                   "wohnungsgeber.einzugsdatum": "2026-05-10", "neue_wohnung.plz": "44787",
                   "neue_wohnung.ort": "Bochum"})
    fields.update(changes)
    return fields


def _rules(kind: str, fields: dict[str, JsonValue], **side: bool) -> list[str]:
    return expected_verdict(kind, Facts(fields, SUBMITTED, side), suspicious=False).rules


def test_clean_wohnsitz_has_no_rules() -> None:
    verdict = expected_verdict(WOHNSITZ, Facts(_wohnsitz(), SUBMITTED, {}), suspicious=False)
    assert (verdict.rules, verdict.route, verdict.recommendation) == ([], "auto_approve",
                                                                      "approve")


@pytest.mark.parametrize(("moved", "expected"), [
    ("2026-05-06", []), ("2026-05-05", ["W4_frist"]), ("2026-05-21", ["W5_zukunft"])])
def test_deadline_boundaries(moved: str, expected: list[str]) -> None:
    fields = _wohnsitz(einzugsdatum=moved, **{"wohnungsgeber.einzugsdatum": moved})
    assert _rules(WOHNSITZ, fields) == expected


@pytest.mark.parametrize(("born", "minor"), [("2010-05-20", False), ("2010-05-21", True)])
def test_sixteenth_birthday_on_submission_day_is_not_minor(born: str, minor: bool) -> None:
    assert ("W6_minderjaehrig" in _rules(WOHNSITZ, _wohnsitz(geburtsdatum=born))) is minor


def test_herne_postcode_is_outside_and_recommends_reject() -> None:
    fields = _wohnsitz(**{"neue_wohnung.plz": "44623", "neue_wohnung.ort": "Herne"})
    verdict = expected_verdict(WOHNSITZ, Facts(fields, SUBMITTED, {}), suspicious=False)
    assert verdict.rules == ["W1_ausserhalb"]
    assert (verdict.route, verdict.recommendation) == ("clerk_review", "reject")


def test_missing_confirmation_is_w2_without_missing_field_codes() -> None:
    fields = _wohnsitz(**{"wohnungsgeber.name": None, "wohnungsgeber.einzugsdatum": None})
    assert _rules(WOHNSITZ, fields, wgb_present=False) == ["W2_wgb_fehlt"]


def test_missing_required_field_and_suspicious_content() -> None:
    verdict = expected_verdict(WOHNSITZ, Facts(_wohnsitz(geburtsort=None), SUBMITTED, {}),
                               suspicious=True)
    assert verdict.rules == ["missing_field:geburtsort", "suspicious_content"]
    assert (verdict.route, verdict.recommendation) == ("clerk_review", "approve")


@pytest.mark.parametrize(("plate", "problems"), [
    ("BO-AB 1234", set()), ("WAT-X 1234", set()), ("WAT-AB 1234", {"K2_format"}),
    ("BO-ABC 12", {"K2_format"}), ("DO-AB 12", {"K1_bezirk"}), ("BO-SS 12", {"K3_unzulaessig"}),
    ("BO-XY 100", {"K5_vergeben"}), ("BO-A 12345", {"K2_format"})])
def test_plate_rules(plate: str, problems: set[str]) -> None:
    assert plate_problems(plate) == problems


def test_geburt_rules() -> None:
    fields: dict[str, JsonValue] = {key: "x" for key in required_fields(GEBURT)}
    fields.update({"person.geburtsort": "Wattenscheid", "verhaeltnis": "kind", "anzahl": 10})
    assert _rules(GEBURT, fields) == []
    fields.update({"person.geburtsort": "Herne", "verhaeltnis": "geschwister", "anzahl": 11})
    assert _rules(GEBURT, fields) == ["G1_nicht_bochum", "G2_berechtigung", "G3_anzahl"]


def test_parken_company_car_is_not_p3_but_stranger_is() -> None:
    fields: dict[str, JsonValue] = {key: "x" for key in required_fields(PARKEN)}
    fields.update({"antragsteller.vornamen": "Ayşe", "antragsteller.familienname": "Yılmaz",
                   "antragsteller.anschrift.strasse": "Königsallee", "parkzone": "B3",
                   "antragsteller.anschrift.plz": "44789", "antragsteller.anschrift.ort": "Bochum",
                   "kennzeichen": "BO-AY 7", "fahrzeugschein.kennzeichen": "BO-AY 7",
                   "fahrzeugschein.halter_name": "Ruhr Logistik GmbH",
                   "halterverhaeltnis": "firmenwagen"})
    assert _rules(PARKEN, fields) == []
    fields.update({"halterverhaeltnis": "sonstiges", "parkzone": "B1"})
    assert _rules(PARKEN, fields) == ["P3_halter", "P4_zone"]


def test_kennzeichen_keeper_outside() -> None:
    fields: dict[str, JsonValue] = {key: "x" for key in required_fields(KENNZEICHEN)}
    fields.update({"kennzeichen": "BO-QD 77", "halter.anschrift.plz": "44139",
                   "halter.anschrift.ort": "Dortmund"})
    assert _rules(KENNZEICHEN, fields) == ["K4_wohnsitz"]
