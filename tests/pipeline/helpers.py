"""Small submissions built in the tests (plain-text letters: fast, no OCR)."""

from __future__ import annotations

import uuid
from datetime import date

from temporalio.client import Client

from config.settings import Settings
from domain.case import CaseView
from intake.submit import SubmitResult, submit_documents
from stack.cases import wait_settled
from tests.support.scripted_llm import ScriptedLLM

SUBMITTED = date(2026, 10, 14)


def plate_letter(name: str, plate: str) -> bytes:
    return (
        "Antrag auf Reservierung eines Wunschkennzeichens\n\n"
        f"Halter: {name} Beispiel\nVorname(n): Jana\nFamilienname: {name}\n"
        "Anschrift: Kortumstraße 12, 44787 Bochum\n"
        f"Gewünschtes Kennzeichen: {plate}\nFahrzeugart: PKW\n"
        f"Referenz {uuid.uuid4().hex}\n\nMit freundlichen Grüßen\nJana {name}\n"
    ).encode()


def plate_answer(name: str, plate: str) -> dict[str, object]:
    return {
        "halter": {
            "familienname": name,
            "vornamen": "Jana",
            "anschrift": {
                "strasse": "Kortumstraße",
                "hausnummer": "12",
                "plz": "44787",
                "ort": "Bochum",
            },
        },
        "kennzeichen": plate,
        "fahrzeugart": "pkw",
    }


async def submit_plate_case(
    client: Client,
    settings: Settings,
    llm: ScriptedLLM,
    *,
    name: str,
    plate: str,
    answers: list[object] | None = None,
) -> tuple[SubmitResult, CaseView]:
    result = await start_plate_case(client, settings, llm, name=name, plate=plate,
                                    answers=answers)
    view = await wait_settled(result.handle, timeout=120)
    return result, view


async def start_plate_case(client: Client, settings: Settings, llm: ScriptedLLM, *,
                           name: str, plate: str, answers: list[object] | None = None
                           ) -> SubmitResult:
    """Scripts the model's answer for this letter and submits it (does not wait)."""
    llm.when(name, *(answers or [plate_answer(name, plate)]))  # type: ignore[arg-type]
    return await submit_documents(
        client,
        [("antrag.txt", plate_letter(name, plate))],
        application_type="wunschkennzeichen",
        submitted_at=SUBMITTED,
        settings=settings,
    )
