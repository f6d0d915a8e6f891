"""The plate register: reserving personalised licence plates with a database uniqueness guarantee.

``reserve`` inserts and lets the UNIQUE constraint decide (no check-then-insert race); a retry for
the same case finds its own row and returns it, so the approval activity may run twice.
Plates are stored in canonical form (``BO-AB 1234``); callers normalise before calling.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.database import session_factory
from storage.plate_tables import PlateReservation

_CANONICAL = re.compile(r"^[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9]\d{0,3}$")


class PlateRegisterError(Exception):
    pass


class PlateAlreadyTaken(PlateRegisterError):
    def __init__(self) -> None:
        super().__init__("Das Wunschkennzeichen ist bereits reserviert oder vergeben.")


class CaseHoldsOtherPlate(PlateRegisterError):
    def __init__(self) -> None:
        super().__init__("Für diesen Vorgang ist bereits ein anderes Kennzeichen reserviert.")


@dataclass(frozen=True)
class Reservation:
    kennzeichen: str
    case_id: str | None
    status: str
    created_at: datetime


class PlateRegister:
    def __init__(self, db_url: str) -> None:
        self._sessions = session_factory(db_url)

    def is_taken(self, kennzeichen: str, *, except_case: str | None = None) -> bool:
        """Reserved or assigned to anyone but ``except_case`` (a case never blocks itself)."""
        with self._sessions() as session:
            row = _by_plate(session, _canonical(kennzeichen))
        return row is not None and (except_case is None or row.case_id != except_case)

    def reserve(self, kennzeichen: str, case_id: str) -> Reservation:
        plate = _canonical(kennzeichen)
        if not case_id:
            raise ValueError("Eine Reservierung braucht eine Vorgangsnummer.")
        with self._sessions() as session:
            try:
                with session.begin():
                    session.add(PlateReservation(kennzeichen=plate, case_id=case_id,
                                                 status="reserved"))
            except IntegrityError:
                pass  # someone holds the plate or this case already has a row: look which
            mine = session.scalar(select(PlateReservation)
                                  .where(PlateReservation.case_id == case_id))
        if mine is None:
            raise PlateAlreadyTaken()
        if mine.kennzeichen != plate:
            raise CaseHoldsOtherPlate()
        return _reservation(mine)

    def release(self, case_id: str) -> bool:
        """Drops the reservation held by ``case_id`` (never an assigned plate); False if none."""
        with self._sessions() as session, session.begin():
            row = session.scalar(select(PlateReservation).where(
                PlateReservation.case_id == case_id, PlateReservation.status == "reserved"))
            if row is None:
                return False
            session.delete(row)
        return True

    def seed_assigned(self, plates: Iterable[str]) -> int:
        """Load plates that were assigned before antragswerk; returns how many were new."""
        added = 0
        with self._sessions() as session:
            for plate in {_canonical(p) for p in plates}:
                try:
                    with session.begin():
                        session.add(PlateReservation(kennzeichen=plate, case_id=None,
                                                     status="assigned"))
                    added += 1
                except IntegrityError:
                    continue
        return added

    def reservation_for(self, case_id: str) -> Reservation | None:
        with self._sessions() as session:
            row = session.scalar(select(PlateReservation)
                                 .where(PlateReservation.case_id == case_id))
        return _reservation(row) if row else None


def _canonical(kennzeichen: str) -> str:
    plate = " ".join(str(kennzeichen).split()).upper()
    if not _CANONICAL.match(plate):
        raise ValueError("Kennzeichen nicht in der Form 'BO-AB 1234'.")
    return plate


def _by_plate(session: Session, plate: str) -> PlateReservation | None:
    return session.scalar(select(PlateReservation).where(PlateReservation.kennzeichen == plate))


def _reservation(row: PlateReservation) -> Reservation:
    return Reservation(kennzeichen=row.kennzeichen, case_id=row.case_id, status=row.status,
                       created_at=row.created_at)
