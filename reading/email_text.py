"""E-mails (.eml): header summary and body as page 1, readable attachments as further pages."""

from __future__ import annotations

import email
from collections.abc import Callable
from email import policy
from email.message import EmailMessage, Message

from domain.documents import PageReading
from reading import errors
from reading.errors import ReadError
from reading.html_text import html_to_text
from reading.plain_text import text_page

AttachmentReader = Callable[[bytes, str, int], list[PageReading]]
"""(bytes, file name, first page number) -> pages; raises ReadError when unreadable."""

_HEADERS = (("Betreff", "subject"), ("Von", "from"), ("An", "to"), ("Datum", "date"))


def read_email(
    data: bytes, read_attachment: AttachmentReader, max_pages: int
) -> tuple[list[PageReading], int]:
    """Pages read and the number of pages the message would have without the page limit."""
    try:
        message = email.message_from_bytes(data, policy=policy.default)
    except (ValueError, TypeError, IndexError) as exc:
        raise ReadError(errors.EMAIL_CORRUPT) from exc
    if not isinstance(message, EmailMessage):
        raise ReadError(errors.EMAIL_CORRUPT)
    notes: list[str] = []
    pages: list[PageReading] = []
    total = 1
    for number, part in enumerate(message.iter_attachments(), 1):
        payload = _payload(part)
        if not payload:
            continue
        if len(pages) >= max_pages - 1:
            total += 1  # not read: the page limit is reached, the reading is truncated
            continue
        try:
            found = read_attachment(payload, part.get_filename() or "", 2 + len(pages))
        except ReadError as exc:
            notes.append(f"[Anhang {number} nicht lesbar: {exc}]")
            continue
        total += len(found)
        pages.extend(found[: max_pages - 1 - len(pages)])
    first = text_page(_summary(message) + "\n\n" + _body(message) + _notes(notes), 1, "email")
    return [first, *pages], total


def _summary(message: EmailMessage) -> str:
    lines = []
    for label, name in _HEADERS:
        value = message.get(name)
        if value:
            lines.append(f"{label}: {' '.join(str(value).split())}")
    return "\n".join(lines)


def _body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, ValueError, UnicodeError):
        raw = part.get_payload(decode=True)
        content = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else ""
    if not isinstance(content, str):
        return ""
    return html_to_text(content) if part.get_content_subtype() == "html" else content.strip()


def _payload(part: Message) -> bytes:
    raw = part.get_payload(decode=True)
    return raw if isinstance(raw, bytes) else b""


def _notes(notes: list[str]) -> str:
    return "\n\n" + "\n".join(notes) if notes else ""
