"""Session fixtures: a real Temporal dev server, a real worker, the scripted LLM endpoint.

The state directory (document store, SQLite, codec key) is a fresh temporary directory for the
whole session; it is set in the environment before any project module reads settings.
"""

from __future__ import annotations

import asyncio
import base64
import os
import secrets
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
# One decision key for the whole run: the session's worker checks signatures with it, and a test
# that points the settings at another state directory (and so at another generated key file)
# must not make every later decision look forged.
os.environ.setdefault("ANTRAGSWERK_DECISION_KEY",
                      base64.b64encode(secrets.token_bytes(32)).decode())

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
from tests.support.postgres_server import PostgresServer  # noqa: E402
from tests.support.scripted_llm import ScriptedLLM  # noqa: E402
from worker import build_workers  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
# Tests that take ``db_url`` run once per backend. Both by default (CI): a PostgreSQL that does
# not start is an error, never a skip. A developer may narrow it explicitly, e.g. "sqlite".
DATABASE_BACKENDS = os.environ.get("ANTRAGSWERK_TEST_DATABASES", "sqlite,postgresql").split(",")


def pytest_report_header() -> str:
    return f"database backends: {', '.join(DATABASE_BACKENDS)}"


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session", params=DATABASE_BACKENDS)
def database_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _fresh_database_url(backend: str, request: pytest.FixtureRequest, directory: Path) -> str:
    if backend == "postgresql":
        server: PostgresServer = request.getfixturevalue("postgres")
        return server.create_database()
    if backend == "sqlite":
        return f"sqlite:///{directory / 'antragswerk.db'}"
    raise ValueError(f"unknown database backend {backend!r} in ANTRAGSWERK_TEST_DATABASES")


@pytest.fixture
def db_url(database_backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database of each backend, per test."""
    return _fresh_database_url(database_backend, request, tmp_path)


@pytest.fixture(scope="module")
def module_db_url(database_backend: str, request: pytest.FixtureRequest,
                  tmp_path_factory: pytest.TempPathFactory) -> str:
    """An empty database of each backend, per test module (fixtures that are slow to build)."""
    return _fresh_database_url(database_backend, request, tmp_path_factory.mktemp("db"))


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


@pytest_asyncio.fixture(loop_scope="session", scope="session")
async def postgres_workers(client: Client, settings: Settings, scripted_llm: ScriptedLLM,
                           postgres: PostgresServer) -> AsyncIterator[Settings]:
    """A second set of workers on its own task queue whose activities write to PostgreSQL."""
    own = settings.model_copy(update={"task_queue": f"test-pg-{uuid.uuid4().hex[:8]}",
                                      "database_url": postgres.create_database()})
    workers = build_workers(client, own, lambda: scripted_llm.base_url)
    tasks = [asyncio.create_task(w.run()) for w in workers]
    yield own
    await asyncio.gather(*(w.shutdown() for w in workers))
    for t in tasks:
        t.cancel()


@pytest.fixture(scope="session")
def stack_settings(database_backend: str, request: pytest.FixtureRequest) -> Settings:
    """The settings to submit cases and build apps with, once per backend: real cases run
    through real workers that write the plate register, records and UI tables to it."""
    if database_backend == "postgresql":
        on_postgres: Settings = request.getfixturevalue("postgres_workers")
        return on_postgres
    request.getfixturevalue("worker")
    on_sqlite: Settings = request.getfixturevalue("settings")
    return on_sqlite

