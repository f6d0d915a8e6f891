"""Server-side review-UI sessions: the cookie carries a random id, this table says if it is live."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.database import Base


class UiSession(Base):
    """One login. Only the SHA-256 of the session id is kept, so a copy of the database opens
    no session; deleting the row ends the session wherever its cookie is."""

    __tablename__ = "ui_sessions"

    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
