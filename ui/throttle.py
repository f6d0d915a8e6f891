"""Login throttling: too many failures for one account (from any address), or from one address
(for any account), refuse logins for a while — the right password included.

Counting per account across addresses is what stops a password guesser who rotates addresses
(or forged ``X-Forwarded-For`` headers); counting per address stops one client spraying many
accounts. The price is that anybody can lock an account for the window; an operator unlocks it
with a password reset (``antragswerk user passwd``), which clears the failures.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from config.settings import Settings
from storage.account_tables import LoginFailure

THROTTLED_MESSAGE = ("Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie {minutes} "
                     "Minuten und versuchen Sie es dann erneut.")


class LoginThrottle:
    def __init__(self, sessions: sessionmaker[Session], *, per_account: int = 5,
                 per_address: int = 20, window: timedelta = timedelta(minutes=15)) -> None:
        self._sessions = sessions
        self._per_account = per_account
        self._per_address = per_address
        self._window = window

    @classmethod
    def from_settings(cls, sessions: sessionmaker[Session], settings: Settings) -> LoginThrottle:
        return cls(sessions, per_account=settings.ui_login_failures_per_account,
                   per_address=settings.ui_login_failures_per_address,
                   window=timedelta(minutes=settings.ui_login_lock_minutes))

    @property
    def message(self) -> str:
        return THROTTLED_MESSAGE.format(minutes=round(self._window.total_seconds() / 60))

    def is_blocked(self, username: str, ip: str) -> bool:
        since = datetime.now(UTC) - self._window
        recent = select(func.count()).select_from(LoginFailure).where(LoginFailure.at >= since)
        with self._sessions() as db:
            for_account = db.scalar(recent.where(LoginFailure.username == username[:64])) or 0
            if for_account >= self._per_account:
                return True
            return (db.scalar(recent.where(LoginFailure.ip == ip[:64])) or 0) >= self._per_address

    def record_failure(self, username: str, ip: str) -> None:
        now = datetime.now(UTC)
        with self._sessions.begin() as db:
            db.execute(delete(LoginFailure).where(LoginFailure.at < now - self._window))
            db.add(LoginFailure(username=username[:64], ip=ip[:64], at=now))

    def clear(self, username: str) -> None:
        """After a successful login or a password reset: the account's failures are forgiven
        (an address's failures for other accounts stay)."""
        with self._sessions.begin() as db:
            db.execute(delete(LoginFailure).where(LoginFailure.username == username[:64]))
