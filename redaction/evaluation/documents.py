"""Rough document text for the leak measurement only (the pipeline has its own reader):
PDF text layer plus AcroForm values, and Tesseract for raster pages."""

from __future__ import annotations

import os
from pathlib import Path

import pypdf

RASTER_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}


def _ocr_image(image: object) -> str:
    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    return str(pytesseract.image_to_string(image, lang="deu", config="--psm 3"))


def _pdf_text(path: Path, ocr: bool) -> str:
    reader = pypdf.PdfReader(path)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    fields = reader.get_fields() or {}
    values = [f"{name}: {field.get('/V')}" for name, field in fields.items()
              if isinstance(field.get("/V"), str) and not str(field.get("/V")).startswith("/")]
    text = "\n".join([text, *values])
    if ocr and len(text.strip()) < 50:
        import pypdfium2

        pdf = pypdfium2.PdfDocument(str(path))
        text = "\n".join(_ocr_image(page.render(scale=300 / 72).to_pil()) for page in pdf)
    return text


def document_text(path: Path, ocr: bool) -> str | None:
    """Text of one document, or None for a raster document when OCR is off."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return _pdf_text(path, ocr)
    if suffix in (".txt", ".eml"):
        return path.read_text(encoding="utf-8", errors="replace")
    if suffix in RASTER_SUFFIXES and ocr:
        from PIL import Image

        with Image.open(path) as image:
            return _ocr_image(image)
    return None
