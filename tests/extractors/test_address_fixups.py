"""The house number left in the street field is moved to its own field."""

from __future__ import annotations

from extractors.address_fixups import split_house_numbers


def test_number_in_street_and_postcode_in_number_are_repaired() -> None:
    fixed = split_house_numbers({"a.strasse": "Hochstraße 33c", "a.hausnummer": "44866 Bochum"})
    assert fixed == {"a.strasse": "Hochstraße", "a.hausnummer": "33c"}


def test_missing_number_is_taken_from_the_street() -> None:
    fixed = split_house_numbers({"strasse": "Kaiserwall 102", "hausnummer": None})
    assert fixed == {"strasse": "Kaiserwall", "hausnummer": "102"}
    spaced = split_house_numbers({"strasse": "Oskar-Hoffmann-Straße 12 a", "hausnummer": ""})
    assert spaced == {"strasse": "Oskar-Hoffmann-Straße", "hausnummer": "12a"}


def test_a_plausible_number_is_left_alone() -> None:
    values = {"strasse": "Straße des 17. Juni", "hausnummer": "5"}
    assert split_house_numbers(values) == values
    values = {"strasse": "Kortumstraße", "hausnummer": "12-14"}
    assert split_house_numbers(values) == values


def test_street_without_number_and_keys_without_sibling_are_untouched() -> None:
    values = {"strasse": "Kortumstraße", "hausnummer": None, "b.strasse": "Weg 3"}
    assert split_house_numbers(values) == values


def test_a_postcode_in_the_house_number_field_is_dropped() -> None:
    fixed = split_house_numbers({"strasse": "Kortumstraße", "hausnummer": "44807"})
    assert fixed == {"strasse": "Kortumstraße", "hausnummer": None}


def test_street_number_pairs() -> None:
    from extractors.address_fixups import street_number_pairs

    values = {"a.strasse": "Kortumstraße", "a.hausnummer": "12", "b.strasse": "Weg",
              "b.hausnummer": None}
    assert street_number_pairs(values) == [("a.hausnummer", "Kortumstraße 12")]


def test_the_number_repeated_in_the_street_is_removed() -> None:
    fixed = split_house_numbers({"strasse": "Mont-Cenis-Straße 41", "hausnummer": "41"})
    assert fixed == {"strasse": "Mont-Cenis-Straße", "hausnummer": "41"}


def test_number_beside_the_street_wins_over_a_number_from_elsewhere() -> None:
    out = split_house_numbers({"neue_wohnung.strasse": "Hiltroper Straße 224",
                               "neue_wohnung.hausnummer": "91"})
    assert out == {"neue_wohnung.strasse": "Hiltroper Straße", "neue_wohnung.hausnummer": "224"}
