"""What a blank form offers: its printed words and its form fields, with positions."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from domain.documents import Word
from forms.printed_boxes import printed_boxes
from reading.acroform import FormWidget, form_widgets, has_form_fields
from reading.errors import ReadError
from reading.pdf_marks import checkbox_words
from reading.pdf_reader import PDFIUM_LOCK, open_pdf
from reading.pdf_text import page_frame, text_layer

MAX_BLANK_PAGES = 8
"""A form to register is a few pages; more is a brochure, not a form."""


@dataclass
class BlankPage:
    number: int
    width: float
    height: float
    words: list[Word]
    widgets: list[FormWidget] = field(default_factory=list)
    marks: list[Word] = field(default_factory=list)
    """Drawn checkbox squares ("[ ]") of a flat blank."""


@dataclass
class Blank:
    pages: list[BlankPage]

    @property
    def field_names(self) -> list[str]:
        return [w.name for p in self.pages for w in p.widgets if w.kind != "other" and w.name]

    @property
    def has_fields(self) -> bool:
        return bool(self.field_names)


def inspect_blank(data: bytes) -> Blank:
    """The printed words of every page (text layer) and, for an AcroForm, its widgets.

    Raises ``ReadError`` for a file that is not a readable PDF or has no printed text: a blank
    scanned without a text layer cannot name its captions.
    """
    pages: list[BlankPage] = []
    with PDFIUM_LOCK, open_pdf(data) as pdf:
        if len(pdf) > MAX_BLANK_PAGES:
            raise ReadError(f"Ein Formular hat höchstens {MAX_BLANK_PAGES} Seiten.")
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                frame = page_frame(page)
                width, height = frame.display_size
                pages.append(BlankPage(index + 1, width, height, text_layer(page, frame).words,
                                       marks=checkbox_words(page, frame)))
            finally:
                page.close()
    _add_widgets(data, pages)
    if not any(p.widgets for p in pages):
        for page in pages:
            page.widgets = printed_boxes(page.words, page.marks)
    if not any(p.words for p in pages):
        raise ReadError("Das Formular hat keine Textebene; bitte das digitale Blankoformular "
                        "verwenden, nicht einen Scan.")
    return Blank(pages)


def _add_widgets(data: bytes, pages: list[BlankPage]) -> None:
    for page, widgets in zip(pages, pdf_widgets(data), strict=False):
        page.widgets = widgets


def pdf_widgets(data: bytes) -> list[list[FormWidget]]:
    """The AcroForm widgets of every page, with their values; [] for a PDF without fields or
    with fields pypdf cannot read (then the form is read from its boxes like a print)."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        if not has_form_fields(reader):
            return []
        with PDFIUM_LOCK, open_pdf(data) as pdf:
            frames = [page_frame(pdf[i]) for i in range(len(pdf))]
        return [form_widgets(reader, i, frame) for i, frame in enumerate(frames)]
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, ReadError):
        return []
