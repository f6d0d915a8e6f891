"""Submits the bundled sample submissions and shows their progress (summary: stack.summary)."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from temporalio.client import Client

from config.settings import Settings
from domain.case import CaseView
from stack.cases import CaseDir, case_dirs, submit_case_dir, wait_settled

STATUS_DE = {
    "received": "eingegangen",
    "reading": "wird gelesen",
    "classifying": "wird eingeordnet",
    "extracting": "Felder werden ausgelesen",
    "checking": "Regeln werden geprüft",
    "awaiting_review": "wartet auf Sachbearbeitung",
    "approved": "genehmigt",
    "rejected": "abgelehnt",
    "failed": "Fehler",
}


async def run_samples(
    client: Client, settings: Settings, samples: Path, console: Console
) -> list[tuple[CaseDir, CaseView, float]]:
    cases = case_dirs(samples)
    results: list[tuple[CaseDir, CaseView, float]] = []
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[status]}"),
        TimeElapsedColumn(),
        console=console,
    ) as progress:
        overall = progress.add_task(f"{len(cases)} Beispielanträge", total=len(cases), status="")

        async def one(case: CaseDir) -> None:
            started = time.monotonic()
            task = progress.add_task(case.case_id, total=None, status="eingegangen")
            submitted = await submit_case_dir(client, case, settings)

            def show(status: str) -> None:
                progress.update(task, status=STATUS_DE.get(status, status))

            view = await wait_settled(submitted.handle, on_status=show)
            progress.update(task, total=1, completed=1)
            progress.advance(overall)
            results.append((case, view, time.monotonic() - started))

        await asyncio.gather(*(one(c) for c in cases))
    results.sort(key=lambda r: r[0].case_id)
    return results
