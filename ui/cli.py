"""`antragswerk user …`: manage review-UI accounts and portal API tokens."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from config.settings import Settings, get_settings
from storage.account_tables import ROLES
from storage.database import session_factory
from ui.accounts import AccountError, AccountService, ensure_demo_clerk
from ui.labels import ROLE

app = typer.Typer(help="Benutzerkonten der Prüfoberfläche und API-Tokens für das Bürgerportal.",
                  no_args_is_help=True)
console = Console()
__all__ = ["app", "ensure_demo_clerk"]


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
