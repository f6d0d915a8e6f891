"""Bad input gets a clear reason and a clerk, never a crash or a silent drop; the original stays."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from pypdf import PdfWriter
from temporalio.client import Client

from config.settings import Settings
from intake.submit import submit_documents
from stack.cases import wait_settled
from storage.document_store import FileDocumentStore, original_key
from tests.pipeline.helpers import SUBMITTED
from tests.reading.builders import encrypted_pdf, png_declaring, text_pdf

pytestmark = pytest.mark.usefixtures("worker")


def _pages(n: int) -> bytes:
    writer = PdfWriter()
    for _ in range(n):
        writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


BAD: dict[str, tuple[str, Callable[[], bytes], str]] = {
    "corrupt_pdf": (
        "antrag.pdf",
        lambda: b"%PDF-1.7\n" + bytes(range(256)) * 20,
        "unreadable_document",
    ),
    "encrypted_pdf": ("antrag.pdf", lambda: encrypted_pdf("geheim"), "unreadable_document"),
    "empty_file": ("antrag.pdf", lambda: b"", "unreadable_document"),
    "executable_as_pdf": (
        "antrag.pdf",
        lambda: b"\x7fELF\x02\x01\x01" + b"\0" * 4000,
        "unreadable_document",
    ),
    "decompression_bomb": (
        "scan.png",
        lambda: png_declaring(100_000, 100_000),
        "unreadable_document",
    ),
    "three_hundred_pages": ("akte.pdf", lambda: _pages(300), "document_truncated"),
}


@pytest.mark.parametrize("name", sorted(BAD))
async def test_bad_document_goes_to_a_clerk_and_is_kept(
    name: str, client: Client, settings: Settings
) -> None:
    filename, make, reason = BAD[name]
    data = make() + (
        b""
        if name in ("empty_file", "encrypted_pdf", "three_hundred_pages", "decompression_bomb")
        else name.encode()
    )
    result = await submit_documents(
        client,
        [(filename, data)],
        application_type="wohnsitzanmeldung",
        submitted_at=SUBMITTED,
        settings=settings,
    )
    view = await wait_settled(result.handle, timeout=180)
    assert view.status == "awaiting_review"
    assert view.decision is not None and reason in view.decision.reasons
    store = FileDocumentStore(settings.store_dir)
    assert store.get(original_key(view.submission.documents[0].doc_id)) == data
    reading = view.readings[0]
    if reason == "unreadable_document":
        assert reading.error, "the clerk needs to see why"


async def test_worker_survives_bad_input_and_keeps_working(
    client: Client, settings: Settings
) -> None:
    result = await submit_documents(
        client,
        [("ok.pdf", text_pdf())],
        application_type="wohnsitzanmeldung",
        submitted_at=SUBMITTED,
        settings=settings,
    )
    view = await wait_settled(result.handle, timeout=120)
    assert view.status in ("awaiting_review", "approved")
    assert view.readings[0].error is None
