"""Scale-out: two worker processes against one Temporal server share the cases.

Both run ``antragswerk worker`` with the same state directory (document store, SQLite, codec
key), task queue and model endpoint, exactly as two machines would with a shared filesystem.
Each process may run only two model calls at once and the model answers slowly, so six
concurrent cases cannot all fit into one process.
"""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from temporalio.client import Client, WorkflowHandle
from temporalio.testing import WorkflowEnvironment

from activities.type_version import type_version
from apptypes.registry import get_type
from config.settings import Settings
from domain.case import CaseView
from storage.document_store import FileDocumentStore
from tests.pipeline.helpers import start_plate_case
from tests.scaleout.worker_processes import WorkerProcess, start_worker, wait_until_polling
from tests.support.scripted_llm import ScriptedLLM
from workflows.case_workflow import CaseWorkflow
from workflows.queues import TaskQueues

CASES = 6


@pytest.fixture
def queue() -> str:
    return f"scaleout-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def slow_model(scripted_llm: ScriptedLLM) -> Iterator[ScriptedLLM]:
    before = scripted_llm.delay_seconds
    scripted_llm.delay_seconds = 0.5
    yield scripted_llm
    scripted_llm.delay_seconds = before


@pytest.fixture
def two_workers(
    temporal_env: WorkflowEnvironment,
    settings: Settings,
    scripted_llm: ScriptedLLM,
    queue: str,
    tmp_path: Path,
) -> Iterator[list[WorkerProcess]]:
    env = {
        "TEMPORAL_ADDRESS": temporal_env.client.service_client.config.target_host,
        "TEMPORAL_NAMESPACE": temporal_env.client.namespace,
        "ANTRAGSWERK_STATE_DIR": str(settings.state_dir),
        "ANTRAGSWERK_TASK_QUEUE": queue,
        "ANTRAGSWERK_LLM_BASE_URL": scripted_llm.base_url,
        "ANTRAGSWERK_LLM_MAX_CONCURRENCY": "1",
        "OMP_THREAD_LIMIT": "1",
    }
    workers = [start_worker(env, tmp_path / f"worker-{n}.log") for n in (1, 2)]
    yield workers
    for w in workers:
        w.stop()


async def _submit(
    client: Client, settings: Settings, llm: ScriptedLLM, n: int
) -> WorkflowHandle[CaseWorkflow, CaseView]:
    result = await start_plate_case(client, settings, llm, name=f"Skalierung{n}",
                                    plate=f"BO-SK {100 + n}")
    return result.handle


async def _activity_identities(handle: WorkflowHandle[CaseWorkflow, CaseView]) -> list[str]:
    history = await handle.fetch_history()
    return [
        e.activity_task_started_event_attributes.identity
        for e in history.events
        if e.HasField("activity_task_started_event_attributes")
    ]


async def test_two_worker_processes_share_the_cases(
    client: Client,
    settings: Settings,
    slow_model: ScriptedLLM,
    queue: str,
    two_workers: list[WorkerProcess],
) -> None:
    queues = TaskQueues.for_main(queue)
    await wait_until_polling(client, two_workers, [queues.main, queues.ocr, queues.llm], queue)
    ours = settings.model_copy(update={"task_queue": queue})
    handles = await asyncio.gather(*(_submit(client, ours, slow_model, n) for n in range(CASES)))
    views = await asyncio.wait_for(asyncio.gather(*(h.result() for h in handles)), timeout=60)

    assert [v.status for v in views] == ["approved"] * CASES, [v.decision for v in views]
    identities = [i for h in handles for i in await _activity_identities(h)]
    per_worker = Counter(
        next((n for n, w in enumerate(two_workers) if w.owns(i)), -1) for i in identities
    )
    assert -1 not in per_worker, f"an activity ran outside the two workers: {identities}"
    print(f"activity tasks per worker process: {dict(per_worker)}")
    assert per_worker[0] > 0 and per_worker[1] > 0, per_worker

    expected_version = type_version(get_type("wunschkennzeichen"))
    store = FileDocumentStore(settings.store_dir)
    for view in views:
        assert view.type_version == expected_version
        assert view.outcome is not None and view.outcome.record_key
        assert store.get_json(view.outcome.record_key)["case"]["type_version"] == expected_version
