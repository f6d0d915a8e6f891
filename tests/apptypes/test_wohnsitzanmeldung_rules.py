"""Rules W1–W6 of ``wohnsitzanmeldung``: each fires and stays silent, with the boundaries."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import pytest

from apptypes._common.context import fired, rule_context
from apptypes.registry import get_type
from domain.fields import FieldData

SUBMITTED = date(2026, 10, 14)
COMPLETE: dict[str, FieldData] = {
    "familienname": "Yılmaz", "vornamen": "Ayşe", "geburtsdatum": "1987-04-12",
    "geburtsort": "Gelsenkirchen", "staatsangehoerigkeiten": ["türkisch", "deutsch"],
    "einzugsdatum": "2026-10-01", "neue_wohnung.strasse": "Kortumstraße",
    "neue_wohnung.hausnummer": "45", "neue_wohnung.plz": "44787", "neue_wohnung.ort": "Bochum",
    "wohnungsstatus": "alleinige", "wohnungsgeber.name": "VBW Bauen und Wohnen GmbH",
    "wohnungsgeber.einzugsdatum": "2026-10-01",
    # Auxiliary keys: the confirmation's own view of the flat and the persons (OCR-ish spelling).
    "wohnungsgeber.wohnung_strasse": "Kortumstr.", "wohnungsgeber.wohnung_hausnummer": "45",
    "wohnungsgeber.wohnung_plz": "44787",
    "wohnungsgeber.eingezogene_personen": ["YILMAZ, Ayse", "Emre Yılmaz"],
}


def codes(changes: dict[str, FieldData] | None = None, *, kinds: Iterable[str] | None = None,
          submitted: date = SUBMITTED) -> list[str]:
    app_type = get_type("wohnsitzanmeldung")
    ctx = rule_context(app_type, {**COMPLETE, **(changes or {})}, submitted,
                       document_kinds=kinds)
    return fired(app_type, ctx)


def test_complete_registration_fires_nothing() -> None:
    assert codes() == []


@pytest.mark.parametrize(("plz", "ort", "fires"), [
    ("44623", "Herne", True),                  # looks like Bochum, is Herne
    ("44623", "Bochum", True),
    ("44139", "Dortmund", True),
    ("44787", "Essen", True),
    ("44892", "Bochum, Langendreer", False),
    ("44866", "Bochum, Wattenscheid", False),
    ("44866", "Wattenscheid", False),
    (None, None, False),                       # missing: the missing_field reason covers it
])
def test_w1_ausserhalb(plz: str | None, ort: str | None, fires: bool) -> None:
    found = codes({"neue_wohnung.plz": plz, "neue_wohnung.ort": ort})
    assert ("W1_ausserhalb" in found) is fires


def test_w1_recommends_reject() -> None:
    assert get_type("wohnsitzanmeldung").rule("W1_ausserhalb").recommendation == "reject"


@pytest.mark.parametrize(("kinds", "name", "fires"), [
    (["anmeldung"], None, True),                         # no confirmation submitted
    (["anmeldung"], "VBW GmbH", True),                   # name only from the form letter
    (["anmeldung", "wohnungsgeberbestaetigung"], None, True),   # confirmation without landlord
    (["anmeldung", "wohnungsgeberbestaetigung"], "VBW GmbH", False),
    ([], "VBW GmbH", False),                             # kinds unknown: the name decides
    ([], None, True),
])
def test_w2_wgb_fehlt(kinds: list[str], name: str | None, fires: bool) -> None:
    assert ("W2_wgb_fehlt" in codes({"wohnungsgeber.name": name}, kinds=kinds)) is fires


@pytest.mark.parametrize(("confirmed", "fires"), [
    ("2026-09-25", True), ("2026-10-02", True), ("2026-10-01", False), ("01.10.2026", False),
    (None, False),
])
def test_w3_wgb_abweichung_move_in_date(confirmed: str | None, fires: bool) -> None:
    assert ("W3_wgb_abweichung" in codes({"wohnungsgeber.einzugsdatum": confirmed})) is fires


@pytest.mark.parametrize(("street", "number", "plz", "fires"), [
    ("Kortumstraße", "45", "44787", False),
    ("KORTUMSTRASSE", " 45 ", "44 787", False),
    ("Kortum Str", "45", "44787", False),
    ("Kortumstr. 45", None, "44787", False),       # number left in the street field
    ("Kortumstraße", "45, 2. OG links", "44787", False),
    ("Kortumstraße", "47", "44787", True),         # the neighbour's house
    ("Kortumstraße", "45a", "44787", True),
    ("Massenbergstraße", "45", "44787", True),
    ("Kortumstraße", "45", "44789", True),
    ("Kortumstr. 47", None, None, True),
    (None, None, "44789", True),                   # one readable part is enough to differ
    ("Kortumstraße", None, None, False),           # nothing missing counts as a difference
    (None, None, None, False),
])
def test_w3_wgb_abweichung_flat(street: str | None, number: str | None, plz: str | None,
                                fires: bool) -> None:
    found = codes({"wohnungsgeber.wohnung_strasse": street,
                   "wohnungsgeber.wohnung_hausnummer": number, "wohnungsgeber.wohnung_plz": plz})
    assert ("W3_wgb_abweichung" in found) is fires


@pytest.mark.parametrize(("form", "confirmed", "fires"), [
    ("178a", "178 A", False), ("178a", "178a (EG rechts)", False), ("178a", "178b", True),
    ("178a", "178", True), ("178", "178a", True),
])
def test_w3_wgb_abweichung_house_number_suffix(form: str, confirmed: str, fires: bool) -> None:
    found = codes({"neue_wohnung.hausnummer": form,
                   "wohnungsgeber.wohnung_hausnummer": confirmed})
    assert ("W3_wgb_abweichung" in found) is fires


@pytest.mark.parametrize(("persons", "fires"), [
    (["Ayşe Yılmaz"], False),
    (["Yılmaz, Ayşe"], False),
    (["AYSE YILMAZ"], False),
    (["Emre Yılmaz", "Ayşe Yılmaz"], False),
    (["Ayşe Yılmaz und Emre Yılmaz"], False),     # two persons in one item
    (["Yılmaz", "Ayşe"], False),                   # a table's two columns, cell by cell
    (["Emre Yılmaz", "Ayşe"], True),               # neighbours that are not one name
    ("Yilmaz, Ayse", False),                       # a single name instead of a list
    (["Emre Yılmaz"], True),                       # only somebody else moved in
    (["Andrés Yılmaz"], True),                     # same family, other first name
    (["Ayşe Gül Yılmaz"], True),                   # other first names: the clerk decides
    (["Ayşe Öztürk"], True),
    ([], False),
    (None, False),
])
def test_w3_wgb_abweichung_person(persons: FieldData, fires: bool) -> None:
    found = codes({"wohnungsgeber.eingezogene_personen": persons})
    assert ("W3_wgb_abweichung" in found) is fires


@pytest.mark.parametrize("missing", ["vornamen", "familienname"])
def test_w3_person_needs_the_applicants_full_name(missing: str) -> None:
    found = codes({missing: None, "wohnungsgeber.eingezogene_personen": ["Emre Yılmaz"]})
    assert "W3_wgb_abweichung" not in found


def test_w3_fires_on_any_one_difference_alone() -> None:
    """Same dates and flat, other person: exactly the generated W3 cases that differ by person."""
    changes: list[dict[str, FieldData]] = [
        {"wohnungsgeber.eingezogene_personen": ["Andrés Yılmaz"]},
        {"wohnungsgeber.wohnung_hausnummer": "47"},
        {"wohnungsgeber.einzugsdatum": "2026-09-28"},
    ]
    for change in changes:
        assert codes(change) == ["W3_wgb_abweichung"], change


def test_w3_compares_dates_when_the_auxiliary_keys_are_missing() -> None:
    unread = dict.fromkeys(get_type("wohnsitzanmeldung").auxiliary_keys)
    assert codes(unread) == []
    assert codes({**unread, "wohnungsgeber.einzugsdatum": "2026-09-28"}) == ["W3_wgb_abweichung"]


@pytest.mark.parametrize(("moved_in", "fires"), [
    ("2026-09-30", False),   # exactly 14 days before submission
    ("2026-09-29", True),    # 15 days
    ("2026-08-03", True),
    ("2026-10-14", False),
])
def test_w4_frist(moved_in: str, fires: bool) -> None:
    found = codes({"einzugsdatum": moved_in, "wohnungsgeber.einzugsdatum": moved_in})
    assert ("W4_frist" in found) is fires


@pytest.mark.parametrize(("moved_in", "fires"), [
    ("2026-10-15", True), ("2026-10-14", False), ("2026-10-13", False), ("kommende Woche", False),
])
def test_w5_zukunft(moved_in: str, fires: bool) -> None:
    found = codes({"einzugsdatum": moved_in, "wohnungsgeber.einzugsdatum": moved_in})
    assert ("W5_zukunft" in found) is fires


@pytest.mark.parametrize(("born", "fires"), [
    ("2010-10-14", False),   # 16th birthday on the submission day
    ("2010-10-15", True),    # 16 tomorrow
    ("2009-03-01", False),   # 17
    ("2019-05-05", True),
])
def test_w6_minderjaehrig(born: str, fires: bool) -> None:
    assert ("W6_minderjaehrig" in codes({"geburtsdatum": born})) is fires


def test_w6_leap_day_birthday() -> None:
    assert "W6_minderjaehrig" in codes({"geburtsdatum": "2008-02-29"}, submitted=date(2024, 2, 28))
    assert "W6_minderjaehrig" not in codes({"geburtsdatum": "2008-02-29"},
                                           submitted=date(2024, 2, 29))


def test_normalize_lowercases_nationalities() -> None:
    normalize = get_type("wohnsitzanmeldung").normalize
    assert normalize is not None
    out = normalize({"staatsangehoerigkeiten": ["Türkisch", " deutsch"]})
    assert out["staatsangehoerigkeiten"] == ["türkisch", "deutsch"]


def test_w3_flat_is_not_a_difference_when_the_confirmation_names_the_form_s_flat() -> None:
    """The model read the landlord's own address as the flat's; the worker found the form's
    street and number in the confirmation itself."""
    landlords: dict[str, FieldData] = {"wohnungsgeber.wohnung_strasse": "Dahlhauser Straße",
                 "wohnungsgeber.wohnung_hausnummer": "177", "wohnungsgeber.wohnung_plz": "44879"}
    assert "W3_wgb_abweichung" in codes(landlords)
    assert codes({**landlords, "wohnungsgeber.nennt_neue_wohnung": True}) == []
    assert "W3_wgb_abweichung" in codes({**landlords, "wohnungsgeber.nennt_neue_wohnung": False})
    # the check vetoes only the flat: another person still differs
    assert codes({**landlords, "wohnungsgeber.nennt_neue_wohnung": True,
                  "wohnungsgeber.eingezogene_personen": ["Emre Yılmaz"]}) == ["W3_wgb_abweichung"]
