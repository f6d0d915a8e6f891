"""Digital PDFs with a text layer: a boxed form, a two-column form and a letter."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from evals.generator.model import FormDoc, LetterDoc

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
_FONTS = {"Sans": "DejaVuSans.ttf", "Sans-Bold": "DejaVuSans-Bold.ttf",
          "Cond": "DejaVuSansCondensed.ttf", "Cond-Bold": "DejaVuSansCondensed-Bold.ttf",
          "Serif": "DejaVuSerif.ttf", "Serif-Bold": "DejaVuSerif-Bold.ttf"}
FormLayout = Literal["boxed", "two_column"]
WIDTH, HEIGHT = A4
MARGIN = 48.0
KEEP = "\u00a0"  # joins words that a line break must not separate


def _register_fonts() -> None:
    for name, file in _FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, f"{FONT_DIR}/{file}"))


def wrap(text: str, font: str, size: float, width: float, keep: Sequence[str] = ()) -> list[str]:
    """Greedy line breaking that never splits one of the ``keep`` phrases (PII strings must stay
    findable in the extracted text)."""
    for phrase in sorted(keep, key=len, reverse=True):
        if " " in phrase:
            text = text.replace(phrase, phrase.replace(" ", KEEP))
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and pdfmetrics.stringWidth(candidate.replace(KEEP, " "), font, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    return [line.replace(KEEP, " ") for line in lines]


@dataclass
class _Pen:
    """A canvas with a cursor that starts a new page when the current one is full."""

    canvas: Canvas
    y: float = HEIGHT - MARGIN

    def need(self, height: float) -> None:
        if self.y - height < MARGIN:
            self.canvas.showPage()
            self.y = HEIGHT - MARGIN

    def text(self, x: float, value: str, font: str, size: float, advance: float) -> None:
        self.need(advance)
        self.canvas.setFont(font, size)
        self.canvas.drawString(x, self.y - size, value)
        self.y -= advance


def _fitted(value: str, font: str, size: float, width: float) -> float:
    while size > 6 and pdfmetrics.stringWidth(value, font, size) > width:
        size -= 0.5
    return size


def _canvas(buffer: io.BytesIO, title: str) -> Canvas:
    _register_fonts()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    canvas.setTitle(title)
    return canvas


def _watermark(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setFillGray(0.85)
    canvas.setFont("Sans-Bold", 90)
    canvas.translate(WIDTH / 2, HEIGHT / 2)
    canvas.rotate(35)
    canvas.drawCentredString(0, 0, "MUSTER")
    canvas.restoreState()


def _boxed_section(pen: _Pen, rows: Sequence[tuple[str, str]], label_width: float) -> None:
    inner = WIDTH - 2 * MARGIN
    for label, value in rows:
        pen.need(20)
        c = pen.canvas
        c.setLineWidth(0.6)
        c.rect(MARGIN, pen.y - 20, inner, 20)
        if label:
            c.line(MARGIN + label_width, pen.y - 20, MARGIN + label_width, pen.y)
            c.setFont("Sans", _fitted(label, "Sans", 8.5, label_width - 8))
            c.drawString(MARGIN + 4, pen.y - 13.5, label)
        x = MARGIN + (label_width if label else 0) + 6
        size = _fitted(value, "Sans", 10.5, WIDTH - MARGIN - x - 4)
        c.setFont("Sans", size)
        c.drawString(x, pen.y - 14, value)
        pen.y -= 20


def _two_column_section(pen: _Pen, rows: Sequence[tuple[str, str]]) -> None:
    column = (WIDTH - 2 * MARGIN - 16) / 2
    for start in range(0, len(rows), 2):
        pen.need(30)
        c = pen.canvas
        for offset, (label, value) in enumerate(rows[start:start + 2]):
            x = MARGIN + offset * (column + 16)
            c.setFont("Cond", 7.5)
            c.drawString(x, pen.y - 8, label)
            c.setFont("Cond", _fitted(value, "Cond", 10.5, column - 4))
            c.drawString(x + 2, pen.y - 21, value)
            c.setLineWidth(0.4)
            c.line(x, pen.y - 24, x + column, pen.y - 24)
        pen.y -= 30


def form_pdf(doc: FormDoc, layout: FormLayout) -> bytes:
    buffer = io.BytesIO()
    pen = _Pen(_canvas(buffer, doc.title))
    if doc.specimen:
        _watermark(pen.canvas)
    bold = "Sans-Bold" if layout == "boxed" else "Cond-Bold"
    pen.text(MARGIN, doc.title, bold, 15, 22)
    if doc.subtitle:
        pen.text(MARGIN, doc.subtitle, "Sans", 9.5, 20)
    for section in doc.sections:
        pen.need(40)
        if section.heading:
            pen.y -= 6
            if layout == "boxed":
                pen.canvas.setFillGray(0.88)
                pen.canvas.rect(MARGIN, pen.y - 17, WIDTH - 2 * MARGIN, 17, stroke=0, fill=1)
                pen.canvas.setFillGray(0)
            pen.text(MARGIN + 4, section.heading, bold, 10.5, 19)
        rows = [(row.label, row.value) for row in section.rows]
        free_text = all(not label for label, _ in rows)
        if free_text:
            for _, value in rows:
                for line in wrap(value, "Sans", 10, WIDTH - 2 * MARGIN):
                    pen.text(MARGIN, line, "Sans", 10, 14)
        elif layout == "boxed":
            _boxed_section(pen, rows, label_width=180)
        else:
            _two_column_section(pen, rows)
    pen.y -= 16
    for note in doc.notes:
        for line in wrap(note, "Sans", 10, WIDTH - 2 * MARGIN):
            pen.text(MARGIN, line, "Sans", 10, 15)
    pen.canvas.save()
    return buffer.getvalue()


def letter_pdf(doc: LetterDoc, keep: Sequence[str] = ()) -> bytes:
    buffer = io.BytesIO()
    pen = _Pen(_canvas(buffer, doc.subject))
    body_width = WIDTH - 2 * MARGIN - 20
    for line in doc.sender:
        pen.text(MARGIN + 10, line, "Serif", 9, 12)
    pen.y -= 24
    for line in doc.recipient:
        pen.text(MARGIN + 10, line, "Serif", 10.5, 14)
    pen.y -= 20
    pen.canvas.setFont("Serif", 10.5)
    pen.canvas.drawRightString(WIDTH - MARGIN, pen.y - 10.5, doc.place_date)
    pen.y -= 30
    pen.text(MARGIN + 10, doc.subject, "Serif-Bold", 11, 24)
    for paragraph in (*doc.paragraphs, "\n".join(doc.closing)):
        for source_line in paragraph.split("\n"):
            for line in wrap(source_line, "Serif", 10.5, body_width, keep):
                pen.text(MARGIN + 10, line, "Serif", 10.5, 14.5)
        pen.y -= 8
    pen.canvas.save()
    return buffer.getvalue()
