"""Reading a submitted document (text layer, form fields or OCR) into the document store."""

from __future__ import annotations

import asyncio
import logging

from PIL import Image
from temporalio import activity
from temporalio.exceptions import CancelledError

from activities import names
from activities.context import ActivityContext
from activities.requests import ReadRequest
from domain.documents import DocumentReading, ReadingSummary
from domain.forms import FormReading
from forms.reader import read_known_form
from reading import ReadLimits, read_document
from reading.progress import reporting_to
from storage.document_store import case_key, original_key

log = logging.getLogger(__name__)


class ReadingActivities:
    def __init__(self, ctx: ActivityContext) -> None:
        self._ctx = ctx

    @activity.defn(name=names.READ_DOCUMENT)
    def read(self, req: ReadRequest) -> ReadingSummary:
        s = self._ctx.settings
        limits = ReadLimits(
            max_pages=s.max_pages_per_document,
            max_bytes=s.max_document_bytes,
            max_image_pixels=s.max_image_pixels,
        )
        prefix = case_key(req.case_id, f"pages/{req.doc.doc_id[:16]}")
        try:
            data = self._ctx.store.get(original_key(req.doc.doc_id))
        except KeyError:
            reading = DocumentReading(
                doc=req.doc, error="Das Original fehlt im Dokumentenspeicher."
            )
        else:
            rasters: dict[int, Image.Image] = {}
            # A beat per page: a long scan stays alive, a dead worker is noticed within the
            # heartbeat timeout, not after the whole document's start-to-close timeout.
            with reporting_to(activity.heartbeat):
                reading = read_document(
                    data, req.doc, limits=limits, store=self._ctx.store, image_prefix=prefix,
                    rasters=rasters,
                )
                reading.form = known_form(data, reading, rasters)
        key = case_key(req.case_id, f"readings/{req.doc.doc_id[:16]}.json")
        self._ctx.store.put_json(key, reading)
        return summarize(reading, key)


def known_form(data: bytes, reading: DocumentReading,
               rasters: dict[int, Image.Image]) -> FormReading | None:
    """The template's reading of a registered form; None for any other document, and when the
    template reader fails (the model then reads the document, as for an unknown layout)."""
    try:
        return read_known_form(data, reading, rasters)
    except (CancelledError, asyncio.CancelledError):
        raise  # the activity was cancelled (heartbeat timeout, shutdown): not a template bug
    except Exception as exc:  # a template bug must not cost the case its reading
        log.error("known-form reading failed: %s", type(exc).__name__)
        return None


def summarize(reading: DocumentReading, key: str) -> ReadingSummary:
    confs = [p.mean_conf for p in reading.pages]
    return ReadingSummary(
        doc=reading.doc,
        reading_key=key,
        pages=len(reading.pages),
        chars=sum(len(p.text) for p in reading.pages),
        methods=sorted({p.method for p in reading.pages}),
        mean_conf=sum(confs) / len(confs) if confs else 0.0,
        error=reading.error,
        truncated=reading.truncated,
        form=reading.form.template if reading.form is not None else None,
    )


def load_reading(ctx: ActivityContext, summary: ReadingSummary) -> DocumentReading:
    return DocumentReading.model_validate(ctx.store.get_json(summary.reading_key))
