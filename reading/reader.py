"""``read_document``: bytes of one submitted document -> ``DocumentReading``; never raises."""

from __future__ import annotations

import logging

from PIL import Image

from domain.documents import DocumentReading, DocumentRef, PageReading
from reading import errors, sniff
from reading.email_text import AttachmentReader, read_email
from reading.errors import ReadError
from reading.images import open_image, read_image
from reading.limits import ReadLimits
from reading.page_images import PageImageSink
from reading.pdf_reader import read_pdf
from reading.plain_text import read_plain_text
from storage.document_store import FileDocumentStore

log = logging.getLogger(__name__)

# Attached images smaller than this are logos or signatures, not documents.
_MIN_ATTACHMENT_PIXELS = 250_000
DEFAULT_LIMITS = ReadLimits()  # frozen, so one shared default is safe
KEPT_RASTERS = 4
"""Registered forms are short; their first pages' images are kept for reading their boxes."""


def read_document(
    data: bytes,
    doc: DocumentRef,
    *,
    limits: ReadLimits = DEFAULT_LIMITS,
    store: FileDocumentStore | None = None,
    image_prefix: str | None = None,
    rasters: dict[int, Image.Image] | None = None,
) -> DocumentReading:
    """``rasters``, when given, receives the first ``KEPT_RASTERS`` page images as read (for a
    registered form's boxes)."""
    stored = store is not None and image_prefix
    sink = None
    if stored or rasters is not None:
        sink = PageImageSink(store if stored else None, image_prefix or "",
                             keep_rasters=KEPT_RASTERS if rasters is not None else 0,
                             rasters=rasters if rasters is not None else {})
    try:
        _check_size(data, limits)
        media_type = sniff.sniff_media_type(data, doc.filename)
        if media_type == sniff.EMAIL:
            pages, total = read_email(data, _attachment_reader(limits, sink), limits.max_pages)
        else:
            pages, total = _read_pages(data, media_type, limits, sink)
    except ReadError as exc:
        return _failed(doc, str(exc))
    except MemoryError:
        return _failed(doc, errors.INTERNAL)
    except Exception as exc:  # a reader bug must not stop the workflow; keep the type only
        log.error("reading failed: %s", type(exc).__name__)
        return _failed(doc, errors.INTERNAL)
    if not pages:
        return _failed(doc, errors.NO_PAGES)
    return DocumentReading(
        doc=doc, pages=pages, error=None, page_count=total, truncated=total > len(pages)
    )


def _failed(doc: DocumentRef, message: str) -> DocumentReading:
    return DocumentReading(doc=doc, pages=[], error=message, truncated=False, page_count=0)


def _check_size(data: bytes, limits: ReadLimits) -> None:
    if not data:
        raise ReadError(errors.EMPTY)
    if len(data) > limits.max_bytes:
        raise ReadError(
            errors.TOO_LARGE.format(size_mb=len(data) / 2**20, limit_mb=limits.max_bytes / 2**20)
        )


def _read_pages(
    data: bytes, media_type: str, limits: ReadLimits, sink: PageImageSink | None
) -> tuple[list[PageReading], int]:
    if media_type == sniff.PDF:
        return read_pdf(data, limits, sink)
    if media_type in sniff.IMAGE_TYPES:
        return read_image(data, limits, sink)
    if media_type == sniff.TEXT:
        return read_plain_text(data), 1
    if sniff.is_executable(data):
        raise ReadError(errors.EXECUTABLE)
    raise ReadError(errors.UNSUPPORTED.format(media_type=media_type))


def _attachment_reader(limits: ReadLimits, sink: PageImageSink | None) -> AttachmentReader:
    def read(data: bytes, filename: str, first_page: int) -> list[PageReading]:
        media_type = sniff.sniff_media_type(data, filename)
        if media_type not in sniff.IMAGE_TYPES and media_type != sniff.PDF:
            raise ReadError(errors.UNSUPPORTED.format(media_type=media_type))
        if media_type in sniff.IMAGE_TYPES:
            width, height = open_image(data, limits).size
            if width * height < _MIN_ATTACHMENT_PIXELS:
                return []
        _check_size(data, limits)
        shift = first_page - 1
        part_sink = sink.shifted(shift) if sink is not None else None
        pages, _ = _read_pages(data, media_type, limits, part_sink)
        return [p.model_copy(update={"page": p.page + shift}) for p in pages]

    return read
