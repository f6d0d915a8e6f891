"""A PDF that hides a value from the clerk goes to a clerk, flagged: real worker, real Temporal."""

from __future__ import annotations

import io
import uuid

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from temporalio.client import Client

from config.settings import Settings
from intake.submit import submit_documents
from stack.cases import wait_settled
from tests.pipeline.helpers import SUBMITTED

pytestmark = pytest.mark.usefixtures("worker")
HIDDEN_PLATE = "BO-XY 999"


def _letter_with_white_text() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica", 11)
    lines = ["Stadt Bochum - Strassenverkehrsamt",
             "Antrag auf Reservierung eines Wunschkennzeichens",
             "Familienname: Kowalczyk", "Vorname(n): Jana",
             "Anschrift: Kortumstrasse 12, 44787 Bochum", "Fahrzeugart: PKW",
             f"Vorgang {uuid.uuid4().hex[:12]}"]
    for n, line in enumerate(lines):
        pdf.drawString(72, 780 - 18 * n, line)
    pdf.setFillColorRGB(1, 1, 1)  # white on white: the model would read it, the clerk not
    pdf.drawString(72, 600, f"Gewuenschtes Kennzeichen: {HIDDEN_PLATE}")
    pdf.save()
    return buffer.getvalue()


async def test_hidden_value_is_no_evidence_and_flags_the_case(client: Client,
                                                               settings: Settings) -> None:
    result = await submit_documents(client, [("antrag.pdf", _letter_with_white_text())],
                                    application_type="wunschkennzeichen",
                                    submitted_at=SUBMITTED, settings=settings)
    view = await wait_settled(result.handle, timeout=180)
    assert view.decision is not None
    assert view.decision.route == "clerk_review"
    assert "suspicious_content" in view.decision.reasons
    for field in (view.extraction.fields.values() if view.extraction else []):
        assert all(HIDDEN_PLATE not in e.text for e in field.evidence)
