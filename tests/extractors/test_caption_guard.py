"""Captions and titles are no values (``extractors.caption_guard``)."""

from __future__ import annotations

import pytest

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


LABELS = [
    "Name des Wohnungsgebers",
    "name des  Wohnungsgebers:",
    "Wohnungsgeberbestätigung",  # a document kind's title
    "IBAN für den Gebühreneinzug: DE16 4305 0001 4156 6601 01",
    # a side-by-side line written back with a colon (for the empty field above it)
    "Konto für Gebühren: DE08 4305 0001 7716 2804 97",
    # a caption that stands only at the start of a side-by-side line, answered alone
    "Konto für Gebühren",
    # a whole form line, the colon left out
    "Konto für Gebühren DE08 4305 0001 7716 2804 97",
    "IBAN für den Gebühreneinzug DE16 4305 0001 4156 6601 01",
    # a choice as printed, answered for a text field
    "alleinige Wohnung",
    "Hauptwohnung",
    # an empty caption run into the line below it
    "Zahlung per Lastschrift Bochum, 14.02.2026",
    # an empty caption of several words, as the reader writes a form's empty captions
    "Zahlung per Lastschrift",
]
VALUES = [
    "Telefon",  # a line ending in a colon may be a value
    "Verwendungszweck",  # so may one word before a colon
    "Wolkow",  # a value row's first cell that stands elsewhere too
    "B4",  # a one-word start of an unpaired value row
    "Glückauf Wohnbau eG",  # a letter's first line
    "DE16 4305 0001 4156 6601 01",
    "Castroper Hellweg",
    "Enkel",  # a short choice may be a name
    "Name des Wohnungsgebersin",  # a caption's words, not the caption
    "Wolkow Olga",  # a line of values is no caption line
]


@pytest.mark.parametrize("value", LABELS)
def test_captions_titles_and_caption_lines_are_labels(value: str) -> None:
    assert _guard().is_label(value)


@pytest.mark.parametrize("value", VALUES)
def test_values_are_not_labels_even_a_letter_s_first_line(value: str) -> None:
    assert not _guard().is_label(value)
