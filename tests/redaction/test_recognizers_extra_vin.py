"""The vehicle identification number (field E of the vehicle registration certificate)."""

from __future__ import annotations

from redaction import redact_text


def test_vin_is_redacted_with_and_without_cue() -> None:
    for text in ("(E) Fahrzeug-Identifizierungsnummer W74BKZYE1T03V5414",
                 "FIN: WVWZZZ1JZXW000001 laut Schein", "W74BKZYE1T03V5414"):
        result = redact_text(text)
        assert "W74BKZYE1T03V5414" not in result.text
        assert "WVWZZZ1JZXW000001" not in result.text


def test_seventeen_digits_or_letters_only_are_not_a_vin() -> None:
    assert redact_text("Aktenzeichen 12345678901234567").text.count("12345678901234567") == 1
    assert "ABCDEFGHJKLMNPRST" in redact_text("Code ABCDEFGHJKLMNPRST").text


def test_a_vin_with_few_digits_is_one_after_its_caption_only() -> None:
    cued = redact_text("(E) Fahrzeug-Identifizierungsnummer   WSNEBWUKNAFLVW8Y3 R")
    assert "WSNEBWUKNAFLVW8Y3" not in cued.text
    assert "WSNEBWUKNAFLVW8Y3" in redact_text("Code WSNEBWUKNAFLVW8Y3").text
    assert "ABCDEFGHJKLMNPRST" in redact_text("(E) Fahrzeug-Ident. ABCDEFGHJKLMNPRST").text
