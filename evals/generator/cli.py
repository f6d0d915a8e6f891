"""``antragswerk eval generate`` and ``… eval validate``: labelled synthetic suites."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from evals.generator import generate as generate_suite
from evals.generator.validate import validate as validate_dataset

app = typer.Typer(help="Synthetische Testfälle mit Sollwerten erzeugen und prüfen.",
                  no_args_is_help=True)


@app.command()
def generate(
    outdir: Annotated[Path, typer.Argument(help="Zielverzeichnis des Datensatzes")],
    type_: Annotated[str, typer.Option("--type", help="Antragstyp oder 'all'")] = "all",
    n: Annotated[int, typer.Option("--n", help="Anzahl der Fälle")] = 16,
    seed: Annotated[int, typer.Option("--seed", help="Startwert; gleicher Wert, gleiche Fälle")
                    ] = 1,
    description: Annotated[str, typer.Option(help="Beschreibung für dataset.json")] = "",
) -> None:
    """Erzeugt N Fälle im Datensatzformat (dataset.json, cases/<id>/…)."""
    try:
        ids = generate_suite(type_, n, seed, outdir, description)
    except ValueError as error:
        typer.echo(f"Fehler: {error}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"{len(ids)} Fälle in {outdir} geschrieben.")


@app.command()
def validate(dataset: Annotated[Path, typer.Argument(help="Datensatzverzeichnis")]) -> None:
    """Prüft einen Datensatz gegen das Format der Spezifikation."""
    problems = validate_dataset(dataset)
    for problem in problems:
        typer.echo(problem)
    typer.echo(f"{len(problems)} Probleme gefunden.")
    if problems:
        raise typer.Exit(1)


if __name__ == "__main__":
    app()
