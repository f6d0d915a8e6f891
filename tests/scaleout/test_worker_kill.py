"""``kill -9`` of the worker running a case's model call: a new worker finishes the case within
a minute, because the extraction's heartbeats stop and its 30 s heartbeat timeout fires (it
was 5 minutes)."""

from __future__ import annotations

import asyncio
import time
import uuid
from pathlib import Path

from temporalio.client import Client
from temporalio.testing import WorkflowEnvironment

from config.settings import Settings
from stack.cases import wait_settled
from tests.pipeline.helpers import start_plate_case
from tests.scaleout.worker_processes import start_worker, wait_until_polling
from tests.support.scripted_llm import ScriptedLLM
from workflows.case_workflow import CaseWorkflow
from workflows.queues import TaskQueues

RECOVERY_LIMIT = 60.0


async def test_case_recovers_within_a_minute_after_kill_9_of_its_worker(
    client: Client,
    temporal_env: WorkflowEnvironment,
    settings: Settings,
    scripted_llm: ScriptedLLM,
    tmp_path: Path,
) -> None:
    queue = f"kill-{uuid.uuid4().hex[:8]}"
    queues = TaskQueues.for_main(queue)
    env = {
        "TEMPORAL_ADDRESS": temporal_env.client.service_client.config.target_host,
        "TEMPORAL_NAMESPACE": temporal_env.client.namespace,
        "ANTRAGSWERK_STATE_DIR": str(settings.state_dir),
        "ANTRAGSWERK_TASK_QUEUE": queue,
        "ANTRAGSWERK_LLM_BASE_URL": scripted_llm.base_url,
        "OMP_THREAD_LIMIT": "1",
    }
    first = start_worker(env, tmp_path / "first.log")
    second = None
    before = scripted_llm.delay_seconds
    scripted_llm.delay_seconds = 8.0  # the model call is in flight when the worker dies
    try:
        await wait_until_polling(client, [first], [queues.main, queues.ocr, queues.llm], queue)
        ours = settings.model_copy(update={"task_queue": queue})
        result = await start_plate_case(client, ours, scripted_llm, name="Absturz",
                                        plate="BO-AB 66")
        for _ in range(300):
            if any("Absturz" in str(r.get("messages")) for r in scripted_llm.requests):
                break
            await asyncio.sleep(0.1)
        first.proc.kill()  # SIGKILL: no shutdown, no failure reported
        first.proc.wait()
        killed = time.monotonic()
        second = start_worker(env, tmp_path / "second.log")
        view = await wait_settled(result.handle, timeout=RECOVERY_LIMIT + 60)
        recovered = time.monotonic() - killed
    finally:
        scripted_llm.delay_seconds = before
        first.stop()
        if second is not None:
            second.stop()
    print(f"case done {recovered:.1f} s after kill -9 of its worker")
    assert view.status == "approved"
    assert recovered <= RECOVERY_LIMIT, recovered
    handle = client.get_workflow_handle_for(CaseWorkflow.run, result.case_id)
    history = await handle.fetch_history()
    # Retried attempts are not events; the started event of the one that completed counts them.
    attempts = [e.activity_task_started_event_attributes.attempt for e in history.events
                if e.HasField("activity_task_started_event_attributes")]
    assert max(attempts) >= 2, "the killed attempt should have been retried"
