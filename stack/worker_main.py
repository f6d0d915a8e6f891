"""``antragswerk worker``: a worker process against a configured cluster (scale-out)."""

from __future__ import annotations

from typing import cast

from config.settings import Settings
from orchestration.client import connect_client
from worker import QueueRole, build_workers, run_workers


async def run_worker(settings: Settings, roles: list[str]) -> None:
    if not settings.llm_base_url and "llm" in roles:
        raise SystemExit(
            "ANTRAGSWERK_LLM_BASE_URL must point at the model endpoint for an "
            "llm worker (the stack command starts a local one)."
        )
    client = await connect_client(settings)
    workers = build_workers(
        client, settings, lambda: settings.llm_base_url, roles=[cast(QueueRole, r) for r in roles]
    )
    await run_workers(workers)
