"""Local user accounts and portal API tokens (the only place that touches their tables)."""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from config.settings import Settings, get_settings
from storage.account_tables import ROLES, ApiToken, Role, UserAccount
from storage.database import session_factory
from ui.sessions import end_sessions_of

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
_HASHER = PasswordHasher()
# Verifying against this keeps the time of "unknown user" equal to "wrong password".
_DUMMY_HASH = _HASHER.hash("antragswerk-timing-equaliser")
# At most two verifications at once: each already uses several cores (argon2 lanes), and a burst
# of failed logins running side by side starved the event loop thread of CPU (static-file p95
# 255 ms with 8 at once on 2 cores, 64 ms with this bound; benchmarks/login_contention.py).
# Logins queue instead, while pages and static files stay quick.
_VERIFYING = threading.BoundedSemaphore(2)
MIN_PASSWORD_LENGTH = 10
DEMO_USER = "demo"
DEMO_CREDENTIALS_FILE = "demo-credentials.txt"


class AccountError(ValueError):
    """A German message for the operator; never contains a password."""


@dataclass(frozen=True)
class User:
    username: str
    role: Role
    active: bool = True

    @property
    def sees_personal_data(self) -> bool:
        return self.role in ("clerk", "admin")

    @property
    def may_decide(self) -> bool:
        return self.role in ("clerk", "admin")

    @property
    def is_demo(self) -> bool:
        """The demo clerk of ``antragswerk up --demo``; the UI says so on every page."""
        return self.username == DEMO_USER


def _as_role(value: str) -> Role:
    for role in ROLES:
        if role == value:
            return role
    raise AccountError(f"Unbekannte Rolle „{value}“; erlaubt: {', '.join(ROLES)}.")


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class AccountService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def add_user(self, username: str, role: str, password: str, *,
                 demo: bool = False) -> User:
        checked_role = _as_role(role)
        if not _USERNAME.match(username):
            raise AccountError(
                "Benutzername: 2–64 Zeichen, Kleinbuchstaben, Ziffern, Punkt, Bindestrich.")
        if username == DEMO_USER and not demo:
            # The name marks the demo account in the UI; a real clerk must not look like one.
            raise AccountError(f"Der Name „{DEMO_USER}“ ist dem Demo-Zugang vorbehalten.")
        _check_password(password)
        with self._sessions.begin() as db:
            if db.scalar(select(UserAccount).where(UserAccount.username == username)):
                raise AccountError(f"Den Benutzer „{username}“ gibt es schon.")
            db.add(UserAccount(username=username, role=checked_role,
                               password_hash=_HASHER.hash(password), created_at=_now()))
        return User(username, checked_role)

    def set_password(self, username: str, password: str) -> None:
        """A new password ends every session of the user (a stolen cookie dies with the old
        password)."""
        _check_password(password)
        with self._sessions.begin() as db:
            account = self._existing(db, username)
            account.password_hash = _HASHER.hash(password)
            end_sessions_of(db, username)

    def deactivate(self, username: str) -> None:
        """The account can no longer log in, and its open sessions end now."""
        with self._sessions.begin() as db:
            self._existing(db, username).active = False
            end_sessions_of(db, username)

    def activate(self, username: str) -> None:
        with self._sessions.begin() as db:
            self._existing(db, username).active = True

    def exists(self, username: str) -> bool:
        with self._sessions() as db:
            return self._account(db, username) is not None

    def get(self, username: str) -> User | None:
        with self._sessions() as db:
            account = self._account(db, username)
            return _user(account) if account is not None and account.active else None

    def list_users(self) -> list[User]:
        with self._sessions() as db:
            rows = db.scalars(select(UserAccount).order_by(UserAccount.username))
            return [_user(a) for a in rows]

    def authenticate(self, username: str, password: str) -> User | None:
        with self._sessions.begin() as db:
            account = self._account(db, username)
            if account is None or not account.active:
                _verify(_DUMMY_HASH, password)
                return None
            if not _verify(account.password_hash, password):
                return None
            if _HASHER.check_needs_rehash(account.password_hash):
                account.password_hash = _HASHER.hash(password)
            return _user(account)

    def create_token(self, name: str) -> str:
        """A new portal token; shown once, only its digest is stored."""
        if not _USERNAME.match(name):
            raise AccountError("Tokenname: 2–64 Zeichen, Kleinbuchstaben, Ziffern, . _ -")
        token = "aw_" + secrets.token_urlsafe(32)
        with self._sessions.begin() as db:
            if db.scalar(select(ApiToken).where(ApiToken.name == name)):
                raise AccountError(f"Ein Token „{name}“ gibt es schon.")
            db.add(ApiToken(name=name, token_hash=token_digest(token), created_at=_now()))
        return token

    def revoke_token(self, name: str) -> None:
        with self._sessions.begin() as db:
            row = db.scalar(select(ApiToken).where(ApiToken.name == name))
            if row is None:
                raise AccountError(f"Ein Token „{name}“ gibt es nicht.")
            row.revoked = True

    def token_owner(self, token: str) -> str | None:
        with self._sessions() as db:
            row = db.scalar(select(ApiToken).where(ApiToken.token_hash == token_digest(token)))
            return row.name if row is not None and not row.revoked else None

    @staticmethod
    def _account(db: Session, username: str) -> UserAccount | None:
        return db.scalar(select(UserAccount).where(UserAccount.username == username))

    def _existing(self, db: Session, username: str) -> UserAccount:
        account = self._account(db, username)
        if account is None:
            raise AccountError(f"Den Benutzer „{username}“ gibt es nicht.")
        return account


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"Das Passwort braucht mindestens {MIN_PASSWORD_LENGTH} Zeichen.")


def _verify(password_hash: str, password: str) -> bool:
    try:
        with _VERIFYING:
            return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _user(account: UserAccount) -> User:
    return User(account.username, _as_role(account.role), active=account.active)


def _now() -> datetime:
    return datetime.now(UTC)


def ensure_demo_clerk(settings: Settings | None = None) -> tuple[str, str]:
    """The demo clerk's credentials (``antragswerk up --demo``); created with a random password
    on first call, reactivated if a run without ``--demo`` had retired it.

    Only the argon2 hash is in the database; the clear password sits in a 0600 file in the state
    directory so the stack command can show it again.
    """
    settings = settings or get_settings()
    path = settings.state_dir / DEMO_CREDENTIALS_FILE
    settings.state_dir.mkdir(parents=True, exist_ok=True)
    accounts = AccountService(session_factory(settings.db_url))
    stored = _read_password(path)
    if stored is not None and accounts.authenticate(DEMO_USER, stored) is not None:
        return DEMO_USER, stored
    password = secrets.token_urlsafe(12)
    if not accounts.exists(DEMO_USER):
        accounts.add_user(DEMO_USER, "clerk", password, demo=True)
    else:
        accounts.set_password(DEMO_USER, password)
        accounts.activate(DEMO_USER)
    _write_private(path, f"{DEMO_USER}\n{password}\n")
    return DEMO_USER, password


def retire_demo_clerk(settings: Settings | None = None) -> bool:
    """Without ``--demo`` there is no demo clerk: deactivated (sessions ended), its password
    file deleted. True if there was one."""
    settings = settings or get_settings()
    (settings.state_dir / DEMO_CREDENTIALS_FILE).unlink(missing_ok=True)
    accounts = AccountService(session_factory(settings.db_url))
    if accounts.get(DEMO_USER) is None:
        return False
    accounts.deactivate(DEMO_USER)
    return True


def _read_password(path: Path) -> str | None:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return None
    return lines[1] if len(lines) >= 2 and lines[0] == DEMO_USER else None


def _write_private(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)
