"""``forms show``: the blank with every mapped box outlined and labelled by its key (PNG)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw

from forms.template import FormTemplate
from reading.pdf_reader import PDFIUM_LOCK

DPI = 110
MAPPED = (0, 110, 200)
UNMAPPED = (200, 80, 0)


def render_mapping(template: FormTemplate, out: Path) -> list[Path]:
    """One PNG per page (``out`` for page 1, ``out`` with ``-N`` for the others)."""
    written: list[Path] = []
    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(template.blank_path.read_bytes())
        try:
            images = [pdf[i].render(scale=DPI / 72).to_pil().convert("RGB")
                      for i in range(len(pdf))]
        finally:
            pdf.close()
    for number, image in enumerate(images, start=1):
        _draw(image, template, number)
        path = out if number == 1 else out.with_stem(f"{out.stem}-{number}")
        image.save(path)
        written.append(path)
    return written


def _draw(image: Image.Image, template: FormTemplate, page: int) -> None:
    draw = ImageDraw.Draw(image)
    w, h = image.size
    for field in template.fields:
        if field.page != page:
            continue
        x0, y0, x1, y1 = field.box[0] * w, field.box[1] * h, field.box[2] * w, field.box[3] * h
        colour = MAPPED if field.mapped_keys else UNMAPPED
        draw.rectangle((x0, y0, x1, y1), outline=colour, width=2)
        label = _label(field.format, field.mapped_keys, field.option)
        if label:
            draw.text((x0 + 2, y0 + 1), label, fill=colour)


def _label(fmt: str | None, keys: list[str], option: object) -> str:
    if not keys:
        return ""
    text = "+".join(k.rsplit(".", 1)[-1] if fmt else k for k in keys)
    return f"{text}={option}" if option is not None else text
