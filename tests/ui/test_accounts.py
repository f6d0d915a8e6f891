"""Accounts, tokens and the demo clerk against real SQLite / PostgreSQL and real argon2."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from config.settings import Settings
from storage.account_tables import ApiToken, UserAccount
from storage.database import session_factory
from ui.accounts import AccountError, AccountService, retire_demo_clerk
from ui.cli import ensure_demo_clerk


@pytest.fixture
def accounts(db_url: str) -> AccountService:
    return AccountService(session_factory(db_url))


def test_password_is_stored_as_argon2_hash_only(accounts: AccountService, db_url: str) -> None:
    accounts.add_user("clara", "clerk", "sehr-geheim-123")
    with session_factory(db_url)() as db:
        row = db.scalars(select(UserAccount)).one()
    assert row.password_hash.startswith("$argon2id$")
    assert "sehr-geheim-123" not in row.password_hash


def test_authenticate(accounts: AccountService) -> None:
    accounts.add_user("clara", "clerk", "sehr-geheim-123")
    user = accounts.authenticate("clara", "sehr-geheim-123")
    assert user is not None and user.role == "clerk" and user.sees_personal_data
    assert accounts.authenticate("clara", "falsch-falsch") is None
    assert accounts.authenticate("niemand", "sehr-geheim-123") is None


@pytest.mark.parametrize(("username", "role", "password"), [
    ("clara", "chef", "sehr-geheim-123"),
    ("Clara Maier", "clerk", "sehr-geheim-123"),
    ("clara", "clerk", "kurz"),
])
def test_invalid_accounts_are_refused_in_german(accounts: AccountService, username: str,
                                                role: str, password: str) -> None:
    with pytest.raises(AccountError) as err:
        accounts.add_user(username, role, password)
    assert password not in str(err.value)


def test_duplicate_user_refused(accounts: AccountService) -> None:
    accounts.add_user("clara", "clerk", "sehr-geheim-123")
    with pytest.raises(AccountError, match="gibt es schon"):
        accounts.add_user("clara", "admin", "anderes-passwort")


def test_roles_decide_what_is_visible(accounts: AccountService) -> None:
    for name, role in [("a1", "clerk"), ("a2", "admin"), ("a3", "evaluator"),
                       ("a4", "process_owner")]:
        accounts.add_user(name, role, "sehr-geheim-123")
    visible = {u.username: u.sees_personal_data for u in accounts.list_users()}
    assert visible == {"a1": True, "a2": True, "a3": False, "a4": False}


def test_api_token_stored_hashed(accounts: AccountService, db_url: str) -> None:
    token = accounts.create_token("portal")
    assert accounts.token_owner(token) == "portal"
    assert accounts.token_owner(token + "x") is None
    with session_factory(db_url)() as db:
        row = db.scalars(select(ApiToken)).one()
    assert token not in row.token_hash


def test_demo_clerk_is_idempotent_and_private(tmp_path: Path) -> None:
    settings = Settings(state_dir=tmp_path / "state")
    first = ensure_demo_clerk(settings)
    second = ensure_demo_clerk(settings)
    assert first == second and first[0] == "demo"
    credentials = settings.state_dir / "demo-credentials.txt"
    assert stat.S_IMODE(credentials.stat().st_mode) == 0o600
    accounts = AccountService(session_factory(settings.db_url))
    assert accounts.authenticate("demo", first[1]) is not None
    assert first[1].encode() not in (settings.state_dir / "antragswerk.db").read_bytes()


def test_demo_clerk_recovers_from_lost_credentials_file(tmp_path: Path) -> None:
    settings = Settings(state_dir=tmp_path / "state")
    _, old = ensure_demo_clerk(settings)
    (settings.state_dir / "demo-credentials.txt").unlink()
    _, new = ensure_demo_clerk(settings)
    accounts = AccountService(session_factory(settings.db_url))
    assert accounts.authenticate("demo", new) is not None
    assert accounts.authenticate("demo", old) is None


def test_without_demo_flag_there_is_no_demo_clerk(tmp_path: Path) -> None:
    settings = Settings(state_dir=tmp_path / "state")
    _, password = ensure_demo_clerk(settings)
    assert retire_demo_clerk(settings) is True
    accounts = AccountService(session_factory(settings.db_url))
    assert accounts.authenticate("demo", password) is None
    assert not (settings.state_dir / "demo-credentials.txt").exists()
    # `up --demo` again brings it back with a fresh password.
    _, again = ensure_demo_clerk(settings)
    assert accounts.authenticate("demo", again) is not None
