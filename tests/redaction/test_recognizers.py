"""Each German recognizer on true positives and on the look-alikes it must leave alone."""

from __future__ import annotations

import pytest

from redaction import redact_text
from redaction.recognizers.iban import iban_is_valid
from redaction.recognizers.id_documents import icao_check_digit
from redaction.recognizers.tax_id import tax_id_is_valid


def _types(text: str) -> dict[str, str]:
    """Redacted substring -> entity type."""
    result = redact_text(text)
    return {text[s.start:s.end]: s.type for s in result.entities}


@pytest.mark.parametrize(("text", "value", "entity"), [
    ("Ich wohne in der Kortumstraße 45.", "Kortumstraße 45", "ADDRESS"),
    ("Anschrift: Oskar-Hoffmann-Straße 12a", "Oskar-Hoffmann-Straße 12a", "ADDRESS"),
    ("wohnhaft Castroper Straße 178a", "Castroper Straße 178a", "ADDRESS"),
    ("Harpener Hellweg 40, EG links", "Harpener Hellweg 40", "ADDRESS"),
    ("Am Gottesacker 9", "Am Gottesacker 9", "ADDRESS"),
    ("Kortumstr.45", "Kortumstr.45", "ADDRESS"),
    ("Frankfurter Allee 212", "Frankfurter Allee 212", "ADDRESS"),
    ("Querenburger Höhe 12, 44801 Bochum", "Querenburger Höhe 12", "ADDRESS"),
    ("PLZ/Ort: 44787 Bochum", "44787 Bochum", "ADDRESS"),
    ("44866 Bochum, Wattenscheid", "44866 Bochum, Wattenscheid", "ADDRESS"),
    ("geb. 03.07.1988", "03.07.1988", "DATE_OF_BIRTH"),
    ("geboren am 3.7.88 in Witten", "3.7.88", "DATE_OF_BIRTH"),
    ("Geburtsdatum: 1988-07-03", "1988-07-03", "DATE_OF_BIRTH"),
    ("Geburtstag 3. Juli 1988", "3. Juli 1988", "DATE_OF_BIRTH"),
    ("eingezogen am 01.03.2026", "01.03.2026", "DATE"),
    ("Sehr geehrte Frau Yılmaz,", "Yılmaz", "PERSON"),
    ("Familienname: Brückner-Weiß", "Brückner-Weiß", "PERSON"),
    ("Vorname(n): Łukasz Paweł", "Łukasz Paweł", "PERSON"),
    ("Vermieter: Friedhelm Jablonski", "Friedhelm Jablonski", "PERSON"),
    ("i. A. Sabine Lorenz", "Sabine Lorenz", "PERSON"),
    ("Heute kam Mehmet Emre Doğan vorbei.", "Mehmet Emre Doğan", "PERSON"),
    ("Antrag von Nguyễn Thị Thu Hằng", "Nguyễn Thị Thu Hằng", "PERSON"),
    ("Tel. 0234 / 12 34 56", "0234 / 12 34 56", "PHONE_NUMBER"),
    ("mobil +49 (0)170 1234567", "+49 (0)170 1234567", "PHONE_NUMBER"),
    ("Mail an k.brueckner@web.de bitte", "k.brueckner@web.de", "EMAIL_ADDRESS"),
    ("IBAN DE02 1203 0000 0000 2020 51", "DE02 1203 0000 0000 2020 51", "IBAN"),
    ("Wunschkennzeichen BO-AB 1234", "BO-AB 1234", "LICENSE_PLATE"),
    ("Kennzeichen: WAT-Z 9", "WAT-Z 9", "LICENSE_PLATE"),
    ("Personalausweis-Nr. LH7K2R9TX", "LH7K2R9TX", "ID_CARD"),
    ("Reisepass Nr. C01X00T47", "C01X00T47", "PASSPORT"),
    ("Reisepass: FX482913", "FX482913", "PASSPORT"),
    ("Aufenthaltstitel Y7KT3M9C2", "Y7KT3M9C2", "RESIDENCE_PERMIT"),
    ("Steuer-ID: 86 095 742 719", "86 095 742 719", "TAX_ID"),
    ("Eheschließung, Register E 212/1988", "E 212/1988", "REGISTER_NUMBER"),
])
def test_finds(text: str, value: str, entity: str) -> None:
    assert _types(text).get(value) == entity


@pytest.mark.parametrize("text", [
    "Die neue Wohnung ist Hauptwohnung.",
    "Haupt­wohnung",
    "Bewohnerparkausweis für Parkzone B3",
    "Bitte senden Sie mir 2 Exemplare.",
    "Name, Vorname:",
    "Straße, Hausnummer, Zusätze",
    "Familienname, ggf. Doktorgrad\nPassname\nVornamen (Rufnamen unterstreichen)\nGeschlecht",
    "Tag, Ort, Land der Geburt",
    "Im Jahr 2020 wurden 1.234 Anträge gestellt.",
    "Vorgangsnummer 48213920017",
    "Gemeindekennzahl 05 9 11 000",
    "Gebühr: 12,00 EUR für den Parkplatz 3",
    "Wohnungsstatus: haupt, Geschlecht: maennlich",
])
def test_leaves_alone(text: str) -> None:
    assert redact_text(text).entities == []


def test_id_card_and_passport_do_not_collide() -> None:
    text = "Personalausweis LH7K2R9TX, Reisepass C01X00T47"
    types = _types(text)
    assert types == {"LH7K2R9TX": "ID_CARD", "C01X00T47": "PASSPORT"}


def test_tax_id_needs_a_cue_even_with_valid_checksum() -> None:
    assert tax_id_is_valid("86095742719")
    assert redact_text("Kundennummer 86095742719").entities == []
    assert _types("Steuerliche IdNr. 86095742719") == {"86095742719": "TAX_ID"}


def test_checksums() -> None:
    assert iban_is_valid("DE02120300000000202051")
    assert not iban_is_valid("DE03120300000000202051")
    assert redact_text("Nummer DE03 1203 0000 0000 2020 51").entities == []
    assert icao_check_digit("T22000129") == 3


def test_form_label_is_not_redacted_wholesale() -> None:
    text = "Name, Vorname: Brückner-Weiß, Katharina Sophie"
    result = redact_text(text)
    assert result.text == "Name, Vorname: <PERSON>"


def test_redaction_result_keeps_no_original_text() -> None:
    result = redact_text("Frau Kowalski, geb. 03.07.1988")
    dumped = result.model_dump_json()
    assert "Kowalski" not in dumped and "1988" not in dumped
    assert result.text == "Frau <PERSON>, geb. <DATE_OF_BIRTH>"


def test_bad_input_gives_clear_error() -> None:
    with pytest.raises(TypeError, match="Zeichenkette"):
        redact_text(b"bytes")  # type: ignore[arg-type]
    assert redact_text("").text == ""
