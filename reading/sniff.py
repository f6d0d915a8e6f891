"""Media type by content (magic bytes); the file name is only a hint for plain text vs. e-mail."""

from __future__ import annotations

import re

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
TIFF = "image/tiff"
TEXT = "text/plain"
EMAIL = "message/rfc822"
UNKNOWN = "application/octet-stream"

IMAGE_TYPES = frozenset({PNG, JPEG, TIFF})

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"\xff\xd8\xff", JPEG),
    (b"II*\x00", TIFF),
    (b"MM\x00*", TIFF),
)
# Executables and archives are refused outright, whatever they are called.
_EXECUTABLE_MAGIC = (b"\x7fELF", b"MZ", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe", b"#!")
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:[ \t]")
_EMAIL_HEADERS = frozenset(
    {b"from", b"to", b"subject", b"date", b"message-id", b"mime-version", b"received",
     b"return-path", b"content-type", b"cc", b"reply-to", b"delivered-to", b"x-mailer"}
)


def is_executable(data: bytes) -> bool:
    return data.startswith(_EXECUTABLE_MAGIC)


def sniff_media_type(data: bytes, filename: str) -> str:
    """Decide the media type from the bytes; the name never overrides what the bytes say."""
    if not data or is_executable(data):
        return UNKNOWN
    for magic, media_type in _MAGIC:
        if data.startswith(magic):
            return media_type
    # PDF readers accept the header anywhere in the first KiB (junk before it is common).
    if b"%PDF-" in data[:1024]:
        return PDF
    if not _looks_like_text(data[:8192]):
        return UNKNOWN
    if _looks_like_email(data) or (
        filename.lower().endswith(".eml") and _HEADER_LINE.match(data.lstrip()[:200])
    ):
        return EMAIL
    return TEXT


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls <= len(head) // 100


def _looks_like_email(data: bytes) -> bool:
    """At least two well-known RFC 822 headers before the first blank line."""
    head = data[:16384].replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    names = {
        line.split(b":", 1)[0].strip().lower()
        for line in head.split(b"\n")
        if _HEADER_LINE.match(line)
    }
    return len(names & _EMAIL_HEADERS) >= 2
