"""The audit trail: every clerk view of personal data and every decision, with who and when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from storage.audit_tables import AuditEvent, AuditKind


@dataclass(frozen=True)
class AuditEntry:
    username: str
    kind: str
    action: str | None
    detail: str | None
    at: datetime


class AuditLog:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def record(self, case_id: str, username: str, kind: AuditKind, *,
               action: str | None = None, detail: str | None = None) -> None:
        with self._sessions.begin() as db:
            db.add(AuditEvent(case_id=case_id, username=username, kind=kind, action=action,
                              detail=detail, at=datetime.now(UTC)))

    def for_case(self, case_id: str, limit: int = 200) -> list[AuditEntry]:
        """Newest first."""
        with self._sessions() as db:
            rows = db.scalars(select(AuditEvent).where(AuditEvent.case_id == case_id)
                              .order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit))
            return [AuditEntry(r.username, r.kind, r.action, r.detail, _aware(r.at)) for r in rows]


def _aware(at: datetime) -> datetime:
    # SQLite hands datetimes back without tzinfo even for timezone=True columns.
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)
