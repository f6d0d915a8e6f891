"""The tables as the release before migrations declared them (commit 406c576^), frozen here.

Deliberately a copy and not an import: the upgrade test must build the database the way that
release did (``create_all`` of *its* metadata), however the models change later.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

METADATA = MetaData()

CASE_RECORDS = Table(
    "case_records", METADATA,
    Column("case_id", String(80), primary_key=True),
    Column("application_type", String(60), index=True),
    Column("status", String(20), nullable=False, index=True),
    Column("route", String(20)),
    Column("decided_by", String(80), nullable=False),
    Column("submitted_at", Date, nullable=False),
    Column("finished_at", DateTime(timezone=True), nullable=False, index=True),
    Column("processing_seconds", Float, nullable=False),
    Column("waiting_seconds", Float, nullable=False),
    Column("reasons", JSON, nullable=False),
    Column("record_key", String(200), nullable=False),
    Column("purged", Boolean, nullable=False),
)
PLATE_RESERVATIONS = Table(
    "plate_reservations", METADATA,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kennzeichen", String(16), unique=True, nullable=False),
    Column("case_id", String(128), unique=True),
    Column("status", String(16), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    CheckConstraint("status IN ('reserved', 'assigned')", name="plate_status"),
)
UI_USERS = Table(
    "ui_users", METADATA,
    Column("id", Integer, primary_key=True),
    Column("username", String(64), unique=True, index=True, nullable=False),
    Column("password_hash", String(255), nullable=False),
    Column("role", String(32), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("active", Boolean, nullable=False),
)
UI_API_TOKENS = Table(
    "ui_api_tokens", METADATA,
    Column("id", Integer, primary_key=True),
    Column("name", String(64), unique=True, nullable=False),
    Column("token_hash", String(64), unique=True, index=True, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revoked", Boolean, nullable=False),
)
UI_LOGIN_FAILURES = Table(
    "ui_login_failures", METADATA,
    Column("id", Integer, primary_key=True),
    Column("username", String(64), nullable=False),
    Column("ip", String(64), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False, index=True),
    Index("ix_ui_login_failures_user_ip", "username", "ip"),
)
UI_AUDIT_EVENTS = Table(
    "ui_audit_events", METADATA,
    Column("id", Integer, primary_key=True),
    Column("case_id", String(128), nullable=False, index=True),
    Column("username", String(64), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("action", String(32)),
    Column("detail", Text),
    Column("at", DateTime(timezone=True), nullable=False, index=True),
)
