"""The test PostgreSQL: a server that cannot start is an error with its cause, never a skip."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.support.postgres_server import PostgresServer, PostgresUnavailable


def test_missing_binaries_raise_instead_of_skipping(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANTRAGSWERK_TEST_PG_BIN", str(tmp_path))
    with pytest.raises(PostgresUnavailable, match=str(tmp_path)):
        PostgresServer()


def test_the_session_server_is_a_real_postgresql_on_loopback(postgres: PostgresServer) -> None:
    engine = create_engine(postgres.create_database())
    with engine.connect() as connection:
        version = connection.execute(text("SHOW server_version")).scalar_one()
        address = connection.execute(text("SELECT inet_server_addr()::text")).scalar_one()
    engine.dispose()
    assert int(version.split(".")[0]) >= 13
    assert address.startswith("127.0.0.1")
