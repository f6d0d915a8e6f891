"""Server-side sessions of the review UI.

The signed cookie (Starlette's SessionMiddleware) only carries a random session id next to the
CSRF token and flash messages; whether that id still opens anything is decided here on every
request. Logout, a password change and a deactivation delete the rows, so a copied cookie is
worthless afterwards. Sessions end after an idle time and, in any case, after an absolute time.
"""

from __future__ import annotations

import hashlib
import ipaddress
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from config.settings import Settings
from storage.session_tables import UiSession

SESSION_ID = "sitzung"
# Writing last-seen on every request would make every page view a SQLite write.
TOUCH_INTERVAL = timedelta(seconds=60)


def _digest(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


def _aware(at: datetime) -> datetime:
    # SQLite hands datetimes back without tzinfo even for timezone=True columns.
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def end_sessions_of(db: Session, username: str) -> None:
    """Inside the caller's transaction (password change, deactivation): all of a user's logins."""
    db.execute(delete(UiSession).where(UiSession.username == username))


def secure_cookie(settings: Settings) -> bool:
    """``Secure`` unless configured otherwise or served on loopback only (local demo, no TLS)."""
    if settings.ui_secure_cookie is not None:
        return settings.ui_secure_cookie
    if settings.ui_host == "localhost":
        return False
    try:
        return not ipaddress.ip_address(settings.ui_host).is_loopback
    except ValueError:
        return True


class SessionStore:
    def __init__(self, sessions: sessionmaker[Session], *, idle: timedelta,
                 absolute: timedelta) -> None:
        self._sessions = sessions
        self._idle = idle
        self.absolute = absolute

    @classmethod
    def from_settings(cls, sessions: sessionmaker[Session], settings: Settings) -> SessionStore:
        return cls(sessions, idle=timedelta(minutes=settings.ui_session_idle_minutes),
                   absolute=timedelta(hours=settings.ui_session_absolute_hours))

    def start(self, username: str) -> str:
        session_id = secrets.token_urlsafe(32)
        now = datetime.now(UTC)
        with self._sessions.begin() as db:
            # Abandoned sessions (browser closed without logout) are pruned here.
            db.execute(delete(UiSession).where(
                (UiSession.last_seen_at < now - self._idle)
                | (UiSession.created_at < now - self.absolute)))
            db.add(UiSession(id_hash=_digest(session_id), username=username, created_at=now,
                             last_seen_at=now))
        return session_id

    def username(self, session_id: object) -> str | None:
        """The user of a live session (and the session marked as used), else ``None``."""
        if not isinstance(session_id, str):
            return None
        now = datetime.now(UTC)
        with self._sessions.begin() as db:
            row = db.scalar(select(UiSession).where(UiSession.id_hash == _digest(session_id)))
            if row is None:
                return None
            last_seen = _aware(row.last_seen_at)
            if now - _aware(row.created_at) > self.absolute or now - last_seen > self._idle:
                db.delete(row)
                return None
            if now - last_seen > TOUCH_INTERVAL:
                row.last_seen_at = now
            return row.username

    def end(self, session_id: object) -> None:
        if isinstance(session_id, str):
            with self._sessions.begin() as db:
                db.execute(delete(UiSession).where(UiSession.id_hash == _digest(session_id)))
