"""Rendering an artefact (confirmation, order, reservation, permit) as a one-page PDF."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from artefacts.fonts import register_fonts

ISSUER = "Stadt Bochum"


def render_artefact(title: str, case_id: str, rows: list[tuple[str, str]], footer: str,
                    issued_on: date | None = None) -> bytes:
    """A PDF with title, case number, a label/value table and a footer; text is escaped."""
    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13)
    label = ParagraphStyle("label", parent=body, fontName=bold)
    heading = ParagraphStyle("heading", parent=body, fontName=bold, fontSize=16, leading=20)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=colors.grey)
    day = (issued_on or date.today()).strftime("%d.%m.%Y")
    story: list[Flowable] = [
        Paragraph(escape(ISSUER), small),
        Spacer(1, 4 * mm),
        Paragraph(escape(title), heading),
        Paragraph(escape(f"Vorgang {case_id} · ausgestellt am {day}"), body),
        Spacer(1, 8 * mm),
        _table(rows, label, body),
        Spacer(1, 10 * mm),
        Paragraph(escape(footer), small),
    ]
    buffer = BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, title=title, author=ISSUER,
                                 leftMargin=20 * mm, rightMargin=20 * mm,
                                 topMargin=20 * mm, bottomMargin=20 * mm, invariant=True)
    document.build(story)
    return buffer.getvalue()


def _table(rows: list[tuple[str, str]], label: ParagraphStyle, body: ParagraphStyle) -> Table:
    cells = [[Paragraph(escape(k), label), Paragraph(escape(v), body)] for k, v in rows]
    table = Table(cells or [["", ""]], colWidths=[55 * mm, 115 * mm])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table
