"""Audit trail of the review UI: who saw a case's personal data, who decided what and when."""

from __future__ import annotations

from datetime import datetime
from typing import Literal, get_args

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.database import Base

AuditKind = Literal["view_personal_data", "decision", "download_artefact", "outcome"]
AUDIT_KINDS: tuple[AuditKind, ...] = get_args(AuditKind)


class AuditEvent(Base):
    __tablename__ = "ui_audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = mapped_column(String(128), index=True)
    username: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    action: Mapped[str | None] = mapped_column(String(32), nullable=True)
    detail: Mapped[str | None] = mapped_column(Text, nullable=True,
                                               doc="Field keys or reason; never field values")
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
