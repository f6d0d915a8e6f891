"""``antragswerk db``: the database schema."""

from __future__ import annotations

import typer
from rich.console import Console

from config.settings import get_settings

app = typer.Typer(no_args_is_help=True)
console = Console()


@app.callback()
def db() -> None:
    """Database schema (more commands may follow; a group keeps `db upgrade` stable)."""


@app.command()
def upgrade() -> None:
    """Upgrade the database schema to the newest revision (adopts a pre-migration database)."""
    from storage.schema import upgrade_database
    from storage.schema_adoption import SchemaNotRecognised

    try:
        before, after = upgrade_database(get_settings().db_url)
    except SchemaNotRecognised as refused:
        console.print(f"[red]{refused}[/]")
        raise typer.Exit(1) from refused
    if before == after:
        console.print(f"Database schema is current (revision {after}).")
    else:
        console.print(f"Database schema upgraded: {before or 'empty'} → {after}.")
