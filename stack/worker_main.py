"""``antragswerk worker``: a worker process against a configured cluster (scale-out)."""

from __future__ import annotations

import asyncio
import signal
from typing import cast

from config.logging_setup import configure_logging
from config.settings import Settings
from orchestration.client import connect_client
from orchestration.metrics_runtime import metrics_runtime
from worker import QueueRole, build_workers, run_workers


async def run_worker(settings: Settings, roles: list[str]) -> None:
    if not settings.llm_base_url and "llm" in roles:
        raise SystemExit(
            "ANTRAGSWERK_LLM_BASE_URL must point at the model endpoint for an "
            "llm worker (the stack command starts a local one)."
        )
    configure_logging(settings)
    client = await connect_client(settings, runtime=metrics_runtime(settings))
    workers = build_workers(
        client, settings, lambda: settings.llm_base_url, roles=[cast(QueueRole, r) for r in roles]
    )
    loop = asyncio.get_running_loop()
    stopping: list[asyncio.Task[None]] = []

    def _graceful() -> None:
        # SIGTERM (systemd, Kubernetes): finish running activities instead of leaving them to
        # their heartbeat timeouts on another worker.
        for w in workers:
            stopping.append(loop.create_task(w.shutdown()))

    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, _graceful)
    await run_workers(workers)
