"""``antragswerk up``: the whole product on one machine with embedded defaults.

Starts what is not configured elsewhere — the Temporal dev server (unless TEMPORAL_ADDRESS is
set), the local llama-server (unless ANTRAGSWERK_LLM_BASE_URL is set) — then the worker and the
review UI, submits the bundled samples and prints a summary. With ``serve`` it keeps running
for the review UI until Ctrl-C; without, it stops everything it started.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from pathlib import Path

import uvicorn
from rich.console import Console
from temporalio.client import Client

from config.logging_setup import configure_logging
from config.settings import Settings
from orchestration.client import connect_client
from orchestration.metrics_runtime import metrics_runtime
from orchestration.search_attributes import register_search_attributes
from stack.demo import run_samples
from stack.llm_endpoint import llm_endpoint
from stack.summary import print_summary
from stack.temporal_server import TemporalDevServer
from storage.schema import upgrade_database
from worker import build_workers

REPO = Path(__file__).resolve().parent.parent


async def _connect_with_retry(settings: Settings, attempts: int = 60) -> Client:
    for i in range(attempts):
        try:
            return await connect_client(settings, runtime=metrics_runtime(settings))
        except RuntimeError:
            if i == attempts - 1:
                raise
            await asyncio.sleep(1)
    raise AssertionError("unreachable")


async def up(settings: Settings, *, serve: bool, samples: Path | None, console: Console,
             demo: bool = False) -> int:
    log_file = configure_logging(settings, level=logging.WARNING)
    console.print(f"Protokoll (ohne personenbezogene Daten): {log_file}")
    before, after = upgrade_database(settings.db_url)
    console.print(f"Datenbank: Schema-Stand {after}"
                  + (f" (aktualisiert von {before or 'leer'})" if before != after else ""))
    stack: contextlib.AsyncExitStack = contextlib.AsyncExitStack()
    async with stack:
        if not os.environ.get("TEMPORAL_ADDRESS"):
            server = TemporalDevServer(settings)
            console.print("[bold]Temporal[/] dev server wird gestartet …")
            await server.start()
            stack.callback(server.stop)
            console.print(f"  Temporal Web UI: {server.ui_url}")
        llm_url = await stack.enter_async_context(llm_endpoint(settings, console))
        client = await _connect_with_retry(settings)
        await register_search_attributes(client)
        workers = build_workers(client, settings, lambda: llm_url)
        worker_tasks = [asyncio.create_task(w.run()) for w in workers]

        async def _stop_workers() -> None:
            await asyncio.gather(*(w.shutdown() for w in workers), return_exceptions=True)
            for t in worker_tasks:
                t.cancel()

        stack.push_async_callback(_stop_workers)
        ui_server = _ui_server(settings)
        ui_task = asyncio.create_task(ui_server.serve())
        stack.push_async_callback(_stop_ui, ui_server, ui_task)
        console.print(
            f"Prüfoberfläche: http://{settings.ui_host}:{settings.ui_port}  "
            f"({_demo_login(settings, demo)})"
        )
        if samples is not None:
            results = await run_samples(client, settings, samples, console)
            print_summary(console, results)
        if serve:
            console.print("Läuft. Beenden mit Strg+C.")
            await _forever()
    return 0


def _ui_server(settings: Settings) -> uvicorn.Server:
    from ui.app import create_app
    from ui.serving import uvicorn_config

    return uvicorn.Server(uvicorn_config(create_app(settings), settings))


async def _stop_ui(server: uvicorn.Server, task: asyncio.Task[None]) -> None:
    server.should_exit = True
    with contextlib.suppress(asyncio.CancelledError):
        await asyncio.wait_for(task, 10)


def _demo_login(settings: Settings, demo: bool) -> str:
    """The demo clerk exists only while the stack runs with ``--demo``."""
    from ui.accounts import ensure_demo_clerk, retire_demo_clerk

    if demo:
        username, password = ensure_demo_clerk(settings)
        return f"Demo-Login: {username} / {password}"
    retire_demo_clerk(settings)
    return "Konten: antragswerk user add NAME --role clerk"


async def _forever() -> None:
    with contextlib.suppress(asyncio.CancelledError):
        await asyncio.Event().wait()
