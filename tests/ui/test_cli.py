"""`antragswerk user …` through Typer's runner, on its own state directory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from config.settings import Settings, get_settings
from storage.database import session_factory
from ui.accounts import AccountService
from ui.cli import app, token_app
from ui.sessions import SessionStore
from ui.throttle import LoginThrottle

runner = CliRunner()


@pytest.fixture
def cli_settings(tmp_path: Path, db_url: str,
                 monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    monkeypatch.setenv("ANTRAGSWERK_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("ANTRAGSWERK_DATABASE_URL", db_url)
    get_settings.cache_clear()
    yield get_settings()
    monkeypatch.undo()
    get_settings.cache_clear()


def test_add_list_and_token(cli_settings: Settings) -> None:
    result = runner.invoke(app, ["add", "clara", "--role", "clerk", "--password",
                                 "clara-passwort-1"])
    assert result.exit_code == 0, result.output
    assert "angelegt (Sachbearbeitung)" in result.output
    prompted = runner.invoke(app, ["add", "otto", "--role", "process_owner"],
                             input="otto-passwort-12\notto-passwort-12\n")
    assert prompted.exit_code == 0, prompted.output
    listing = runner.invoke(app, ["list"])
    assert "clara" in listing.output and "Prozessverantwortung" in listing.output
    token = runner.invoke(app, ["token", "portal"])
    assert token.exit_code == 0
    value = token.output.strip().splitlines()[-1]
    accounts = AccountService(session_factory(cli_settings.db_url))
    assert accounts.token_owner(value) == "portal"
    assert accounts.authenticate("otto", "otto-passwort-12") is not None


def test_errors_are_german_and_exit_nonzero(cli_settings: Settings) -> None:
    result = runner.invoke(app, ["add", "clara", "--role", "chef", "--password", "x" * 12])
    assert result.exit_code == 1 and "Unbekannte Rolle" in result.output


def test_passwd_ends_sessions_and_lifts_the_lock(cli_settings: Settings) -> None:
    runner.invoke(app, ["add", "clara", "--role", "clerk", "--password", "clara-passwort-1"])
    sessions = session_factory(cli_settings.db_url)
    store = SessionStore.from_settings(sessions, cli_settings)
    throttle = LoginThrottle.from_settings(sessions, cli_settings)
    sid = store.start("clara")
    for _ in range(5):
        throttle.record_failure("clara", "10.0.0.1")
    result = runner.invoke(app, ["passwd", "clara"],
                           input="neues-passwort-2\nneues-passwort-2\n")
    assert result.exit_code == 0, result.output
    assert store.username(sid) is None
    assert not throttle.is_blocked("clara", "10.0.0.9")
    accounts = AccountService(sessions)
    assert accounts.authenticate("clara", "neues-passwort-2") is not None
    assert accounts.authenticate("clara", "clara-passwort-1") is None


def test_deactivate_ends_sessions_and_login(cli_settings: Settings) -> None:
    runner.invoke(app, ["add", "otto", "--role", "clerk", "--password", "otto-passwort-12"])
    sessions = session_factory(cli_settings.db_url)
    store = SessionStore.from_settings(sessions, cli_settings)
    sid = store.start("otto")
    result = runner.invoke(app, ["deactivate", "otto"])
    assert result.exit_code == 0, result.output
    assert store.username(sid) is None
    assert AccountService(sessions).authenticate("otto", "otto-passwort-12") is None
    assert "deaktiviert" in runner.invoke(app, ["list"]).output
    assert runner.invoke(app, ["deactivate", "niemand"]).exit_code == 1


def test_token_revoke(cli_settings: Settings) -> None:
    value = runner.invoke(token_app, ["create", "portal"]).output.strip().splitlines()[-1]
    accounts = AccountService(session_factory(cli_settings.db_url))
    assert accounts.token_owner(value) == "portal"
    result = runner.invoke(token_app, ["revoke", "portal"])
    assert result.exit_code == 0, result.output
    assert accounts.token_owner(value) is None
    assert runner.invoke(token_app, ["revoke", "gibtsnicht"]).exit_code == 1


def test_demo_name_is_reserved(cli_settings: Settings) -> None:
    result = runner.invoke(app, ["add", "demo", "--role", "clerk", "--password", "x" * 12])
    assert result.exit_code == 1 and "Demo-Zugang" in result.output
