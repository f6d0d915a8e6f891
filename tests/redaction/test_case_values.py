"""Deny list from a case's values: derived written forms are redacted too."""

from __future__ import annotations

from redaction import deny_list_from_values, redact_mapping, redact_text

VALUES: dict[str, object] = {
    "familienname": "Kowalski",
    "vornamen": "Anna Maria",
    "geburtsdatum": "1988-07-03",
    "geschlecht": "weiblich",
    "wohnungsstatus": "haupt",
    "staatsangehoerigkeiten": ["polnisch"],
    "neue_wohnung.strasse": "Kortumstraße",
    "neue_wohnung.hausnummer": "45",
    "neue_wohnung.plz": "44787",
    "neue_wohnung.ort": "Bochum",
    "anzahl": 2,
    "parkzone": "B3",
    "wohnungsgeber.ist_eigentuemer": True,
}


def test_deny_list_holds_derived_forms_and_skips_non_personal_values() -> None:
    deny = deny_list_from_values(VALUES)
    for expected in ("Kowalski", "Anna Maria", "Anna", "Maria", "03.07.1988", "3.7.1988",
                     "3. Juli 1988", "Kortumstraße 45", "Kortumstr. 45", "44787"):
        assert expected in deny
    for skipped in ("weiblich", "haupt", "polnisch", "B3", "2", "Bochum", "45", "True"):
        assert skipped not in deny


def test_derived_date_forms_are_redacted() -> None:
    deny = deny_list_from_values(VALUES)
    text = "Sie wurde am 3. Juli 1988 geboren, Termin 3.7.1988, Akte 03.07.88"
    redacted = redact_text(text, deny).text
    assert "1988" not in redacted and ".88" not in redacted


def test_deny_list_is_case_insensitive_and_whitespace_flexible() -> None:
    deny = deny_list_from_values({"familienname": "Zxqwert", "vornamen": "Anna Maria"})
    redacted = redact_text("ZXQWERT und anna\n  maria", deny).text
    assert "ZXQWERT" not in redacted and "maria" not in redacted.lower()


def test_deny_list_matches_whole_words_only() -> None:
    deny = deny_list_from_values({"familienname": "Ost"})
    assert redact_text("Ostwall und Kosten", deny).text == "Ostwall und Kosten"


def test_redact_mapping_redacts_strings_and_list_items() -> None:
    deny = deny_list_from_values(VALUES)
    view = redact_mapping({"familienname": "Kowalski", "notiz": "Rückruf bei Anna Maria",
                           "anzahl": 2, "aliase": ["Kowalski", "ohne Angabe"]}, deny)
    assert view["anzahl"] == 2
    assert "Kowalski" not in str(view) and "Anna" not in str(view)
    assert view["aliase"] == ["<PERSONAL_DATA>", "ohne Angabe"]
