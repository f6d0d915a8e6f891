"""Pseudonyms for the external model: consistent within a case, reversible."""

from __future__ import annotations

from redaction import Pseudonymizer

LETTER = ("Sehr geehrte Frau Kowalski, Ihre Anschrift Kortumstraße 45, 44787 Bochum. "
          "Frau Kowalski ist geb. 03.07.1988.")


def test_same_original_gets_same_placeholder() -> None:
    pseudonymizer = Pseudonymizer()
    text = pseudonymizer.pseudonymize(LETTER)
    assert "Kowalski" not in text and "Kortumstraße" not in text
    assert text.count("<PERSON_1>") == 2
    assert "<ADDRESS_2>" in text and "<DATE_OF_BIRTH_4>" in text
    again = pseudonymizer.pseudonymize("Antwort an frau KOWALSKI")
    assert "<PERSON_1>" in again


def test_restore_round_trip_in_nested_answer() -> None:
    pseudonymizer = Pseudonymizer()
    text = pseudonymizer.pseudonymize(LETTER)
    assert pseudonymizer.restore(text) == LETTER
    answer = {"familienname": "<PERSON_1>", "adresse": ["ADDRESS_2", "<ADDRESS_3>"],
              "anzahl": 1, "unbekannt": "<PERSON_99>"}
    assert pseudonymizer.restore(answer) == {
        "familienname": "Kowalski", "adresse": ["Kortumstraße 45", "44787 Bochum"],
        "anzahl": 1, "unbekannt": "<PERSON_99>"}


def test_instances_are_independent_and_keep_types() -> None:
    first, second = Pseudonymizer(), Pseudonymizer(keep={"DATE_OF_BIRTH"})
    first.pseudonymize("Frau Kowalski")
    assert second.pseudonymize("Frau Nowak, geb. 03.07.1988") == "Frau <PERSON_1>, geb. 03.07.1988"
    assert second.restore("<PERSON_1>") == "Nowak"
