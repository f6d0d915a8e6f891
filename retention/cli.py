"""``antragswerk retention run [--dry-run]``: run it daily (cron or a systemd timer)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import typer

from config.settings import Settings, get_settings
from retention.purge import PurgeReport, purge_expired

app = typer.Typer(help="Aufbewahrung: Daten abgeschlossener Fälle nach Ablauf löschen.")


def summary(report: PurgeReport) -> str:
    verb = "würden gelöscht" if report.dry_run else "gelöscht"
    return (
        f"{report.checked} abgeschlossene Fälle geprüft, {len(report.purged)} abgelaufen; "
        f"{report.files_deleted} abgeleitete Dateien und {report.originals_deleted} Originale "
        f"{verb}, {report.originals_shared} Originale bleiben (von anderen Fällen genutzt)."
    )


def run_retention(
    settings: Settings, *, dry_run: bool = False, now: datetime | None = None
) -> PurgeReport:
    report = purge_expired(settings, now, dry_run=dry_run)
    typer.echo(summary(report))
    if report.records_missing:
        typer.echo(f"Ohne Abschlussdatensatz: {', '.join(report.records_missing)}", err=True)
    return report


@app.command("run")
def run(
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Nur anzeigen, was gelöscht würde.")
    ] = False,
) -> None:
    """Originale und personenbezogene Daten abgelaufener Fälle löschen."""
    run_retention(get_settings(), dry_run=dry_run)
