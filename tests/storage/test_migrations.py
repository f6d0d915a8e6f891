"""Schema migrations on real SQLite and real PostgreSQL: a database of the previous release is
adopted and upgraded with its rows, a fresh one gets exactly the models' schema."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, func, inspect, select
from sqlalchemy.engine import Engine
from typer.testing import CliRunner

from storage.account_tables import UserAccount
from storage.case_tables import CaseRecordRow
from storage.database import Base, engine_for, import_models, session_factory
from storage.plate_register import PlateRegister
from storage.schema import current_revision, head_revision, upgrade_to_head
from storage.schema_adoption import SchemaNotRecognised
from storage.session_tables import UiSession
from tests.storage import previous_release_schema as old

NOW = datetime(2026, 11, 30, 9, 15, tzinfo=UTC)


def _previous_release_database(db_url: str) -> Engine:
    """What the release before migrations left behind: create_all of its metadata, in use."""
    engine = create_engine(db_url)
    old.METADATA.create_all(engine)
    with engine.begin() as db:
        db.execute(old.CASE_RECORDS.insert(), [{
            "case_id": "wk-2026-0001", "application_type": "wunschkennzeichen",
            "status": "approved", "route": "auto", "decided_by": "system",
            "submitted_at": date(2026, 11, 29), "finished_at": NOW,
            "processing_seconds": 12.5, "waiting_seconds": 0.0, "reasons": [],
            "record_key": "records/wk-2026-0001.json", "purged": False}])
        db.execute(old.PLATE_RESERVATIONS.insert(), [
            {"kennzeichen": "BO-AB 1234", "case_id": "wk-2026-0001", "status": "reserved",
             "created_at": NOW},
            {"kennzeichen": "BO-A 1", "case_id": None, "status": "assigned", "created_at": NOW}])
        db.execute(old.UI_USERS.insert(), [{
            "username": "clara", "password_hash": "$argon2id$placeholder", "role": "clerk",
            "created_at": NOW, "active": True}])
        db.execute(old.UI_AUDIT_EVENTS.insert(), [{
            "case_id": "wk-2026-0001", "username": "clara", "kind": "decision",
            "action": "approve", "detail": None, "at": NOW}])
    return engine


def test_a_previous_release_database_is_adopted_and_upgraded_with_its_rows(db_url: str) -> None:
    _previous_release_database(db_url).dispose()

    engine = engine_for(db_url)  # the new release's first connect

    assert current_revision(engine) == head_revision()
    register = PlateRegister(db_url)
    assert register.is_taken("BO-AB 1234", except_case="other")
    assert register.is_taken("BO-A 1")
    sessions = session_factory(db_url)
    with sessions.begin() as db:
        record = db.get(CaseRecordRow, "wk-2026-0001")
        assert record is not None and record.processing_seconds == 12.5
        assert db.scalar(select(UserAccount.role).where(UserAccount.username == "clara")) == "clerk"
        # the tables the new release added are there and work
        db.add(UiSession(id_hash="0" * 64, username="clara", created_at=NOW, last_seen_at=NOW))
    with sessions() as db:
        assert db.scalar(select(func.count()).select_from(UiSession)) == 1


def test_an_upgraded_previous_release_database_has_exactly_the_models_schema(db_url: str) -> None:
    _previous_release_database(db_url).dispose()
    assert _differences(engine_for(db_url)) == []


def test_a_fresh_database_gets_exactly_the_models_schema(db_url: str) -> None:
    engine = engine_for(db_url)
    assert current_revision(engine) == head_revision()
    assert _differences(engine) == []


def test_upgrading_twice_changes_nothing(db_url: str) -> None:
    engine = engine_for(db_url)
    assert upgrade_to_head(engine) == (head_revision(), head_revision())


def test_a_schema_no_release_made_is_refused(db_url: str) -> None:
    engine = create_engine(db_url)
    old.CASE_RECORDS.create(engine)  # one table of revision 0001 without the others
    with pytest.raises(SchemaNotRecognised, match="ui_users"):
        upgrade_to_head(engine)
    assert "alembic_version" not in inspect(engine).get_table_names()


def test_db_upgrade_command_reports_the_revisions(db_url: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from config.settings import get_settings
    from storage.cli import app

    _previous_release_database(db_url).dispose()
    monkeypatch.setenv("ANTRAGSWERK_DATABASE_URL", db_url)
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["upgrade"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    assert f"0001 → {head_revision()}" in result.output


def _differences(engine: Engine) -> list[object]:
    import_models()
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))
