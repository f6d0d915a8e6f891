"""``antragswerk submit``: one submission from the command line."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from config.settings import Settings
from intake.document_files import DocumentTooLarge, read_document_file
from intake.submit import submit_documents
from orchestration.client import connect_client
from stack.cases import wait_settled


async def submit_files(
    settings: Settings,
    files: list[Path],
    application_type: str | None,
    *,
    wait: bool,
    console: Console,
) -> None:
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        raise SystemExit(f"Datei nicht gefunden: {', '.join(missing)}")
    try:
        documents = [(f.name, read_document_file(f, settings.max_document_bytes)) for f in files]
    except DocumentTooLarge as err:
        raise SystemExit(str(err)) from None
    client = await connect_client(settings)
    result = await submit_documents(
        client,
        documents,
        application_type=application_type,
        settings=settings,
    )
    note = " (bereits eingereicht: derselbe Fall)" if result.duplicate else ""
    console.print(f"Fall {result.case_id}{note}")
    if wait:
        view = await wait_settled(result.handle)
        route = view.decision.route if view.decision else "–"
        reasons = ", ".join(view.decision.reasons) if view.decision else ""
        console.print(f"Status: {view.status}  Weg: {route}  Gründe: {reasons or '–'}")
    del client  # sdk-python#300: drop the client before the event loop ends
