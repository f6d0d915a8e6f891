"""PDF documents: text layer (+ AcroForm values + drawn checkboxes) per page, OCR where a page
has no usable text."""

from __future__ import annotations

import io
import math
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from domain.documents import PageReading, ReadMethod, Word
from reading import errors
from reading.acroform import FieldWord, field_words, has_form_fields
from reading.errors import ReadError
from reading.geometry import PageFrame
from reading.layout import laid_out
from reading.limits import ReadLimits
from reading.ocr_page import ocr_page
from reading.page_images import PageImageSink
from reading.pdf_marks import checkbox_words
from reading.pdf_text import page_frame, text_layer
from reading.progress import page_read

# Fewer visible characters than this and the page is treated as a scan (stray headers,
# page numbers or a scanner's stamp do not make a page readable).
MIN_TEXT_CHARS = 20


@contextmanager
def open_pdf(data: bytes) -> Iterator[pdfium.PdfDocument]:
    try:
        pdf = pdfium.PdfDocument(data)  # pdfium tries the empty user password by itself
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise ReadError(errors.PDF_ENCRYPTED) from exc
        raise ReadError(errors.PDF_CORRUPT) from exc
    try:
        yield pdf
    finally:
        pdf.close()


PDFIUM_LOCK = threading.RLock()


def read_pdf(
    data: bytes, limits: ReadLimits, sink: PageImageSink | None
) -> tuple[list[PageReading], int]:
    """Pages read (at most ``limits.max_pages``) and the page count of the whole document.

    PDFium is not thread-safe (two documents read in parallel threads crashed the worker with a
    segmentation fault), so every use of it holds ``PDFIUM_LOCK``.
    """
    with PDFIUM_LOCK, open_pdf(data) as pdf:
        total = len(pdf)
        forms = _form_reader(data) if pdf.get_formtype() != pdfium_c.FORMTYPE_NONE else None
        # Without init_forms pdfium renders form widgets blank.
        pdf.init_forms()
        pages = []
        for index in range(min(total, limits.max_pages)):
            page = pdf[index]
            try:
                pages.append(_read_page(page, index, forms, limits, sink))
            finally:
                page.close()
            page_read(index + 1)
        return pages, total


def _form_reader(data: bytes) -> PdfReader | None:
    """pypdf for field values; a broken form must not make the page text unreadable."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        return reader if has_form_fields(reader) else None
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, NotImplementedError):
        return None


def _read_page(
    page: pdfium.PdfPage,
    index: int,
    forms: PdfReader | None,
    limits: ReadLimits,
    sink: PageImageSink | None,
) -> PageReading:
    frame = page_frame(page)
    layer = text_layer(page, frame)
    fields = _safe_field_words(forms, index, frame)
    filled = any(f.filled for f in fields)
    # Only visible text counts: a scan with an invisible OCR layer is read by our own OCR.
    if not filled and sum(len(w.text) for w in layer.words) < MIN_TEXT_CHARS:
        scanned = _ocr(page, index + 1, limits, sink)
        return scanned.model_copy(update={"hidden": layer.hidden})
    words = _merge(layer.words, fields, checkbox_words(page, frame))
    width, height = frame.display_size
    method: ReadMethod = "acroform" if filled else "text_layer"
    image_key = None
    if sink is not None:
        dpi = render_dpi(page, limits.page_image_dpi, limits.max_image_pixels)
        image = render(page, dpi)
        image_key = sink.put(index + 1, image)
        sink.keep(index + 1, image)
    text, ordered = laid_out(words, width, height, exact_sizes=True)
    return PageReading(
        page=index + 1,
        method=method,
        text=text,
        words=ordered,
        mean_conf=1.0,
        image_key=image_key,
        width=width,
        height=height,
        hidden=layer.hidden,
    )


def _safe_field_words(forms: PdfReader | None, index: int, frame: PageFrame) -> list[FieldWord]:
    if forms is None:
        return []
    try:
        return field_words(forms, index, frame)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError):
        return []


def _merge(text: list[Word], fields: list[FieldWord], marks: list[Word]) -> list[Word]:
    """Page words plus field values; drawn checkboxes under a checkbox widget are dropped."""
    widgets = [f.word.bbox for f in fields if f.is_checkbox]
    kept_marks = [m for m in marks if not any(_overlaps(m.bbox, b) for b in widgets)]
    return text + [f.word for f in fields] + kept_marks


def _overlaps(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def render_dpi(page: pdfium.PdfPage, dpi: int, max_pixels: int) -> float:
    """``dpi``, lowered so that a page with a huge declared size cannot exhaust memory."""
    width, height = page.get_size()
    area_inch = max(width * height, 1.0) / (72.0 * 72.0)
    return min(float(dpi), math.sqrt(max_pixels / area_inch))


def render(page: pdfium.PdfPage, dpi: float) -> Image.Image:
    image: Image.Image = page.render(scale=dpi / 72.0, may_draw_forms=True).to_pil()
    return image


def _ocr(
    page: pdfium.PdfPage, page_no: int, limits: ReadLimits, sink: PageImageSink | None
) -> PageReading:
    dpi = render_dpi(page, limits.ocr_dpi, limits.max_image_pixels)
    return ocr_page(render(page, dpi), page_no, dpi, limits, sink)
