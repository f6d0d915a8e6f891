"""The clerk-decision pipeline once per database backend.

For SQLite the suite's session worker serves; for PostgreSQL a second set of workers runs on its
own task queue with ``database_url`` pointing at the test PostgreSQL, so the plate register and
the final records of real cases are written to a real PostgreSQL by real activities.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from temporalio.client import Client

from config.settings import Settings
from tests.support.postgres_server import PostgresServer
from tests.support.scripted_llm import ScriptedLLM
from worker import build_workers


@pytest_asyncio.fixture(loop_scope="session", scope="session")
async def postgres_pipeline(client: Client, settings: Settings, scripted_llm: ScriptedLLM,
                            postgres: PostgresServer) -> AsyncIterator[Settings]:
    own = settings.model_copy(update={"task_queue": f"test-pg-{uuid.uuid4().hex[:8]}",
                                      "database_url": postgres.create_database()})
    workers = build_workers(client, own, lambda: scripted_llm.base_url)
    tasks = [asyncio.create_task(w.run()) for w in workers]
    yield own
    await asyncio.gather(*(w.shutdown() for w in workers))
    for t in tasks:
        t.cancel()


@pytest.fixture
def pipeline_settings(database_backend: str, request: pytest.FixtureRequest) -> Settings:
    """The settings a test submits with: its workers write to this backend's database."""
    if database_backend == "postgresql":
        pg: Settings = request.getfixturevalue("postgres_pipeline")
        return pg
    request.getfixturevalue("worker")
    sqlite: Settings = request.getfixturevalue("settings")
    return sqlite
