"""`antragswerk user …` through Typer's runner, on its own state directory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from config.settings import Settings, get_settings
from storage.database import session_factory
from ui.accounts import AccountService
from ui.cli import app

runner = CliRunner()


@pytest.fixture
def cli_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    monkeypatch.setenv("ANTRAGSWERK_STATE_DIR", str(tmp_path / "state"))
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
