"""Real review cases for the UI tests: a PDF plate application that a rule sends to a clerk.

The PDF has a text layer, so the real reader renders a page image and the real extraction step
locates evidence boxes; the scripted model answers with the fields written in the letter.
"""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass

from fastapi import FastAPI
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from temporalio.client import Client

from config.settings import Settings
from domain.case import CaseView
from intake.submit import submit_documents
from stack.cases import wait_settled
from tests.support.scripted_llm import ScriptedLLM
from ui.accounts import AccountService

PASSWORD = "ui-test-passwort-1"
STREET = "Kortumstraße"


@dataclass(frozen=True)
class ReviewCase:
    view: CaseView
    surname: str
    given_name: str

    @property
    def case_id(self) -> str:
        return self.view.case_id

    @property
    def pii(self) -> list[str]:
        return [self.surname, self.given_name, STREET]


def plate_pdf(surname: str, given: str, plate: str) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    lines = [
        "Stadt Bochum - Strassenverkehrsamt",
        "Antrag auf Reservierung eines Wunschkennzeichens",
        "",
        f"Familienname: {surname}",
        f"Vorname(n): {given}",
        f"Anschrift: {STREET} 12, 44787 Bochum",
        f"Gewuenschtes Kennzeichen: {plate}",
        "Fahrzeugart: PKW",
        f"Vorgang {uuid.uuid4().hex[:12]}",
        f"Unterschrift: {given} {surname}",
    ]
    y = 780
    for line in lines:
        pdf.setFont("Helvetica-Bold" if y == 760 else "Helvetica", 13)
        pdf.drawString(72, y, line)
        y -= 22
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def plate_answer(surname: str, given: str, plate: str) -> dict[str, object]:
    return {"halter": {"familienname": surname, "vornamen": given, "anschrift": {
        "strasse": STREET, "hausnummer": "12", "plz": "44787", "ort": "Bochum"}},
        "kennzeichen": plate, "fahrzeugart": "pkw"}


async def submit_review_case(client: Client, settings: Settings, llm: ScriptedLLM,
                             surname: str, *, given: str = "Mirela",
                             plate: str = "BO-SS 12") -> ReviewCase:
    """A case that waits for a clerk: the letters SS are not allowed (rule K3)."""
    llm.when(surname, plate_answer(surname, given, plate))
    result = await submit_documents(client, [("antrag.pdf", plate_pdf(surname, given, plate))],
                                    application_type="wunschkennzeichen", settings=settings)
    view = await wait_settled(result.handle, timeout=120)
    assert view.status == "awaiting_review", view.decision
    return ReviewCase(view, surname, given)


def ensure_users(app: FastAPI) -> None:
    accounts: AccountService = app.state.ui.accounts
    for name, role in (("ui-clara", "clerk"), ("ui-carl", "clerk"), ("ui-eva", "evaluator"),
                       ("ui-otto", "process_owner")):
        if accounts.get(name) is None:
            accounts.add_user(name, role, PASSWORD)
