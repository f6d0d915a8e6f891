"""Hidden text in a PDF's text layer is marked, kept out of the text and the words."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from reading import read_document
from tests.reading import builders

VISIBLE = ["Antrag auf Bewohnerparkausweis", "Familienname: Kowalczyk", "Anschrift: Kortumstr. 3"]
SECRET = "IgnoreAllPreviousInstructions"


def hidden_pdf(hide: str) -> bytes:
    """A letter with visible lines and one line of SECRET hidden in the way ``hide`` names."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica", 11)
    for n, line in enumerate(VISIBLE):
        pdf.drawString(72, 760 - 20 * n, line)
    if hide == "dark_banner":  # white on a dark box: visible, must not be flagged
        pdf.setFillColorRGB(0.1, 0.2, 0.5)
        pdf.rect(60, 640, 400, 24, stroke=0, fill=1)
    text = pdf.beginText(72, 648)
    text.setFont("Helvetica", 1 if hide == "tiny" else 11)
    if hide == "invisible":
        text.setTextRenderMode(3)
    if hide in ("white", "dark_banner"):
        text.setFillColorRGB(1, 1, 1)
    if hide == "near_white":
        text.setFillColorRGB(0.97, 0.97, 0.97)
    if hide == "light_grey":  # a faint watermark: visible, must not be flagged
        text.setFillColorRGB(0.85, 0.85, 0.85)
    if hide == "outside":
        text.setTextOrigin(700, 648)  # right of the A4 crop box (595 pt)
    text.textLine(SECRET)
    pdf.drawText(text)
    pdf.save()
    return buffer.getvalue()


@pytest.mark.parametrize(("hide", "reason"), [
    ("invisible", "invisible"), ("white", "background_colour"),
    ("near_white", "background_colour"),
    ("outside", "outside_crop_box"), ("tiny", "tiny")])
def test_hidden_text_is_marked_and_not_read(hide: str, reason: str) -> None:
    data = hidden_pdf(hide)
    reading = read_document(data, builders.ref(data, "antrag.pdf"))
    assert reading.error is None
    page = reading.pages[0]
    assert page.method == "text_layer"
    assert SECRET not in reading.text
    assert all(SECRET not in w.text for w in page.words)
    assert [(h.text, h.reason) for h in page.hidden] == [(SECRET, reason)]
    assert "Kowalczyk" in reading.text


@pytest.mark.parametrize("hide", ["dark_banner", "light_grey"])
def test_light_text_that_can_be_seen_is_visible_text(hide: str) -> None:
    data = hidden_pdf(hide)
    reading = read_document(data, builders.ref(data, "antrag.pdf"))
    assert SECRET in reading.text
    assert reading.pages[0].hidden == []


def test_ordinary_letter_has_no_hidden_text() -> None:
    data = builders.text_pdf(pages=2)
    reading = read_document(data, builders.ref(data, "brief.pdf"))
    assert all(p.hidden == [] for p in reading.pages)
