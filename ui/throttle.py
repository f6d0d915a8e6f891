"""Login throttling: too many failures for one user name from one address → refuse for a while."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from storage.account_tables import LoginFailure

MAX_FAILURES = 5
WINDOW = timedelta(minutes=15)
THROTTLED_MESSAGE = (
    "Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie 15 Minuten "
    "und versuchen Sie es dann erneut."
)


class LoginThrottle:
    def __init__(self, sessions: sessionmaker[Session], *, max_failures: int = MAX_FAILURES,
                 window: timedelta = WINDOW) -> None:
        self._sessions = sessions
        self._max = max_failures
        self._window = window

    def is_blocked(self, username: str, ip: str) -> bool:
        since = datetime.now(UTC) - self._window
        with self._sessions() as db:
            count = db.scalar(select(func.count()).select_from(LoginFailure).where(
                LoginFailure.username == username, LoginFailure.ip == ip,
                LoginFailure.at >= since))
        return (count or 0) >= self._max

    def record_failure(self, username: str, ip: str) -> None:
        now = datetime.now(UTC)
        with self._sessions.begin() as db:
            db.execute(delete(LoginFailure).where(LoginFailure.at < now - self._window))
            db.add(LoginFailure(username=username[:64], ip=ip[:64], at=now))

    def clear(self, username: str, ip: str) -> None:
        with self._sessions.begin() as db:
            db.execute(delete(LoginFailure).where(
                LoginFailure.username == username, LoginFailure.ip == ip))
