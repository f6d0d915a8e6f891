"""``antragswerk types …``: list the registered types, scaffold a new one, check all of them."""

from __future__ import annotations

from typing import Annotated

import typer

from apptypes.check import check_types, repo_root
from apptypes.scaffold import ScaffoldError, new_type

app = typer.Typer(help="Application types: list, create a new one, check all.",
                  no_args_is_help=True)


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


@app.command("list")
def list_types() -> None:
    """Registered types: key, title, version, auto-approval, threshold, registered forms."""
    from rich.console import Console

    from apptypes.listing import type_summaries, types_table, yes_no
    from cli.fitting import fits

    console, types = Console(), type_summaries()
    table = types_table(types)
    if fits(console, table):
        console.print(table)
        return
    for t in types:
        console.print(f"[bold]{t.key}[/] — {t.title}", highlight=False)
        console.print(f"    version {t.version}, auto-approval {yes_no(t.auto_approval)}, "
                      f"threshold {t.threshold:.3f}", highlight=False)
        console.print(f"    forms: {', '.join(t.forms) or '–'}", highlight=False)
