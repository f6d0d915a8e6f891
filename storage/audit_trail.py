"""Audit rows written by the worker: every outcome, by a clerk or by the system.

The review UI records who clicked; this row records what was carried out, so an outcome that
did not come through the UI (auto-approval, or anything else) is in the audit trail too.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.audit_tables import AuditEvent


def record_outcome_audit(
    session: Session, case_id: str, decided_by: str, status: str, reason: str | None
) -> None:
    """In the caller's transaction; once per case (a retried outcome finds its own row)."""
    existing = session.scalar(
        select(AuditEvent.id).where(AuditEvent.case_id == case_id, AuditEvent.kind == "outcome")
    )
    if existing is not None:
        return
    session.add(
        AuditEvent(
            case_id=case_id,
            username=decided_by,
            kind="outcome",
            action="approve" if status == "approved" else "reject",
            detail=reason,
            at=datetime.now(UTC),
        )
    )
