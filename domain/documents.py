"""Submitted documents and what reading them produced.

Coordinates are normalised to the page (0..1, origin top-left) so that the review UI can draw
evidence boxes over a page image of any resolution.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from domain.boxes import BBox
from domain.forms import FormReading

__all__ = ["BBox", "DocumentReading", "DocumentRef", "PageReading", "ReadingSummary", "Word"]


ReadMethod = Literal["text_layer", "acroform", "ocr", "plain_text", "email"]


class DocumentRef(BaseModel):
    """A submitted original in the document store (claim check: only this travels in Temporal)."""

    doc_id: str = Field(description="sha256 of the original bytes; also its store key")
    filename: str
    media_type: str = "application/octet-stream"
    size: int = 0


class Word(BaseModel):
    text: str
    bbox: BBox
    conf: float = Field(1.0, description="0..1; 1.0 for digital text")
    alt: str | None = Field(
        None, description="A second OCR reading that differs only in diacritics (Amelie / "
        "Amélie): which one is printed is uncertain, so a value read from it needs a clerk")


HiddenReason = Literal["invisible", "background_colour", "outside_crop_box", "tiny"]


class HiddenText(BaseModel):
    """Text in a PDF's text layer that a reader of the page cannot see (render mode 3, the
    colour of what is behind it, outside the crop box, a font too small to read). It is kept
    out of ``text`` and ``words`` (never evidence, never sent to the model) and shown to the
    clerk as a warning."""

    text: str
    reason: HiddenReason
    bbox: BBox


class PageReading(BaseModel):
    page: int = Field(description="1-based page number")
    method: ReadMethod
    text: str = Field(description="Page text in reading order, one visual line per line")
    words: list[Word] = Field(default_factory=list,
                              description="Its words in the reading order of ``text``")
    mean_conf: float = 1.0
    image_key: str | None = Field(None, description="Store key of a rendered PNG of the page")
    width: float = 0.0
    height: float = 0.0
    hidden: list[HiddenText] = Field(default_factory=list,
                                     description="Hidden text of the page's PDF text layer")


class DocumentReading(BaseModel):
    """Everything read from one document; stored as JSON, referenced by ``ReadingSummary``."""

    doc: DocumentRef
    pages: list[PageReading] = Field(default_factory=list)
    error: str | None = Field(None, description="Why the document is unreadable (German, no PII)")
    truncated: bool = Field(False, description="Only the first pages were read (page limit)")
    page_count: int = 0
    form: FormReading | None = Field(
        None, description="Set when the document is a registered form, read by its template")

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.pages)


class ReadingSummary(BaseModel):
    """What a workflow needs to know about a reading, without the text itself."""

    doc: DocumentRef
    reading_key: str
    pages: int
    chars: int
    methods: list[ReadMethod]
    mean_conf: float
    error: str | None = None
    truncated: bool = False
    form: str | None = Field(None, description="The registered form it was read by, if any")
