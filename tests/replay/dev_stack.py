"""A throw-away Temporal dev server with a worker and the scripted model, for recording."""

from __future__ import annotations

import asyncio
import os
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from temporalio.client import Client
from temporalio.testing import WorkflowEnvironment

from config.settings import Settings, get_settings
from orchestration.client import data_converter
from orchestration.search_attributes import (
    APPLICATION_TYPE,
    REASONS,
    STATUS,
    SUBMITTED,
    register_search_attributes,
)
from stack.binaries import temporal_cli
from tests.replay.codec import TEST_CODEC_KEYS
from tests.support.scripted_llm import ScriptedLLM
from worker import build_workers


@dataclass(frozen=True)
class RecordingStack:
    client: Client
    settings: Settings
    llm: ScriptedLLM


def _settings_for(state_dir: Path, llm: ScriptedLLM) -> Settings:
    # Environment, not constructor arguments: some modules read get_settings() themselves.
    os.environ["ANTRAGSWERK_STATE_DIR"] = str(state_dir)
    os.environ["ANTRAGSWERK_CODEC_KEYS"] = TEST_CODEC_KEYS
    os.environ["ANTRAGSWERK_LLM_BASE_URL"] = llm.base_url
    os.environ["ANTRAGSWERK_TASK_QUEUE"] = "replay-recording"
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    get_settings.cache_clear()
    return get_settings()


@asynccontextmanager
async def recording_stack() -> AsyncIterator[RecordingStack]:
    llm = ScriptedLLM().start()
    try:
        with tempfile.TemporaryDirectory(prefix="antragswerk-replay-") as tmp:
            settings = _settings_for(Path(tmp), llm)
            env = await WorkflowEnvironment.start_local(
                dev_server_existing_path=str(temporal_cli()),
                data_converter=data_converter(settings),
                search_attributes=[STATUS, APPLICATION_TYPE, REASONS, SUBMITTED],
                dev_server_extra_args=[
                    "--dynamic-config-value",
                    "frontend.enableUpdateWorkflowExecution=true",
                ],
            )
            try:
                await register_search_attributes(env.client)
                workers = build_workers(env.client, settings, lambda: llm.base_url)
                tasks = [asyncio.create_task(w.run()) for w in workers]
                try:
                    yield RecordingStack(env.client, settings, llm)
                finally:
                    await asyncio.gather(*(w.shutdown() for w in workers))
                    await asyncio.gather(*tasks, return_exceptions=True)
            finally:
                await env.shutdown()
    finally:
        llm.stop()
