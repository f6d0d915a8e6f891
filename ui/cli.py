"""`antragswerk user …`: manage review-UI accounts and portal API tokens."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from config.settings import Settings, get_settings
from storage.account_tables import ROLES
from storage.database import session_factory
from ui.accounts import AccountError, AccountService
from ui.labels import ROLE

app = typer.Typer(help="Benutzerkonten der Prüfoberfläche und API-Tokens für das Bürgerportal.",
                  no_args_is_help=True)
console = Console()
DEMO_USER = "demo"
DEMO_CREDENTIALS_FILE = "demo-credentials.txt"


def _accounts(settings: Settings | None = None) -> AccountService:
    settings = settings or get_settings()
    settings.state_dir.mkdir(parents=True, exist_ok=True)
    return AccountService(session_factory(settings.db_url))


@app.command("add")
def add(username: Annotated[str, typer.Argument(help="Benutzername (Kleinbuchstaben)")],
        role: Annotated[str, typer.Option("--role", "-r", help=f"Rolle: {', '.join(ROLES)}")],
        password: Annotated[str | None, typer.Option(
            help="Passwort; ohne Angabe wird es verdeckt abgefragt")] = None) -> None:
    """Legt ein Benutzerkonto an."""
    if password is None:
        password = typer.prompt("Passwort", hide_input=True, confirmation_prompt=True)
    try:
        user = _accounts().add_user(username, role, password)
    except AccountError as err:
        console.print(f"[red]{err}[/red]")
        raise typer.Exit(1) from None
    console.print(f"Konto „{user.username}“ angelegt ({ROLE[user.role]}).")


@app.command("list")
def list_users() -> None:
    """Zeigt alle Benutzerkonten."""
    table = Table("Benutzer", "Rolle")
    for user in _accounts().list_users():
        table.add_row(user.username, ROLE[user.role])
    console.print(table)


@app.command("token")
def token(name: Annotated[str, typer.Argument(help="Name des Zugangs, z. B. portal")]) -> None:
    """Erzeugt ein API-Token für die Eingangs-API (wird nur einmal angezeigt)."""
    try:
        value = _accounts().create_token(name)
    except AccountError as err:
        console.print(f"[red]{err}[/red]")
        raise typer.Exit(1) from None
    console.print("API-Token (nur jetzt sichtbar, bitte sicher ablegen):")
    typer.echo(value)


def ensure_demo_clerk(settings: Settings | None = None) -> tuple[str, str]:
    """The demo clerk's credentials; created with a random password on first call.

    Only the argon2 hash is in the database; the clear password sits in a 0600 file in the state
    directory so the stack command can show it again.
    """
    settings = settings or get_settings()
    path = settings.state_dir / DEMO_CREDENTIALS_FILE
    accounts = _accounts(settings)
    stored = _read_password(path)
    if accounts.get(DEMO_USER) is not None and stored is not None \
            and accounts.authenticate(DEMO_USER, stored) is not None:
        return DEMO_USER, stored
    password = secrets.token_urlsafe(12)
    if accounts.get(DEMO_USER) is None:
        accounts.add_user(DEMO_USER, "clerk", password)
    else:
        accounts.set_password(DEMO_USER, password)
    _write_private(path, f"{DEMO_USER}\n{password}\n")
    return DEMO_USER, password


def _read_password(path: Path) -> str | None:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return None
    return lines[1] if len(lines) >= 2 and lines[0] == DEMO_USER else None


def _write_private(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)
