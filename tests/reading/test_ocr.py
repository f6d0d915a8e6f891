"""Raster documents through real tesseract."""

from __future__ import annotations

import io
from pathlib import Path

import pytesseract
import pytest
from PIL import Image

from reading import read_document
from reading.similarity import found_similarity
from storage.document_store import FileDocumentStore
from tests.reading import builders

LINES = ["Müller-Lüdenscheidt, Straße", "Jürgen Weiß, Größe Öl Ärger"]


def test_image_ocr_reads_german_diacritics(tmp_path: Path) -> None:
    data = builders.text_image(LINES)
    store = FileDocumentStore(tmp_path)
    reading = read_document(data, builders.ref(data, "scan.png"), store=store, image_prefix="s")
    assert reading.error is None
    page = reading.pages[0]
    assert page.method == "ocr"
    assert "Müller-Lüdenscheidt" in reading.text and "Straße" in reading.text
    assert found_similarity(LINES, reading.text) >= 0.95
    assert 0.5 < page.mean_conf <= 1.0
    assert len(reading.text.splitlines()) == len(LINES)
    # boxes are normalised and line up with the stored (possibly straightened) page image
    assert page.image_key is not None
    image = Image.open(io.BytesIO(store.get(page.image_key))).convert("L")
    assert image.width <= 8 * 110  # stored at page-image resolution, not OCR resolution
    for word in page.words:
        x0, y0, x1, y1 = word.bbox
        assert 0.0 <= x0 < x1 <= 1.0 and 0.0 <= y0 < y1 <= 1.0
        assert builders.darkest_under(image, word.bbox) < 128


def test_image_only_pdf_is_rasterised_and_read() -> None:
    image = Image.open(io.BytesIO(builders.text_image(LINES, dpi=200)))
    buf = io.BytesIO()
    image.save(buf, format="PDF", resolution=200)
    data = buf.getvalue()
    reading = read_document(data, builders.ref(data, "scan.pdf"))
    assert reading.error is None
    assert [p.method for p in reading.pages] == ["ocr"]
    assert found_similarity(LINES, reading.text) >= 0.9


def test_slightly_rotated_scan_keeps_lines() -> None:
    image = Image.open(io.BytesIO(builders.text_image(LINES, dpi=200)))
    tilted = image.rotate(2.0, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC)
    buf = io.BytesIO()
    tilted.save(buf, format="JPEG", quality=80, dpi=(200, 200))
    data = buf.getvalue()
    reading = read_document(data, builders.ref(data, "foto.jpg"))
    assert reading.error is None
    assert len(reading.text.splitlines()) == len(LINES)
    assert found_similarity(LINES, reading.text) >= 0.9


def test_tesseract_failure_becomes_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    data = builders.text_image(LINES)
    reading = read_document(data, builders.ref(data, "scan.png"))
    assert reading.error == "Die Texterkennung (OCR) ist fehlgeschlagen."
    assert reading.pages == []
