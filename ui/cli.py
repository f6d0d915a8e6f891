"""`antragswerk user …` and `antragswerk token …`: review-UI accounts and portal API tokens."""

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
from ui.throttle import LoginThrottle

app = typer.Typer(help="Benutzerkonten der Prüfoberfläche und API-Tokens für das Bürgerportal.",
                  no_args_is_help=True)
token_app = typer.Typer(help="API-Tokens für das Bürgerportal.", no_args_is_help=True)
console = Console()
__all__ = ["app", "ensure_demo_clerk", "token_app"]


def _accounts(settings: Settings | None = None) -> AccountService:
    settings = settings or get_settings()
    settings.state_dir.mkdir(parents=True, exist_ok=True)
    return AccountService(session_factory(settings.db_url))


def _failed(err: AccountError) -> typer.Exit:
    console.print(f"[red]{err}[/red]")
    return typer.Exit(1)


Username = Annotated[str, typer.Argument(help="Benutzername (Kleinbuchstaben)")]
PasswordOption = Annotated[str | None, typer.Option(
    help="Passwort; ohne Angabe wird es verdeckt abgefragt")]


def _password(given: str | None) -> str:
    if given is not None:
        return given
    return str(typer.prompt("Passwort", hide_input=True, confirmation_prompt=True))


@app.command("add")
def add(username: Username,
        role: Annotated[str, typer.Option("--role", "-r", help=f"Rolle: {', '.join(ROLES)}")],
        password: PasswordOption = None) -> None:
    """Legt ein Benutzerkonto an."""
    try:
        user = _accounts().add_user(username, role, _password(password))
    except AccountError as err:
        raise _failed(err) from None
    console.print(f"Konto „{user.username}“ angelegt ({ROLE[user.role]}).")


@app.command("passwd")
def passwd(username: Username, password: PasswordOption = None) -> None:
    """Setzt ein neues Passwort; alle Sitzungen des Kontos enden, eine Sperre wird aufgehoben."""
    settings = get_settings()
    try:
        _accounts(settings).set_password(username, _password(password))
    except AccountError as err:
        raise _failed(err) from None
    LoginThrottle.from_settings(session_factory(settings.db_url), settings).clear(username)
    console.print(f"Passwort von „{username}“ geändert; alle Sitzungen wurden beendet.")


@app.command("deactivate")
def deactivate(username: Username) -> None:
    """Sperrt ein Konto dauerhaft; laufende Sitzungen enden sofort."""
    try:
        _accounts().deactivate(username)
    except AccountError as err:
        raise _failed(err) from None
    console.print(f"Konto „{username}“ deaktiviert; alle Sitzungen wurden beendet.")


@app.command("list")
def list_users() -> None:
    """Zeigt alle Benutzerkonten."""
    table = Table("Benutzer", "Rolle", "Status")
    for user in _accounts().list_users():
        table.add_row(user.username + (" (Demo-Zugang)" if user.is_demo else ""), ROLE[user.role],
                      "aktiv" if user.active else "deaktiviert")
    console.print(table)


TokenName = Annotated[str, typer.Argument(help="Name des Zugangs, z. B. portal")]


@app.command("token")
@token_app.command("create")
def token(name: TokenName) -> None:
    """Erzeugt ein API-Token für die Eingangs-API (wird nur einmal angezeigt)."""
    try:
        value = _accounts().create_token(name)
    except AccountError as err:
        raise _failed(err) from None
    console.print("API-Token (nur jetzt sichtbar, bitte sicher ablegen):")
    typer.echo(value)


@token_app.command("revoke")
def revoke(name: TokenName) -> None:
    """Widerruft ein API-Token; das Portal wird sofort abgewiesen."""
    try:
        _accounts().revoke_token(name)
    except AccountError as err:
        raise _failed(err) from None
    console.print(f"Token „{name}“ widerrufen.")
