"""``antragswerk types …``: scaffold a new application type and check all of them."""

from __future__ import annotations

from typing import Annotated

import typer

from apptypes.check import check_types, repo_root
from apptypes.scaffold import ScaffoldError, new_type

app = typer.Typer(help="Application types: create a new one, check all.", no_args_is_help=True)


@app.command("new")
def new(
    name: Annotated[str, typer.Argument(help="Type key, lower-case snake_case")],
    title: Annotated[str, typer.Option("--title", help="German title shown to clerks")],
    prefix: Annotated[str | None, typer.Option(
        "--prefix", help="Rule code prefix, e.g. P for P1_… (default: first letter)")] = None,
) -> None:
    """Create apptypes/NAME/ with a working example and its rule test."""
    try:
        paths = new_type(name, title, prefix)
    except ScaffoldError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    root = repo_root()
    for path in paths:
        typer.echo(f"created {path.relative_to(root)}")
    typer.echo("next: docs/adding-an-application-type.md, then 'antragswerk types check'")


@app.command("check")
def check(
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too")] = False,
) -> None:
    """Check every application type; exit 1 on errors (on warnings too with --strict)."""
    problems = check_types()
    for problem in problems:
        typer.echo(str(problem), err=problem.severity == "error")
    failing = [p for p in problems if p.severity == "error" or strict]
    if failing:
        typer.echo(f"{len(failing)} problem(s) to fix.", err=True)
        raise typer.Exit(1)
    typer.echo("all application types are fine.")
