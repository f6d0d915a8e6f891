"""Text-layer and AcroForm PDFs: values end up on the layout line of their labels."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image
from pypdf import PdfReader

from domain.documents import DocumentReading, PageReading
from reading import read_document
from storage.document_store import FileDocumentStore
from tests.reading import builders


def line_with(reading: DocumentReading, needle: str) -> str:
    lines = [line for line in reading.text.splitlines() if needle in line]
    assert lines, f"{needle!r} not in the reading"
    return lines[0]


def assert_boxes_normalised(page: PageReading) -> None:
    assert page.words
    for word in page.words:
        x0, y0, x1, y1 = word.bbox
        assert 0.0 <= x0 <= x1 <= 1.0 and 0.0 <= y0 <= y1 <= 1.0
        assert 0.0 <= word.conf <= 1.0


def test_values_drawn_after_all_labels_land_beside_their_labels() -> None:
    data = builders.label_value_pdf()
    # The premise: in content order the values come only after all labels.
    plain = pdfium.PdfDocument(data)[0].get_textpage().get_text_range()
    assert plain.index(builders.FORM_ROWS[0][1]) > plain.index(builders.FORM_ROWS[-1][0])

    reading = read_document(data, builders.ref(data, "formular.pdf"))
    assert reading.error is None
    assert [p.method for p in reading.pages] == ["text_layer"]
    for label, value in builders.FORM_ROWS:
        line = line_with(reading, label)
        assert value in line
        # a visible column gap, not a single space, separates label and value
        assert f"{label}   {value}" in line
    assert_boxes_normalised(reading.pages[0])


def test_acroform_values_only_in_fields_are_read() -> None:
    data = builders.acroform_pdf()
    plain = pdfium.PdfDocument(data)[0].get_textpage().get_text_range()
    assert builders.FORM_ROWS[0][1] not in plain  # values are not page text

    reading = read_document(data, builders.ref(data, "export.pdf"))
    assert reading.error is None
    assert reading.pages[0].method == "acroform"
    for label, value in builders.FORM_ROWS:
        assert value in line_with(reading, label)
    assert "[x]" in line_with(reading, "Hauptwohnung").split("Nebenwohnung")[0]
    assert "[ ]" in line_with(reading, "Nebenwohnung").split("Nebenwohnung")[1]
    assert_boxes_normalised(reading.pages[0])


def _realforms_acroforms() -> list[Path]:
    return sorted(p for p in builders.REALFORMS.glob("*acroform*/*.pdf") if _has_fields(p))


def _has_fields(path: Path) -> bool:
    return bool(PdfReader(path).get_fields())


@pytest.mark.skipif(not builders.REALFORMS.exists(), reason="realforms-v1 not present")
@pytest.mark.parametrize("path", _realforms_acroforms(), ids=lambda p: p.parent.name)
def test_realforms_acroform_field_values_are_in_the_text(path: Path) -> None:
    data = path.read_bytes()
    reading = read_document(data, builders.ref(data, path.name))
    assert reading.error is None and reading.pages[0].method == "acroform"
    text = reading.text
    fields = PdfReader(path).get_fields() or {}
    values = [str(f.get("/V")) for f in fields.values()
              if f.get("/FT") == "/Tx" and f.get("/V")]
    assert values
    for value in values:
        assert value in text
    checked = [f for f in fields.values() if f.get("/FT") == "/Btn" and f.get("/V") == "/On"]
    assert text.count("[x]") >= len(checked) > 0
    # The value of the "Geschlecht" field sits on the layout line of the label Geschlecht.
    gender = next(str(f["/V"]) for name, f in fields.items()
                  if name.endswith("Geschlecht") and f.get("/V"))
    assert gender in line_with(reading, "Geschlecht")


def test_page_image_stored_and_boxes_line_up(tmp_path: Path) -> None:
    data = builders.label_value_pdf()
    store = FileDocumentStore(tmp_path)
    reading = read_document(data, builders.ref(data, "f.pdf"), store=store,
                            image_prefix="cases/c1/doc1")
    page = reading.pages[0]
    assert page.image_key == "cases/c1/doc1/page-1.png"
    image = Image.open(io.BytesIO(store.get(page.image_key))).convert("L")
    assert abs(image.width - 8.27 * 110) < 5  # A4 at page_image_dpi
    _assert_ink_under_words(image, page)


def test_rotated_page_boxes_line_up_with_rendered_image(tmp_path: Path) -> None:
    data = builders.text_pdf(1, rotate=90)
    store = FileDocumentStore(tmp_path)
    reading = read_document(data, builders.ref(data, "r.pdf"), store=store, image_prefix="r")
    page = reading.pages[0]
    assert page.image_key is not None
    image = Image.open(io.BytesIO(store.get(page.image_key))).convert("L")
    assert image.width > image.height  # the displayed page is landscape
    _assert_ink_under_words(image, page)


def _assert_ink_under_words(image: Image.Image, page: PageReading) -> None:
    """Every word box covers dark pixels of the page image (boxes and image share one frame)."""
    for word in page.words:
        assert builders.darkest_under(image, word.bbox) < 100, f"no ink under {word.text!r}"


def test_three_hundred_pages_are_read_only_up_to_the_limit() -> None:
    data = builders.text_pdf(300)
    reading = read_document(data, builders.ref(data, "lang.pdf"))
    assert reading.error is None
    assert reading.truncated is True
    assert reading.page_count == 300
    assert len(reading.pages) == 40
    assert reading.pages[-1].page == 40 and "Seite 40" in reading.pages[-1].text


def test_pdf_encrypted_with_empty_user_password_is_read() -> None:
    data = builders.encrypted_pdf(user_password="")
    reading = read_document(data, builders.ref(data, "geschuetzt.pdf"))
    assert reading.error is None
    assert builders.FORM_ROWS[0][1] in reading.text
