"""Server-side sessions, the Secure flag and the login throttle on real SQLite."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

from config.settings import Settings
from storage.database import session_factory
from storage.session_tables import UiSession
from tests.ui.conftest import PASSWORDS, unused_port
from tests.ui.helpers import login
from ui.app import create_app
from ui.sessions import SessionStore, secure_cookie
from ui.throttle import LoginThrottle


@pytest.mark.parametrize(("host", "configured", "expected"), [
    ("127.0.0.1", None, False), ("::1", None, False), ("localhost", None, False),
    ("0.0.0.0", None, True), ("ui.bochum.example", None, True), ("127.0.0.1", True, True),
    ("0.0.0.0", False, False)])
def test_secure_flag_unless_loopback(host: str, configured: bool | None, expected: bool) -> None:
    assert secure_cookie(Settings(ui_host=host, ui_secure_cookie=configured)) is expected


def test_cookie_of_an_app_bound_to_all_interfaces_is_secure(tmp_path: Path) -> None:
    app = create_app(Settings(state_dir=tmp_path, ui_host="0.0.0.0",
                              temporal_port=unused_port()))
    with TestClient(app) as client:
        assert "secure" in client.get("/anmelden").headers["set-cookie"].lower()


def _store(tmp_path: Path, db_url: str) -> tuple[SessionStore, Settings]:
    settings = Settings(state_dir=tmp_path, database_url=db_url, ui_session_idle_minutes=30,
                        ui_session_absolute_hours=9)
    return SessionStore.from_settings(session_factory(settings.db_url), settings), settings


def _age(settings: Settings, **columns: datetime) -> None:
    with session_factory(settings.db_url).begin() as db:
        db.execute(update(UiSession).values(**columns))


def test_idle_session_ends(tmp_path: Path, db_url: str) -> None:
    store, settings = _store(tmp_path, db_url)
    sid = store.start("clara")
    assert store.username(sid) == "clara"
    _age(settings, last_seen_at=datetime.now(UTC) - timedelta(minutes=31))
    assert store.username(sid) is None


def test_session_ends_after_the_absolute_time_even_when_busy(tmp_path: Path,
                                                              db_url: str) -> None:
    store, settings = _store(tmp_path, db_url)
    sid = store.start("clara")
    _age(settings, created_at=datetime.now(UTC) - timedelta(hours=9, minutes=1))
    assert store.username(sid) is None


def test_forged_or_missing_session_ids_open_nothing(tmp_path: Path, db_url: str) -> None:
    store, _ = _store(tmp_path, db_url)
    store.start("clara")
    assert store.username("erfunden") is None
    assert store.username(None) is None


def test_address_spraying_many_accounts_is_throttled(db_url: str) -> None:
    throttle = LoginThrottle(session_factory(db_url),
                             per_account=5, per_address=3)
    for name in ("a1", "a2", "a3"):
        throttle.record_failure(name, "10.1.1.1")
    assert throttle.is_blocked("a4", "10.1.1.1")
    assert not throttle.is_blocked("a4", "10.1.1.2")


def test_successful_login_forgives_the_accounts_failures(ui_client: TestClient) -> None:
    for _ in range(4):
        assert login(ui_client, "eva", "falsches-passwort").status_code == 401
    assert login(ui_client, "eva", PASSWORDS["eva"]).status_code == 303
    for _ in range(4):
        assert login(ui_client, "eva", "falsches-passwort").status_code == 401
    assert login(ui_client, "eva", PASSWORDS["eva"]).status_code == 303
