"""The plate register's table: one row per reserved or assigned licence plate.

The UNIQUE constraints are the guarantee: two cases can never hold the same plate, and a case
holds at most one plate, however many workers race.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from sqlalchemy import CheckConstraint, DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.database import Base

PlateStatus = Literal["reserved", "assigned"]


def _now() -> datetime:
    return datetime.now(UTC)


class PlateReservation(Base):
    __tablename__ = "plate_reservations"
    __table_args__ = (CheckConstraint("status IN ('reserved', 'assigned')", name="plate_status"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    kennzeichen: Mapped[str] = mapped_column(String(16), unique=True, nullable=False)
    # NULL for plates assigned before antragswerk (seeded from configuration).
    case_id: Mapped[str | None] = mapped_column(String(128), unique=True, nullable=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="reserved")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
