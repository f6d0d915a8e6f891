"""Plain text files: decoded (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252)."""

from __future__ import annotations

import codecs

from domain.documents import PageReading, ReadMethod
from reading import errors
from reading.errors import ReadError


def decode_text(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates: tuple[str, ...] = ("utf-16",)
    else:
        candidates = ("utf-8-sig", "cp1252")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text.replace("\r\n", "\n").replace("\r", "\n")
    raise ReadError(errors.TEXT_UNDECODABLE)


def text_page(text: str, page_no: int, method: ReadMethod = "plain_text") -> PageReading:
    """A page without geometry: plain text has no boxes to draw."""
    lines = [line.rstrip() for line in text.strip("\n").split("\n")]
    return PageReading(page=page_no, method=method, text="\n".join(lines), image_key=None)


def read_plain_text(data: bytes) -> list[PageReading]:
    return [text_page(decode_text(data), 1)]
