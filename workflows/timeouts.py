"""Activity timeouts sized from the work, and one short heartbeat timeout for the long steps.

A dead worker is noticed when its heartbeats stop, so the heartbeat timeout bounds how long an
in-flight case waits after ``kill -9``; the start-to-close timeout only bounds a live but stuck
attempt and is sized from the most work one attempt can have. Pure constants: the workflow
imports this module, so it reads no settings (changing a timeout keeps replay working).
"""

from __future__ import annotations

from datetime import timedelta

HEARTBEAT = timedelta(seconds=30)
"""Reading beats after every page, extraction every few seconds while the model works."""

_PAGE = timedelta(seconds=30)
"""One page on a busy 2-core machine: OCR, deskew and the second ``Latin`` pass (4.7 s typical)."""
_MAX_PAGES = 40
"""``ANTRAGSWERK_MAX_PAGES_PER_DOCUMENT`` default: further pages are not read."""
_TEXT = timedelta(minutes=2)

_MODEL_CALL = timedelta(seconds=180)
"""``ANTRAGSWERK_LLM_TIMEOUT_SECONDS`` default: one request to the model."""
_MODEL_CALLS = 4
"""The answer and its one corrective retry (``extractors/structured_call.py``), then the same
for the second reading before an auto-approval (``extractors/confirming_reading.py``)."""


def reading(media_type: str) -> timedelta:
    """Plain text is one page; PDFs, images and e-mails (attachments) up to the page limit."""
    if media_type == "text/plain":
        return _TEXT
    return _PAGE * _MAX_PAGES + timedelta(minutes=1)


EXTRACTION = _MODEL_CALL * _MODEL_CALLS + timedelta(minutes=2)
