"""The ``antragswerk`` command."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from config.settings import get_settings

app = typer.Typer(
    help="antragswerk: Anträge lesen, prüfen und weiterleiten.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)
console = Console()
REPO = Path(__file__).resolve().parent.parent


def _mount() -> None:
    from apptypes.cli import app as types_app
    from evals.cli import app as eval_app
    from forms.cli import app as forms_app
    from localllm.cli import app as llm_app
    from retention.cli import app as retention_app
    from storage.cli import app as db_app
    from ui.cli import app as user_app
    from ui.cli import token_app

    llm_app.command("bench")(llm_bench)
    app.add_typer(llm_app, name="llm", help="Local model: build, download, serve, benchmark.")
    app.add_typer(types_app, name="types", help="Application types: scaffold and check.")
    app.add_typer(forms_app, name="forms", help="Known forms: register, check, show.")
    app.add_typer(eval_app, name="eval", help="Evaluation suites: generate, run, compare.")
    app.add_typer(user_app, name="user", help="Review UI accounts and API tokens.")
    app.add_typer(token_app, name="token", help="Portal API tokens: create, revoke.")
    app.add_typer(db_app, name="db", help="Database schema: upgrade.")
    app.add_typer(retention_app, name="retention", help="Delete personal data of old cases.")


@app.command()
def up(
    no_serve: Annotated[bool, typer.Option("--no-serve", help="Exit after the summary.")] = False,
    samples: Annotated[Path | None, typer.Option(help="Dataset-format directory to submit.")] = REPO
    / "samples",
    no_samples: Annotated[bool, typer.Option("--no-samples")] = False,
    demo: Annotated[bool, typer.Option(
        "--demo", help="Create the demo clerk and print its login (local trial only).")] = False,
) -> None:
    """Start everything on embedded defaults, submit the samples, keep serving the review UI."""
    from stack.up import up as run_up

    code = asyncio.run(
        run_up(
            get_settings(),
            serve=not no_serve,
            samples=None if no_samples else samples,
            console=console,
            demo=demo,
        )
    )
    raise typer.Exit(code)


@app.command()
def worker(
    only: Annotated[str, typer.Option(help="Comma list of main,ocr,llm")] = "main,ocr,llm",
) -> None:
    """Run a worker against an existing Temporal cluster (TEMPORAL_ADDRESS …)."""
    from stack.worker_main import run_worker

    asyncio.run(run_worker(get_settings(), [r.strip() for r in only.split(",") if r.strip()]))


@app.command()
def submit(
    files: list[Path],
    type_: Annotated[str | None, typer.Option("--type", help="Application type key")] = None,
    wait: Annotated[bool, typer.Option(help="Wait until the case is routed")] = False,
) -> None:
    """Submit 1–5 documents as one application."""
    from stack.submit_cli import submit_files

    asyncio.run(submit_files(get_settings(), files, type_, wait=wait, console=console))


@app.command()
def watch(folder: Path, type_: Annotated[str | None, typer.Option("--type")] = None) -> None:
    """Watch a scanner drop folder: every file (or sub-folder) becomes a case."""
    from intake.drop_folder import watch_folder

    asyncio.run(watch_folder(get_settings(), folder, type_, console=console))


@app.command()
def stuck() -> None:
    """Cases no clerk sees: failed, timed out, terminated, or working with nothing pending."""
    from orchestration.client import connect_client
    from orchestration.reconnect import TemporalUnreachable, with_backoff
    from stack.stuck_cases import stuck_cases

    async def go() -> int:
        try:
            client = await with_backoff(
                lambda: connect_client(get_settings()), say=console.print, give_up_after=30
            )
        except TemporalUnreachable as exc:
            raise SystemExit(str(exc)) from None
        found = await stuck_cases(client)
        for case in found:
            console.print(f"{case.case_id}: {case.why}")
        console.print(f"{len(found)} Fälle hängen." if found else "Kein Fall hängt.")
        return 1 if found else 0

    raise typer.Exit(asyncio.run(go()))


@app.command()
def status() -> None:
    """Health of Temporal, model and database (as GET /healthz) and the backlog per task queue;
    exit 1 when something is down."""
    from stack.status_cli import print_status

    healthy = asyncio.run(print_status(get_settings(), console))
    raise typer.Exit(0 if healthy else 1)


@app.command("codec-server")
def codec_server(
    port: Annotated[int | None, typer.Option(help="Default: Temporal UI port + 1")] = None,
) -> None:
    """Decrypt payloads for authorised users of the Temporal Web UI (remote codec)."""
    from orchestration.codec_server import serve_codec

    settings = get_settings()
    serve_codec(settings, host="127.0.0.1", port=port)


def llm_bench(
    dataset: Annotated[Path, typer.Option(help="Dataset to take digital cases from")] = REPO
    / "evals"
    / "suites"
    / "core-v1",
    per_type: Annotated[int, typer.Option(min=1)] = 4,
    llm: Annotated[str | None, typer.Option(help="Endpoint; default: configured or local")] = None,
) -> None:
    """Extraction speed per type: tokens, prompt-cache share, seconds (median, p90)."""
    from benchmarks.llm_extraction import run_bench
    from stack.llm_endpoint import llm_endpoint

    settings = get_settings()

    async def go() -> None:
        async with llm_endpoint(settings, console, override=llm) as url:
            await run_bench(settings, url, dataset, per_type, console)

    asyncio.run(go())


def main() -> None:
    _mount()
    app()


if __name__ == "__main__":
    main()
