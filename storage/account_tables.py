"""Review-UI accounts: users with argon2 password hashes, API tokens, failed logins."""

from __future__ import annotations

from datetime import datetime
from typing import Literal, get_args

from sqlalchemy import DateTime, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.database import Base

Role = Literal["clerk", "process_owner", "evaluator", "admin"]
ROLES: tuple[Role, ...] = get_args(Role)


class UserAccount(Base):
    __tablename__ = "ui_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    active: Mapped[bool] = mapped_column(default=True)


class ApiToken(Base):
    """A portal's credential. Only the SHA-256 of the (high-entropy) token is kept."""

    __tablename__ = "ui_api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked: Mapped[bool] = mapped_column(default=False)


class LoginFailure(Base):
    """One failed login; rows older than the throttle window are pruned on the next attempt."""

    __tablename__ = "ui_login_failures"
    __table_args__ = (Index("ix_ui_login_failures_user_ip", "username", "ip"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64))
    ip: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
