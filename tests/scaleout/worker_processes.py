"""Worker processes started exactly as an operator would: ``antragswerk worker`` in a subprocess.

Each process gets the SDK's default identity ``<pid>@<host>``, so the worker that ran an
activity can be read off the ``identity`` of the ActivityTaskStarted events.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from temporalio.api.enums.v1 import TaskQueueType
from temporalio.api.taskqueue.v1 import TaskQueue
from temporalio.api.workflowservice.v1 import DescribeTaskQueueRequest
from temporalio.client import Client

REPO = Path(__file__).resolve().parents[2]


@dataclass
class WorkerProcess:
    proc: subprocess.Popen[bytes]
    log: Path

    @property
    def identity_prefix(self) -> str:
        return f"{self.proc.pid}@"

    def owns(self, identity: str) -> bool:
        return identity.startswith(self.identity_prefix)

    def log_tail(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-3000:]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def start_worker(env: Mapping[str, str], log: Path) -> WorkerProcess:
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "cli.main", "worker"],
            cwd=REPO,
            env={**os.environ, **env},
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    return WorkerProcess(proc, log)


async def _pollers(client: Client, queue: str, kind: TaskQueueType.ValueType) -> set[str]:
    response = await client.workflow_service.describe_task_queue(
        DescribeTaskQueueRequest(
            namespace=client.namespace, task_queue=TaskQueue(name=queue), task_queue_type=kind
        )
    )
    return {p.identity for p in response.pollers}


async def wait_until_polling(
    client: Client,
    workers: Iterable[WorkerProcess],
    queues: Iterable[str],
    main_queue: str,
    timeout: float = 30.0,
) -> None:
    """Until every process polls every queue, so no early bird takes all the work."""
    workers = list(workers)
    checks = [(q, TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY) for q in queues]
    checks.append((main_queue, TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW))
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        for w in workers:
            if w.proc.poll() is not None:
                raise RuntimeError(f"worker exited with {w.proc.returncode}:\n{w.log_tail()}")
        seen = [await _pollers(client, q, kind) for q, kind in checks]
        if all(any(w.owns(i) for i in ids) for ids in seen for w in workers):
            return
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError("workers did not poll every task queue in time")
        await asyncio.sleep(0.3)
