"""The text a reader can get out of a document file without OCR (for checking PII strings)."""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from pypdf import PdfReader

from evals.generator.catalog import RASTER_EXTENSIONS

logging.getLogger("pypdf").setLevel(logging.ERROR)
MIN_TEXT_LAYER = 20  # characters; below this a PDF counts as image-only


def normalised(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    parts = [page.extract_text() or "" for page in reader.pages]
    for field in (reader.get_fields() or {}).values():  # AcroForm values are not page text
        value = field.get("/V")
        if isinstance(value, str) and not value.startswith("/"):
            parts.append(value)
    return "\n".join(parts)


def eml_text(data: bytes) -> str:
    message = message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    parts = [str(message.get("From", "")), str(message.get("Subject", ""))]
    for part in message.walk():
        if part.is_multipart():
            continue
        payload = part.get_content()
        if part.get_content_type() == "application/pdf" and isinstance(payload, bytes):
            parts.append(pdf_text(payload))
        elif isinstance(payload, str):
            parts.append(payload)
    return "\n".join(parts)


def document_text(path: Path) -> str | None:
    """The normalised text of the document, or None for a raster document (image or
    image-only PDF)."""
    suffix = path.suffix.lower()
    data = path.read_bytes()
    if suffix in RASTER_EXTENSIONS:
        return None
    if suffix == ".pdf":
        text = normalised(pdf_text(data))
        return text if len(text) >= MIN_TEXT_LAYER else None
    if suffix == ".eml":
        return normalised(eml_text(data))
    return normalised(data.decode("utf-8"))
