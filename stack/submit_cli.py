"""``antragswerk submit``: one submission from the command line."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from rich.console import Console

from config.settings import Settings
from intake.document_files import DocumentTooLarge, read_document_file
from intake.submit import submit_documents
from orchestration.client import connect_client
from orchestration.reconnect import TemporalUnreachable, with_backoff
from stack.cases import wait_settled


async def submit_files(
    settings: Settings,
    files: list[Path],
    application_type: str | None,
    *,
    wait: bool,
    console: Console,
    give_up_after: float = 120.0,
) -> None:
    """Temporal away for a moment (restart) is waited out; after ``give_up_after`` seconds
    without it the command ends with one line instead of a traceback."""
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        raise SystemExit(f"Datei nicht gefunden: {', '.join(missing)}")
    try:
        documents = [(f.name, read_document_file(f, settings.max_document_bytes)) for f in files]
    except DocumentTooLarge as err:
        raise SystemExit(str(err)) from None
    try:
        client = await with_backoff(
            lambda: connect_client(settings), say=console.print, give_up_after=give_up_after
        )
        # A retry after a lost answer finds the case it started: same documents, same case.
        result = await with_backoff(
            partial(
                submit_documents, client, documents, application_type=application_type,
                settings=settings,
            ),
            say=console.print,
            give_up_after=give_up_after,
        )
    except TemporalUnreachable as exc:
        raise SystemExit(str(exc)) from None
    note = " (bereits eingereicht: derselbe Fall)" if result.duplicate else ""
    console.print(f"Fall {result.case_id}{note}")
    if wait:
        try:
            view = await with_backoff(
                lambda: wait_settled(result.handle), say=console.print,
                give_up_after=give_up_after,
            )
        except TemporalUnreachable as exc:
            raise SystemExit(f"{exc} Fall {result.case_id} ist eingereicht.") from None
        route = view.decision.route if view.decision else "–"
        reasons = ", ".join(view.decision.reasons) if view.decision else ""
        console.print(f"Status: {view.status}  Weg: {route}  Gründe: {reasons or '–'}")
    del client  # sdk-python#300: drop the client before the event loop ends
