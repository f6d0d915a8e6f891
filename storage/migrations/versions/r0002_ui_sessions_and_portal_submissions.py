"""Server-side review-UI sessions and which portal submitted which case (issue 16).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TABLES = ("ui_portal_submissions", "ui_sessions")


def upgrade() -> None:
    op.create_table(
        "ui_portal_submissions",
        sa.Column("case_id", sa.String(length=128), nullable=False),
        sa.Column("portal", sa.String(length=64), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("case_id", "portal"),
    )
    op.create_table(
        "ui_sessions",
        sa.Column("id_hash", sa.String(length=64), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id_hash"),
    )
    op.create_index("ix_ui_sessions_username", "ui_sessions", ["username"])


def downgrade() -> None:
    for table in TABLES:
        op.drop_table(table)
