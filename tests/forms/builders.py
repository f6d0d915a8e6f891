"""A small registration form made on the fly: its blank, filled as AcroForm, flattened, scanned.

Not the real federal form: the tests must show that ``forms add`` and the template reader work
on a layout they were not written for.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from apptypes.registry import get_type
from forms.blank import inspect_blank
from forms.propose import propose
from forms.template import FormTemplate, dump_template, load_template
from tests.reading.builders import _dejavu

W, H = A4
LEFT, RIGHT = 50.0, W - 50.0


@dataclass(frozen=True)
class Box:
    name: str
    x: float
    y: float
    width: float
    height: float = 18.0


# Row-labelled boxes: the label left, the box right of it.
ROWS = [("Familienname", "name_1"), ("Vornamen", "vorname_1"),
        ("Tag, Ort, Land der Geburt", "geburt_1"), ("Staatsangehörigkeiten", "staat_1"),
        ("Geschlecht", "geschlecht_1")]
# Column captions over boxes in the "Neue Wohnung" section.
COLUMNS = [("Tag des Einzugs", "einzug", LEFT, 110.0),
           ("Postleitzahl, Gemeinde", "plz_ort", LEFT + 120, RIGHT - LEFT - 120)]
STREET = ("Straße, Hausnummer, Zusätze", "strasse", LEFT, RIGHT - LEFT)
CHECKBOXES = [("alleinige Wohnung", "status_a"), ("Hauptwohnung", "status_h"),
              ("Nebenwohnung", "status_n")]


@dataclass
class Filled:
    text: dict[str, str] = field(default_factory=dict)
    ticked: set[str] = field(default_factory=set)


SAMPLE = Filled(
    text={"name_1": "Kowalczyk", "vorname_1": "Jan Piotr",
          "geburt_1": "12.04.1987, Gelsenkirchen, Deutschland", "staat_1": "polnisch, deutsch",
          "geschlecht_1": "männlich", "einzug": "01.03.2026", "plz_ort": "44787 Bochum",
          "strasse": "Kortumstraße 45, 2. OG"},
    ticked={"status_h"},
)


def _layout(c: canvas.Canvas) -> tuple[list[Box], list[Box]]:
    """Draws the printed page; returns its text boxes and checkboxes."""
    font = _dejavu()
    c.setFont(font, 16)
    c.drawString(LEFT, H - 60, "Meldeschein zur Anmeldung")
    c.setFont(font, 11)
    c.drawString(LEFT, H - 95, "Neue Wohnung")
    c.setFont(font, 8)
    texts: list[Box] = []
    y = H - 140
    for caption, name, x, width in COLUMNS:
        c.drawString(x + 2, y + 20, caption)
        c.rect(x, y - 2, width, 32)
        texts.append(Box(name, x + 2, y, width - 4))
    y -= 45
    caption, name = STREET[0], STREET[1]
    c.drawString(LEFT + 2, y + 20, caption)
    c.rect(LEFT, y - 2, RIGHT - LEFT, 32)
    texts.append(Box(name, LEFT + 2, y, RIGHT - LEFT - 4))
    y -= 35
    c.drawString(LEFT + 2, y + 4, "Die neue Wohnung ist")
    checks: list[Box] = []
    x = LEFT + 110
    for label, name in CHECKBOXES:
        c.rect(x, y + 2, 10, 10)
        checks.append(Box(name, x, y + 2, 10, 10))
        c.drawString(x + 14, y + 4, label)
        x += 120
    y -= 50
    c.setFont(font, 11)
    c.drawString(LEFT, y + 25, "Angaben zur Person")
    c.setFont(font, 9)
    for label, name in ROWS:
        c.drawString(LEFT + 2, y + 5, label)
        c.rect(LEFT + 150, y, RIGHT - LEFT - 150, 20)
        texts.append(Box(name, LEFT + 152, y + 1, RIGHT - LEFT - 154))
        y -= 26
    c.setFont(font, 7)
    c.drawString(LEFT, 60, "Unterschrift der meldepflichtigen Person   Testformular Musterstadt")
    return texts, checks


def acroform_pdf(filled: Filled | None = None) -> bytes:
    """The blank (``filled`` None) or a portal export: values only in the form fields."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    texts, checks = _layout(c)
    for box in texts:
        value = filled.text.get(box.name, "") if filled else ""
        c.acroForm.textfield(name=box.name, value=value, x=box.x, y=box.y, width=box.width,
                             height=box.height, borderWidth=0, fontName="Helvetica",
                             fontSize=10)
    for box in checks:
        c.acroForm.checkbox(name=box.name, x=box.x, y=box.y, size=box.width,
                            checked=bool(filled and box.name in filled.ticked),
                            buttonStyle="cross", borderWidth=0)
    c.showPage()
    c.save()
    return buf.getvalue()


def flat_pdf(filled: Filled) -> bytes:
    """Printed and filled on screen, then flattened: values drawn into the page, no fields."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    texts, checks = _layout(c)
    c.setFont(_dejavu(), 10)
    for box in texts:
        if box.name in filled.text:
            c.drawString(box.x + 2, box.y + 5, filled.text[box.name])
    c.setLineWidth(1.2)
    for box in checks:
        if box.name in filled.ticked:
            c.line(box.x + 1, box.y + 1, box.x + box.width - 1, box.y + box.height - 1)
            c.line(box.x + 1, box.y + box.height - 1, box.x + box.width - 1, box.y + 1)
    c.showPage()
    c.save()
    return buf.getvalue()


def scanned_jpeg(filled: Filled, *, dpi: int = 220, angle: float = 0.8,
                 seed: int = 5) -> bytes:
    """The flattened page printed and scanned: shifted, turned, blurred, noisy, JPEG."""
    pdf = pdfium.PdfDocument(flat_pdf(filled))
    try:
        page = pdf[0].render(scale=dpi / 72).to_pil().convert("L")
    finally:
        pdf.close()
    canvas_img = Image.new("L", (page.width + 60, page.height + 40), 255)
    canvas_img.paste(page, (45, 25))
    turned = canvas_img.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    blurred = turned.filter(ImageFilter.GaussianBlur(0.6))
    rng = np.random.default_rng(seed)
    pixels = np.asarray(blurred, dtype=np.int16) + rng.integers(-14, 15, size=blurred.size[::-1])
    noisy = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")
    out = io.BytesIO()
    noisy.save(out, format="JPEG", quality=70, dpi=(dpi, dpi))
    return out.getvalue()


def register(folder: Path) -> FormTemplate:
    """``forms add`` on the blank, as a process owner would, into ``folder``."""
    blank = acroform_pdf()
    (folder / "meldeschein.pdf").write_bytes(blank)
    template = propose(inspect_blank(blank), get_type("wohnsitzanmeldung"), "meldeschein",
                       "meldeschein.pdf")
    path = folder / "meldeschein.yaml"
    dump_template(template, path, "test")
    return load_template(path)
