"""What must hold for every case after any fault: final or with a clerk, never failed or stuck,
the effect exactly once for an approval and never otherwise, one outcome audit row per final
case, every original retrievable."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from temporalio.client import Client, WorkflowExecutionStatus

from config.settings import Settings
from domain.case import CaseView
from storage.audit_tables import AuditEvent
from storage.database import session_factory
from storage.document_store import FileDocumentStore, original_key
from storage.plate_tables import PlateReservation
from workflows.case_workflow import CaseWorkflow

SETTLED = {"awaiting_review", "approved", "rejected"}


@dataclass(frozen=True)
class CaseCheck:
    case_id: str
    status: str
    reservations: int
    outcome_audits: int


def _count(settings: Settings, column: object, *where: object) -> int:
    with session_factory(settings.db_url)() as session:
        return int(session.scalar(select(func.count(column)).where(*where)) or 0)  # type: ignore[arg-type]


async def check_case(client: Client, settings: Settings, case_id: str) -> CaseCheck:
    handle = client.get_workflow_handle_for(CaseWorkflow.run, case_id)
    described = await handle.describe()
    assert described.status in (
        WorkflowExecutionStatus.RUNNING, WorkflowExecutionStatus.COMPLETED
    ), (case_id, described.status)
    view: CaseView = await handle.query(CaseWorkflow.view)
    assert view.status in SETTLED, (case_id, view.status)
    running = described.status == WorkflowExecutionStatus.RUNNING
    assert running == (view.status == "awaiting_review"), (case_id, view.status)
    if running:
        pending = described.raw_description.pending_activities
        assert not pending, (case_id, "awaiting review with activities pending")
    store = FileDocumentStore(settings.store_dir)
    for doc in view.submission.documents:
        assert store.exists(original_key(doc.doc_id)), (case_id, "original lost")
    reservations = _count(settings, PlateReservation.kennzeichen,
                          PlateReservation.case_id == case_id)
    audits = _count(settings, AuditEvent.id, AuditEvent.case_id == case_id,
                    AuditEvent.kind == "outcome")
    plates = view.classification is not None and (
        view.classification.application_type == "wunschkennzeichen"
    )
    if view.status == "approved":
        assert view.outcome is not None and view.outcome.record_key
        assert store.exists(view.outcome.record_key), (case_id, "record missing")
        assert reservations == (1 if plates else 0), (case_id, reservations)
    else:
        assert reservations == 0, (case_id, "effect without its record")
    assert audits == (0 if running else 1), (case_id, audits)
    return CaseCheck(case_id, view.status, reservations, audits)
