"""Session fixtures: a real Temporal dev server, a real worker, the scripted LLM endpoint.

The state directory (document store, SQLite, codec key) is a fresh temporary directory for the
whole session; it is set in the environment before any project module reads settings.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

_STATE = Path(tempfile.mkdtemp(prefix="antragswerk-test-"))
os.environ["ANTRAGSWERK_STATE_DIR"] = str(_STATE)
os.environ["ANTRAGSWERK_CACHE_DIR"] = os.environ.get(
    "ANTRAGSWERK_CACHE_DIR", str(Path.home() / ".cache" / "antragswerk")
)
os.environ.setdefault("OMP_THREAD_LIMIT", "1")
# The scripted endpoint answers what each test scripts; the second reading before auto-approval
# would need a script in every test. It is tested on its own (tests/extractors/
# test_confirming_reading.py) and runs in every evaluation with the real model.
os.environ.setdefault("ANTRAGSWERK_CONFIRM_READING", "false")

import pytest  # noqa: E402
import pytest_asyncio  # noqa: E402
from temporalio.client import Client  # noqa: E402
from temporalio.testing import WorkflowEnvironment  # noqa: E402

from config.settings import Settings, get_settings  # noqa: E402
from orchestration.client import data_converter  # noqa: E402
from orchestration.search_attributes import (  # noqa: E402
    APPLICATION_TYPE,
    REASONS,
    ROUTE,
    STATUS,
    SUBMITTED,
    register_search_attributes,
)
from stack.binaries import temporal_cli  # noqa: E402
from tests.support.scripted_llm import ScriptedLLM  # noqa: E402
from worker import build_workers  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def scripted_llm() -> Iterator[ScriptedLLM]:
    llm = ScriptedLLM().start()
    yield llm
    llm.stop()


@pytest.fixture(scope="session")
def settings(scripted_llm: ScriptedLLM) -> Settings:
    os.environ["ANTRAGSWERK_LLM_BASE_URL"] = scripted_llm.base_url
    os.environ["ANTRAGSWERK_TASK_QUEUE"] = f"test-{uuid.uuid4().hex[:8]}"
    get_settings.cache_clear()
    return get_settings()


@pytest_asyncio.fixture(scope="session")
async def temporal_env(settings: Settings) -> AsyncIterator[WorkflowEnvironment]:
    env = await WorkflowEnvironment.start_local(
        dev_server_existing_path=str(temporal_cli()),
        data_converter=data_converter(settings),
        search_attributes=[STATUS, APPLICATION_TYPE, REASONS, SUBMITTED, ROUTE],
        dev_server_extra_args=[
            "--dynamic-config-value",
            "frontend.enableUpdateWorkflowExecution=true",
        ],
    )
    await register_search_attributes(env.client)
    yield env
    await env.shutdown()


@pytest_asyncio.fixture(scope="session")
async def client(temporal_env: WorkflowEnvironment) -> Client:
    return temporal_env.client


@pytest_asyncio.fixture(scope="session")
async def worker(
    client: Client, settings: Settings, scripted_llm: ScriptedLLM
) -> AsyncIterator[None]:
    workers = build_workers(client, settings, lambda: scripted_llm.base_url)
    tasks = [asyncio.create_task(w.run()) for w in workers]
    yield None
    await asyncio.gather(*(w.shutdown() for w in workers))
    for t in tasks:
        t.cancel()
