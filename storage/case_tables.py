"""Final case records (for the overview page, exports and retention)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, Float, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.database import Base


class CaseRecordRow(Base):
    __tablename__ = "case_records"

    case_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    application_type: Mapped[str | None] = mapped_column(String(60), index=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    route: Mapped[str | None] = mapped_column(String(20))
    decided_by: Mapped[str] = mapped_column(String(80))
    submitted_at: Mapped[date] = mapped_column(Date)
    finished_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    processing_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    waiting_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    record_key: Mapped[str] = mapped_column(String(200))
    purged: Mapped[bool] = mapped_column(default=False)
