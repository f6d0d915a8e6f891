"""A step whose activity fails for good hands the case to a clerk with a reason code.

Nothing may fail the workflow, leave it in ``checking`` or hide it from the queue; an approval
effect never stays without its record.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from temporalio.client import Client

from config.settings import Settings
from domain.case import ClerkDecision
from intake.submit import submit_documents
from orchestration.decisions import decide_case
from stack.cases import wait_settled
from storage.audit_tables import AuditEvent
from storage.database import session_factory
from storage.document_store import FileDocumentStore, case_key, original_key, sha256_hex
from storage.plate_register import PlateRegister
from storage.plate_tables import PlateReservation
from tests.pipeline.faults import case_id_of, unwritable
from tests.pipeline.helpers import SUBMITTED, plate_answer, plate_letter, submit_plate_case
from tests.support.scripted_llm import ScriptedLLM

pytestmark = pytest.mark.usefixtures("worker")


def _reservations(settings: Settings, case_id: str) -> int:
    with session_factory(settings.db_url)() as session:
        count = session.scalar(
            select(func.count()).where(PlateReservation.case_id == case_id)
        )
    return int(count or 0)


def _outcome_audits(settings: Settings, case_id: str) -> list[tuple[str, str | None]]:
    with session_factory(settings.db_url)() as session:
        rows = session.scalars(select(AuditEvent).where(
            AuditEvent.case_id == case_id, AuditEvent.kind == "outcome"))
        return [(r.username, r.action) for r in rows]


async def test_failed_outcome_after_approval_returns_the_case_to_review(
    client: Client, settings: Settings, scripted_llm: ScriptedLLM
) -> None:
    result, view = await submit_plate_case(
        client, settings, scripted_llm, name="Ausfall", plate="BO-SS 21"
    )
    assert view.status == "awaiting_review"
    approve = ClerkDecision(
        action="approve", clerk_id="c1", corrections={"kennzeichen": "BO-AF 21"}
    )
    with unwritable(settings.store_dir, case_key(result.case_id, "record.json")):
        # Before: the update failed after QUICK's five attempts, the case stayed in checking.
        after = await decide_case(client, result.case_id, approve)
    assert after.status == "awaiting_review", after.status
    assert after.decision is not None and "outcome_failed" in after.decision.reasons
    assert after.error
    # No reservation without its record: the plate is free again while the clerk looks.
    assert not PlateRegister(settings.db_url).is_taken("BO-AF 21")
    again = await decide_case(client, result.case_id, ClerkDecision(action="approve",
                                                                    clerk_id="c2"))
    assert again.status == "approved" and again.outcome is not None
    assert again.outcome.decided_by == "c2"
    assert again.error is None  # the failure line went with the failure
    assert _reservations(settings, result.case_id) == 1
    assert _outcome_audits(settings, result.case_id) == [("c2", "approve")]
    record = FileDocumentStore(settings.store_dir).get_json(again.outcome.record_key or "")
    assert record["case"]["outcome"]["details"]["kennzeichen"] == "BO-AF 21"


async def test_failed_outcome_on_auto_approval_goes_to_a_clerk(
    client: Client, settings: Settings, scripted_llm: ScriptedLLM
) -> None:
    name, plate = "Selbstlauf", "BO-SL 31"
    files = [("antrag.txt", plate_letter(name, plate))]
    case_id = case_id_of(files)
    scripted_llm.when(name, plate_answer(name, plate))
    with unwritable(settings.store_dir, case_key(case_id, "record.json")):
        result = await submit_documents(
            client, files, application_type="wunschkennzeichen", submitted_at=SUBMITTED,
            settings=settings,
        )
        view = await wait_settled(result.handle, timeout=60)
    assert view.status == "awaiting_review", view.status
    assert view.decision is not None and "outcome_failed" in view.decision.reasons
    assert _reservations(settings, case_id) == 0
    assert _outcome_audits(settings, case_id) == []
    approved = await decide_case(client, case_id, ClerkDecision(action="approve",
                                                                clerk_id="c1"))
    assert approved.status == "approved"
    assert _reservations(settings, case_id) == 1
    assert _outcome_audits(settings, case_id) == [("c1", "approve")]


async def test_auto_approval_writes_an_audit_row_for_the_system(
    client: Client, settings: Settings, scripted_llm: ScriptedLLM
) -> None:
    result, view = await submit_plate_case(
        client, settings, scripted_llm, name="Protokoll", plate="BO-PR 51"
    )
    assert view.status == "approved"
    assert _outcome_audits(settings, result.case_id) == [("system", "approve")]


async def test_failed_reading_goes_to_a_clerk_with_the_original_kept(
    client: Client, settings: Settings, scripted_llm: ScriptedLLM
) -> None:
    files = [("antrag.txt", plate_letter("Unleserlich", "BO-UL 41"))]
    case_id = case_id_of(files)
    store = FileDocumentStore(settings.store_dir)
    doc = sha256_hex(files[0][1])
    with unwritable(settings.store_dir, case_key(case_id, f"readings/{doc[:16]}.json")):
        result = await submit_documents(
            client, files, application_type="wunschkennzeichen", submitted_at=SUBMITTED,
            settings=settings,
        )
        view = await wait_settled(result.handle, timeout=60)
    assert view.status == "awaiting_review", view.status
    assert view.decision is not None and view.decision.reasons == ["reading_failed"]
    assert store.get(original_key(doc)) == files[0][1]
    rejected = await decide_case(client, case_id, ClerkDecision(
        action="reject", clerk_id="c1", reason="Bitte erneut einreichen."))
    assert rejected.status == "rejected"
