"""Captions and titles are no values (``extractors.caption_guard``)."""

from __future__ import annotations

from domain.documents import DocumentReading, DocumentRef, PageReading
from extractors.caption_guard import CaptionGuard

LETTER = """Glückauf Wohnbau eG
Castroper Hellweg 50
Telefon:
IBAN für den Gebühreneinzug: DE16 4305 0001 4156 6601 01
Name des Wohnungsgebers: Glückauf Wohnbau eG
Verwendungszweck:
Zahlung per Lastschrift:
Konto für Gebühren   DE08 4305 0001 7716 2804 97
Die Wohnung ist   alleinige Wohnung
B4   WAT-JG 6
Wolkow   Olga
Unterschrift: Olga Wolkow"""


def _guard() -> CaptionGuard:
    doc = DocumentReading(doc=DocumentRef(doc_id="d", filename="d.pdf"),
                          pages=[PageReading(page=1, method="text_layer", text=LETTER)])
    return CaptionGuard([doc], ["Wohnungsgeberbestätigung"],
                        ["alleinige Wohnung", "Hauptwohnung", "Haupt-", "Enkel"])


def test_captions_titles_and_caption_lines_are_labels() -> None:
    guard = _guard()
    assert guard.is_label("Name des Wohnungsgebers")
    assert guard.is_label("name des  Wohnungsgebers:")
    assert guard.is_label("Wohnungsgeberbestätigung")
    assert guard.is_label("IBAN für den Gebühreneinzug: DE16 4305 0001 4156 6601 01")
    # a side-by-side line written back with a colon (for the empty field above it)
    assert guard.is_label("Konto für Gebühren: DE08 4305 0001 7716 2804 97")
    # a caption that stands only at the start of a side-by-side line, answered alone
    assert guard.is_label("Konto für Gebühren")
    # a whole form line, the colon left out
    assert guard.is_label("Konto für Gebühren DE08 4305 0001 7716 2804 97")
    assert guard.is_label("IBAN für den Gebühreneinzug DE16 4305 0001 4156 6601 01")
    # a choice as printed, answered for a text field
    assert guard.is_label("alleinige Wohnung")
    assert guard.is_label("Hauptwohnung")
    # an empty caption run into the line below it
    assert guard.is_label("Zahlung per Lastschrift Bochum, 14.02.2026")
    # an empty caption of several words, as the reader writes a form's empty captions
    assert guard.is_label("Zahlung per Lastschrift")


def test_values_are_not_labels_even_a_letter_s_first_line() -> None:
    guard = _guard()
    assert not guard.is_label("Telefon"), "a line ending in a colon may be a value"
    assert not guard.is_label("Verwendungszweck"), "so may one word before a colon"
    assert not guard.is_label("Wolkow"), "a value row's first cell that stands elsewhere too"
    assert not guard.is_label("B4"), "a one-word start of an unpaired value row"
    assert not guard.is_label("Glückauf Wohnbau eG")
    assert not guard.is_label("DE16 4305 0001 4156 6601 01")
    assert not guard.is_label("Castroper Hellweg")
    assert not guard.is_label("Enkel"), "a short choice may be a name"
    assert not guard.is_label("Name des Wohnungsgebersin"), "a caption's words, not the caption"
    assert not guard.is_label("Wolkow Olga"), "a line of values is no caption line"
