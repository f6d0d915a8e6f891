"""Classification by the cue phrases of the real application types."""

from __future__ import annotations

from apptypes.registry import all_types
from extractors.classifier import classify

TYPES = list(all_types().values())

ANMELDUNG = """Anmeldung bei der Meldebehörde
Tag des Einzugs: 01.03.2024
Neue Wohnung: Kortumstraße 12, 44787 Bochum
Bisherige Wohnung: Hauptstraße 3, 45127 Essen"""

WOHNUNGSGEBER = """Wohnungsgeberbestätigung nach § 19 Bundesmeldegesetz (BMG)
Name des Wohnungsgebers: Glückauf Wohnbau eG"""

PARKAUSWEIS = "Antrag auf einen Bewohnerparkausweis, Parkzone B3"


def test_anmeldung_texts_are_a_residence_registration_with_document_kinds() -> None:
    c = classify({"d1": ANMELDUNG, "d2": WOHNUNGSGEBER}, TYPES)
    assert c.application_type == "wohnsitzanmeldung"
    assert c.document_kinds == {"d1": "anmeldung", "d2": "wohnungsgeberbestaetigung"}
    assert c.confidence >= 0.9
    assert not c.given


def test_cues_match_regardless_of_case_and_line_breaks() -> None:
    c = classify({"d1": "ANMELDUNG BEI DER\n   MELDEBEHÖRDE"}, TYPES)
    assert c.application_type == "wohnsitzanmeldung"
    assert c.document_kinds == {"d1": "anmeldung"}


def test_given_type_has_confidence_one_and_still_gets_document_kinds() -> None:
    c = classify({"d1": ANMELDUNG, "d2": "Sehr geehrte Damen und Herren"}, TYPES,
                 given_type="wohnsitzanmeldung")
    assert (c.application_type, c.confidence, c.given) == ("wohnsitzanmeldung", 1.0, True)
    assert c.document_kinds == {"d1": "anmeldung"}


def test_given_type_wins_over_the_cues() -> None:
    c = classify({"d1": PARKAUSWEIS}, TYPES, given_type="geburtsurkunde")
    assert (c.application_type, c.confidence, c.given) == ("geburtsurkunde", 1.0, True)
    assert c.document_kinds == {}


def test_no_cues_is_unclassified() -> None:
    c = classify({"d1": "Sehr geehrte Damen und Herren, mit freundlichen Grüßen"}, TYPES)
    assert c.application_type is None
    assert c.confidence == 0.0
    assert c.document_kinds == {}


def test_no_documents_is_unclassified() -> None:
    assert classify({}, TYPES).application_type is None


def test_ambiguous_text_has_low_confidence() -> None:
    c = classify({"d1": "Schreiben an die Zulassungsstelle wegen Parkzone B3"}, TYPES)
    assert c.application_type in {"bewohnerparkausweis", "wunschkennzeichen"}
    assert c.confidence == 0.5


def test_clear_majority_has_higher_confidence_than_a_tie() -> None:
    tie = classify({"d1": "Zulassungsstelle, Parkzone B3"}, TYPES)
    clear = classify({"d1": PARKAUSWEIS, "d2": "Fahrzeugschein, Zulassungsbescheinigung Teil I"},
                     TYPES)
    assert clear.application_type == "bewohnerparkausweis"
    assert clear.document_kinds == {"d1": "antrag", "d2": "fahrzeugschein"}
    assert clear.confidence > tie.confidence


def test_birth_certificate_request() -> None:
    c = classify({"d1": "An das Standesamt Bochum: Antrag auf eine Geburtsurkunde"}, TYPES)
    assert c.application_type == "geburtsurkunde"
    assert c.document_kinds == {"d1": "antrag"}


LETTER = """Anmeldung meiner neuen Wohnung
Sehr geehrte Damen und Herren,
hiermit melde ich mich zum 3.2.2026 an. Die Wohnungsgeberbestätigung liegt bei.
Mit freundlichen Grüßen"""


def test_a_letter_naming_an_enclosure_is_not_that_enclosure() -> None:
    alone = classify({"d1": LETTER}, TYPES)
    assert alone.application_type == "wohnsitzanmeldung"
    # without the confirmation itself the case has none (rule W2 must see that)
    assert alone.document_kinds == {"d1": "anmeldung"}
    both = classify({"d1": LETTER, "d2": WOHNUNGSGEBER}, TYPES)
    assert both.document_kinds == {"d1": "anmeldung", "d2": "wohnungsgeberbestaetigung"}


def test_a_copy_of_the_certificate_announced_in_a_letter_is_no_certificate() -> None:
    letter = (PARKAUSWEIS + ".\nEine Kopie der Zulassungsbescheinigung Teil I (Fahrzeugschein) "
              "liegt bei.")
    c = classify({"d1": letter}, TYPES)
    assert c.document_kinds == {"d1": "antrag"}
