"""The database schema is whatever the Alembic migrations in ``storage/migrations`` build.

``upgrade_to_head`` runs on every first connect of a process and from ``antragswerk db upgrade``.
Several workers may start at once against a fresh database, so the upgrade runs under a lock:
a PostgreSQL advisory lock, or for SQLite a file lock next to the database file.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
from collections.abc import Iterator
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text
from sqlalchemy.engine import Connection

from storage.schema_adoption import revision_to_stamp

log = logging.getLogger(__name__)
_MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Any constant shared by all antragswerk processes; "antr" in ASCII.
_PG_LOCK_KEY = 0x616E7472


def _config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory(str(_MIGRATIONS)).get_current_head()
    assert head is not None, "storage/migrations has no revision"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine) -> tuple[str | None, str]:
    """Brings the schema to the newest revision; returns (revision before, revision after)."""
    with _migration_lock(engine) as connection:
        before = MigrationContext.configure(connection).get_current_revision()
        config = _config(connection)
        if before is None:
            adopted = revision_to_stamp(connection, ScriptDirectory.from_config(config))
            if adopted is not None:
                command.stamp(config, adopted)
                before = adopted
        command.upgrade(config, "head")
        connection.commit()
        after = MigrationContext.configure(connection).get_current_revision() or ""
    if after != before:
        log.info("database schema upgraded: %s -> %s", before or "empty", after)
    return before, after


def upgrade_database(url: str) -> tuple[str | None, str]:
    """``upgrade_to_head`` on a short-lived engine (the command line and ``antragswerk up``)."""
    from storage.database import new_engine

    engine = new_engine(url)
    try:
        return upgrade_to_head(engine)
    finally:
        engine.dispose()


@contextlib.contextmanager
def _migration_lock(engine: Engine) -> Iterator[Connection]:
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _PG_LOCK_KEY})
            connection.commit()
            try:
                yield connection
            finally:
                connection.rollback()
                connection.execute(text("SELECT pg_advisory_unlock(:key)"),
                                   {"key": _PG_LOCK_KEY})
                connection.commit()
        return
    with _file_lock(engine), engine.connect() as connection:
        yield connection


@contextlib.contextmanager
def _file_lock(engine: Engine) -> Iterator[None]:
    database = engine.url.database
    if not database or database == ":memory:":
        yield  # a private in-memory database: nobody to race with
        return
    with open(f"{database}.migrate.lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
