"""Type clean-up of a residence registration: values that repeat another field are no values."""

from __future__ import annotations

from typing import Any

from apptypes.registry import get_type

NORMALIZE = get_type("wohnsitzanmeldung").normalize
NEW = {"neue_wohnung.strasse": "Herner Straße", "neue_wohnung.hausnummer": "118",
       "neue_wohnung.plz": "44807"}


def _run(**fields: Any) -> dict[str, Any]:
    assert NORMALIZE is not None
    return NORMALIZE(fields)


def test_birth_name_that_is_the_family_name_is_no_birth_name() -> None:
    assert _run(familienname="Dąbrowski", geburtsname="dąbrowski ")["geburtsname"] is None
    assert _run(familienname="Nowak", geburtsname="Kowalska")["geburtsname"] == "Kowalska"
    assert _run(familienname=None, geburtsname="Kowalska")["geburtsname"] == "Kowalska"


def test_previous_address_that_is_the_new_one_is_no_previous_address() -> None:
    same = {k.replace("neue_wohnung", "bisherige_wohnung"): v for k, v in NEW.items()}
    out = _run(**NEW, **same, **{"bisherige_wohnung.ort": "Bochum"})
    assert all(out[k] is None for k in out if k.startswith("bisherige_wohnung."))
    assert out["neue_wohnung.strasse"] == "Herner Straße"


def test_a_different_or_partial_previous_address_stays() -> None:
    moved = {**NEW, "bisherige_wohnung.strasse": "Herner Straße",
             "bisherige_wohnung.hausnummer": "12", "bisherige_wohnung.plz": "44807"}
    assert _run(**moved)["bisherige_wohnung.hausnummer"] == "12"
    partial = {**NEW, "bisherige_wohnung.strasse": "Herner Straße"}
    assert _run(**partial)["bisherige_wohnung.strasse"] == "Herner Straße"


def test_nationalities_are_adjectives() -> None:
    assert _run(staatsangehoerigkeiten=["Polnisch", "deutsch"])["staatsangehoerigkeiten"] == [
        "polnisch", "deutsch"]
    assert _run(staatsangehoerigkeiten=["stadt bochum", "türkisch"])[
        "staatsangehoerigkeiten"] == ["türkisch"]
    assert _run(staatsangehoerigkeiten=["eigentümer"])["staatsangehoerigkeiten"] is None
    assert _run(staatsangehoerigkeiten=["staatenlos"])["staatsangehoerigkeiten"] == ["staatenlos"]


def test_a_document_number_is_letters_and_digits() -> None:
    assert _run(**{"ausweis.seriennummer": "l01x 00t47"})["ausweis.seriennummer"] == "L01X00T47"
    assert _run(**{"ausweis.seriennummer": "Bochum, 16.2.2026"})["ausweis.seriennummer"] is None


def test_two_nationalities_in_one_item_are_two_items() -> None:
    out = _run(staatsangehoerigkeiten=["Polnisch und Deutsch"])
    assert out["staatsangehoerigkeiten"] == ["polnisch", "deutsch"]
    assert _run(staatsangehoerigkeiten=["türkisch/deutsch"])["staatsangehoerigkeiten"] == [
        "türkisch", "deutsch"]


def test_place_of_birth_without_the_country() -> None:
    assert _run(geburtsort="Gelsenkirchen, Deutschland")["geburtsort"] == "Gelsenkirchen"
    assert _run(geburtsort="Łódź")["geburtsort"] == "Łódź"


def test_the_municipality_without_its_district() -> None:
    assert _run(**{"neue_wohnung.ort": "Weitmar"})["neue_wohnung.ort"] == "Bochum"
    assert _run(**{"neue_wohnung.ort": "Bochum-Wattenscheid"})["neue_wohnung.ort"] == "Bochum"
    assert _run(**{"bisherige_wohnung.ort": "Herne"})["bisherige_wohnung.ort"] == "Herne"
