"""An app on its own state dir (real SQLite or PostgreSQL, real argon2), served over real HTTP
on loopback.

Temporal points at a port where nothing listens: a logged-in page answers 503, a logged-out one
redirects to the login, which is what the session attacks tell apart.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI

from config.settings import Settings
from tests.security.live_server import free_port, served
from ui.app import create_app

PASSWORD = "angriff-passwort-1"
USERS = ("mia", "jan", "lea", "tom", "ida")


@pytest.fixture(scope="module")
def attack_settings(tmp_path_factory: pytest.TempPathFactory, module_db_url: str) -> Settings:
    return Settings(state_dir=tmp_path_factory.mktemp("security") / "state",
                    database_url=module_db_url,
                    temporal_port=free_port(), max_document_bytes=64 * 1024)


@pytest.fixture(scope="module")
def attack_app(attack_settings: Settings) -> FastAPI:
    app = create_app(attack_settings)
    for name in USERS:
        app.state.ui.accounts.add_user(name, "clerk", PASSWORD)
    return app


@pytest.fixture(scope="module")
def base_url(attack_app: FastAPI, attack_settings: Settings) -> Iterator[str]:
    with served(attack_app, attack_settings) as url:
        yield url
