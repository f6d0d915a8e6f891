"""Small test documents made on the fly (reportlab, pypdf, Pillow)."""

from __future__ import annotations

import io
import struct
import zlib
from email.message import EmailMessage
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from domain.documents import DocumentRef
from storage.document_store import sha256_hex

FONT_PATH = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
REALFORMS = Path("/work/shared/datasets/realforms-v1/cases")

# (label, value): labels are drawn first, values in a second pass, as in flattened forms.
FORM_ROWS = [
    ("Familienname", "Müller-Lüdenscheidt"),
    ("Vornamen", "Anna Maria"),
    ("Tag des Einzugs", "01.03.2026"),
    ("Straße, Hausnummer", "Kortumstraße 45"),
]


def ref(data: bytes, filename: str) -> DocumentRef:
    return DocumentRef(doc_id=sha256_hex(data), filename=filename, size=len(data))


def _dejavu() -> str:
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_PATH)))
    return "DejaVu"


def label_value_pdf() -> bytes:
    """Labels in the first pass, values after all labels, each value right of its label."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    font = _dejavu()
    c.setFont(font, 9)
    for i, (label, _) in enumerate(FORM_ROWS):
        c.drawString(60, 760 - 40 * i, label)
    c.setFont(font, 11)
    for i, (_, value) in enumerate(FORM_ROWS):
        c.drawString(250, 760 - 40 * i, value)
    c.showPage()
    c.save()
    return buf.getvalue()


# (caption, value) of a side-by-side form; "" leaves the value empty; None is a section heading.
SIDE_BY_SIDE_ROWS: list[tuple[str, str | None]] = [
    ("Antragsteller/in", None),
    ("Name", "Lo Cascio"),
    ("Telefon", ""),
    ("E-Mail", "giulia@example.org"),
    ("Bestellung", None),
    ("Anzahl der Exemplare", "1"),
    ("Verwendungszweck", ""),
    ("IBAN für den Gebühreneinzug", ""),
]


def side_by_side_form_pdf() -> bytes:
    """Captions (8.5 pt) left of values (10.5 pt), headings in the values' size, some values
    empty, then place and date of the signature below the form."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    font = _dejavu()
    y = 780.0
    for caption, value in SIDE_BY_SIDE_ROWS:
        c.setFont(font, 10.5 if value is None else 8.5)
        c.drawString(52, y, caption)
        if value:
            c.setFont(font, 10.5)
            c.drawString(234, y, value)
        y -= 20
    c.setFont(font, 10)
    c.drawString(48, y - 10, "Bochum, 14.02.2026")
    c.showPage()
    c.save()
    return buf.getvalue()


def text_pdf(pages: int = 1, rotate: int = 0) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    font = _dejavu()
    for n in range(1, pages + 1):
        c.setFont(font, 14)
        c.drawString(72, 720, f"Seite {n} eines langen Dokuments")
        c.showPage()
    c.save()
    if not rotate:
        return buf.getvalue()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    for page in writer.pages:
        page.rotate(rotate)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def acroform_pdf() -> bytes:
    """Labels in the page text, values only in form fields (as portal exports do)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 9)
    for i, (label, value) in enumerate(FORM_ROWS):
        y = 760 - 40 * i
        c.drawString(60, y, label)
        c.acroForm.textfield(
            name=f"feld{i}", value=value, x=250, y=y - 6, width=250, height=20,
            borderWidth=0, fontName="Helvetica", fontSize=10,
        )
    c.drawString(60, 560, "Hauptwohnung")
    c.acroForm.checkbox(name="haupt", x=160, y=556, size=12, checked=True, buttonStyle="cross")
    c.drawString(200, 560, "Nebenwohnung")
    c.acroForm.checkbox(name="neben", x=300, y=556, size=12, checked=False, buttonStyle="cross")
    c.showPage()
    c.save()
    return buf.getvalue()


def encrypted_pdf(user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(label_value_pdf())))
    writer.encrypt(user_password=user_password, owner_password="eigentuemer", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def text_image(lines: list[str], fmt: str = "PNG", dpi: int = 300) -> bytes:
    """A white page strip with black DejaVu text, as a scanner at ``dpi`` would give it."""
    font = ImageFont.truetype(str(FONT_PATH), round(dpi / 72 * 12))
    width, line_h = round(dpi * 7), round(dpi / 72 * 22)
    image = Image.new("L", (width, line_h * (len(lines) + 2)), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((round(dpi * 0.5), line_h * (i + 1)), line, font=font, fill=0)
    out = io.BytesIO()
    image.save(out, format=fmt, dpi=(dpi, dpi))
    return out.getvalue()


def png_declaring(width: int, height: int) -> bytes:
    """A PNG whose header declares a huge size; the pixel data is never there."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64))


def email_with_attachment(pdf: bytes, html: bool = False) -> bytes:
    msg = EmailMessage()
    msg["From"] = "buerger@example.org"
    msg["To"] = "buergerbuero@bochum.de"
    msg["Subject"] = "Anmeldung meiner neuen Wohnung"
    msg["Date"] = "Mon, 02 Mar 2026 10:00:00 +0100"
    body = "Sehr geehrte Damen und Herren,\nanbei meine Unterlagen.\nGrüße, Jürgen Weiß"
    if html:
        msg.set_content(body)
        msg.add_alternative(
            "<html><head><style>p{color:red}</style></head><body><p>Sehr geehrte Damen und "
            "Herren,</p><p>anbei meine Unterlagen.<br>Grüße, Jürgen Weiß</p></body></html>",
            subtype="html",
        )
        msg = _html_only(msg)
    else:
        msg.set_content(body)
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="formular.pdf")
    return msg.as_bytes()


def _html_only(msg: EmailMessage) -> EmailMessage:
    """Keep only the HTML alternative, as some web mailers send."""
    html_msg = EmailMessage()
    for key in ("From", "To", "Subject", "Date"):
        html_msg[key] = msg[key]
    part = msg.get_body(preferencelist=("html",))
    assert part is not None
    html_msg.set_content(part.get_content(), subtype="html")
    return html_msg


def darkest_under(image: Image.Image, bbox: tuple[float, float, float, float]) -> int:
    """Darkest grey value of ``image`` inside a normalised box."""
    x0, y0, x1, y1 = bbox
    crop = image.convert("L").crop(
        (round(x0 * image.width), round(y0 * image.height),
         round(x1 * image.width), round(y1 * image.height))
    )
    return int(min(crop.getdata()))


# A stacked form: small captions, the values one row below in a larger font. Telefon is empty.
STACKED_ROWS = [
    (("Nachname", "Wolkow"), ("Vorname(n)", "Olga")),
    (("E-Mail", "olga.wolkow@example.org"), ("Telefon", "")),
    (("Ich bin (Verhältnis zur Person)", "Enkel/Enkelin"),
     ("Art der Urkunde", "Internationale Geburtsurkunde")),
]
STACKED_SIZES = (7.5, 10.5)
STACKED_EMPTY_CAPTION = "IBAN für den Gebühreneinzug"
STACKED_AFTER_HEADING = ("Zuzug aus dem Ausland, Staat", "Polen")


def stacked_form_pdf() -> bytes:
    """Caption rows over value rows, a caption left empty, then a side-by-side row and a
    letterhead-like pair."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    font = _dejavu()
    caption_size, value_size = STACKED_SIZES
    y = 780.0
    for row in STACKED_ROWS:
        for column, (caption, value) in enumerate(row):
            x = 50 + 260 * column
            c.setFont(font, caption_size)
            c.drawString(x, y, caption)
            c.setFont(font, value_size)
            c.drawString(x + 2, y - 12, value)
        y -= 32
    c.setFont(font, caption_size)
    c.drawString(50, y, STACKED_EMPTY_CAPTION)  # nothing filled in under it
    y -= 32
    c.setFont(font, value_size)
    c.drawString(52, y, "Bisherige Wohnung")  # a heading, then one caption over its value
    y -= 20
    caption, value = STACKED_AFTER_HEADING
    c.setFont(font, caption_size)
    c.drawString(50, y, caption)
    c.setFont(font, value_size)
    c.drawString(52, y - 12, value)
    y -= 32
    c.setFont(font, caption_size)
    c.drawString(50, y, "Marke")
    c.setFont(font, value_size)
    c.drawString(200, y, "SKODA")
    c.setFont(font, 9)
    c.drawString(50, y - 30, "Glückauf Wohnbau eG")
    c.setFont(font, 11)
    c.drawString(50, y - 43, "Castroper Hellweg 50")
    c.showPage()
    c.save()
    return buf.getvalue()


SECTIONS = ("Neue Wohnung", "Bisherige Wohnung")
SECTION_ROWS = [  # (caption, value in the first section, value in the second)
    ("Straße, Hausnummer", "Kortumstraße 45", "Hustadtring 61"),
    ("Postleitzahl, Ort", "44787 Bochum", "44801 Bochum"),
]


def two_section_form_pdf() -> bytes:
    """Two sections side by side under larger headings, with the same captions in both."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    font = _dejavu()
    caption_size, value_size = STACKED_SIZES
    c.setFont(font, 14)
    c.drawString(120, 790, SECTIONS[0])
    c.drawString(380, 790, SECTIONS[1])
    y = 760.0
    for caption, first, second in SECTION_ROWS:
        for x, value in ((40, first), (306, second)):
            c.setFont(font, caption_size)
            c.drawString(x, y, caption)
            c.setFont(font, value_size)
            c.drawString(x + 2, y - 12, value)
        y -= 32
    c.showPage()
    c.save()
    return buf.getvalue()


def stacked_form_image(dpi: int = 300) -> bytes:
    """The first caption row and its values as a scanner gives them."""
    small = ImageFont.truetype(str(FONT_PATH), round(dpi / 72 * 8))
    large = ImageFont.truetype(str(FONT_PATH), round(dpi / 72 * 11.5))
    image = Image.new("L", (round(dpi * 7), round(dpi * 1.6)), 255)
    draw = ImageDraw.Draw(image)
    left, right = round(dpi * 0.5), round(dpi * 3.5)
    top = round(dpi * 0.4)
    for x, (caption, value) in zip((left, right), STACKED_ROWS[0], strict=True):
        draw.text((x, top), caption, font=small, fill=0)
        draw.text((x + 4, top + round(dpi / 72 * 12)), value, font=large, fill=0)
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi))
    return out.getvalue()
