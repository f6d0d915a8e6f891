"""Which portal (API token name) submitted which case: a portal sees only its own cases."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.database import Base


class PortalSubmission(Base):
    __tablename__ = "ui_portal_submissions"

    case_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    portal: Mapped[str] = mapped_column(String(64), primary_key=True)
    submitted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
