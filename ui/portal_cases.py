"""Ownership of cases by portals: the status of a case is only for the portal that sent it.

The same documents sent by two portals are one case (the id is the content hash); both then
own it, since each of them holds the documents anyway.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session, sessionmaker

from storage.portal_tables import PortalSubmission


class PortalCases:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def record(self, portal: str, case_id: str) -> None:
        with self._sessions.begin() as db:
            if db.get(PortalSubmission, (case_id, portal)) is None:
                db.add(PortalSubmission(case_id=case_id, portal=portal,
                                        submitted_at=datetime.now(UTC)))

    def owns(self, portal: str, case_id: str) -> bool:
        with self._sessions() as db:
            return db.get(PortalSubmission, (case_id, portal)) is not None
