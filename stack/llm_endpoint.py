"""The LLM endpoint for a run: the configured one, or the embedded llama-server."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from rich.console import Console

from config.settings import Settings


@contextlib.asynccontextmanager
async def llm_endpoint(
    settings: Settings, console: Console, override: str | None = None
) -> AsyncIterator[str]:
    """Yields the base URL; starts (and afterwards stops) the local model when none is set."""
    url = override or settings.llm_base_url
    if url:
        yield url
        return
    from localllm import LlamaServer, ensure_llama_server, ensure_model

    binary = ensure_llama_server(settings, progress=True)
    model = ensure_model(settings, progress=True)
    server = LlamaServer(settings, binary=binary, model=model, threads=settings.llm_threads or None)
    console.print("[bold]Lokales Sprachmodell[/] (llama-server) wird gestartet …")
    await server.start()
    try:
        yield server.base_url
    finally:
        await server.stop()
