"""The schema of the first release: case records, plate register, accounts, audit trail.

Exactly what ``create_all`` built before migrations existed, so a database of that release is
adopted by stamping this revision (see ``storage.schema_adoption``).

Revision ID: 0001
Revises:
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TABLES = ("case_records", "plate_reservations", "ui_api_tokens", "ui_audit_events",
          "ui_login_failures", "ui_users")


def upgrade() -> None:
    op.create_table(
        "case_records",
        sa.Column("case_id", sa.String(length=80), nullable=False),
        sa.Column("application_type", sa.String(length=60), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("route", sa.String(length=20), nullable=True),
        sa.Column("decided_by", sa.String(length=80), nullable=False),
        sa.Column("submitted_at", sa.Date(), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("processing_seconds", sa.Float(), nullable=False),
        sa.Column("waiting_seconds", sa.Float(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("record_key", sa.String(length=200), nullable=False),
        sa.Column("purged", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("case_id"),
    )
    op.create_index("ix_case_records_application_type", "case_records", ["application_type"])
    op.create_index("ix_case_records_finished_at", "case_records", ["finished_at"])
    op.create_index("ix_case_records_status", "case_records", ["status"])
    op.create_table(
        "plate_reservations",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kennzeichen", sa.String(length=16), nullable=False),
        sa.Column("case_id", sa.String(length=128), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("status IN ('reserved', 'assigned')", name="plate_status"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_id"),
        sa.UniqueConstraint("kennzeichen"),
    )
    op.create_table(
        "ui_api_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_index("ix_ui_api_tokens_token_hash", "ui_api_tokens", ["token_hash"], unique=True)
    op.create_table(
        "ui_audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.String(length=128), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_ui_audit_events_at", "ui_audit_events", ["at"])
    op.create_index("ix_ui_audit_events_case_id", "ui_audit_events", ["case_id"])
    op.create_table(
        "ui_login_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("ip", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_ui_login_failures_at", "ui_login_failures", ["at"])
    op.create_index("ix_ui_login_failures_user_ip", "ui_login_failures", ["username", "ip"])
    op.create_table(
        "ui_users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_ui_users_username", "ui_users", ["username"], unique=True)


def downgrade() -> None:
    for table in TABLES:
        op.drop_table(table)
