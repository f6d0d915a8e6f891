"""Fixtures of the UI tests: an app on a fresh state dir with real argon2, on real SQLite and on
real PostgreSQL (``module_db_url``: every UI test module runs once per backend).

Temporal is pointed at a port where nothing listens, so the unit tests exercise the real
"Temporal unreachable" path; tests with a real Temporal server use the suite's session fixtures.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from config.settings import Settings
from ui.app import create_app

PASSWORDS = {
    "clara": "clara-passwort-1", "otto": "otto-passwort-12",
    "eva": "eva-passwort-123", "adam": "adam-passwort-12",
}
ROLES = {"clara": "clerk", "otto": "process_owner", "eva": "evaluator", "adam": "admin"}


def unused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def ui_settings(tmp_path_factory: pytest.TempPathFactory, module_db_url: str) -> Settings:
    return Settings(state_dir=tmp_path_factory.mktemp("ui") / "state", database_url=module_db_url,
                    temporal_port=unused_port(), max_document_bytes=64 * 1024)


@pytest.fixture(scope="module")
def ui_app(ui_settings: Settings) -> FastAPI:
    """One app per test module: argon2 hashing is deliberately slow, so users are made once."""
    app = create_app(ui_settings)
    for name, role in ROLES.items():
        app.state.ui.accounts.add_user(name, role, PASSWORDS[name])
    return app


@pytest.fixture
def ui_client(ui_app: FastAPI) -> Iterator[TestClient]:
    with TestClient(ui_app) as client:
        yield client
