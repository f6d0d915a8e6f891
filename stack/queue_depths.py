"""How many tasks wait on each task queue (Temporal's approximate backlog), and who polls it.

``antragswerk status`` shows it so an operator sees where work piles up: a long ``-llm`` backlog
means more model capacity, a long ``-ocr`` one more reading workers (docs/scale-out.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from temporalio.api.enums.v1 import TaskQueueType
from temporalio.api.taskqueue.v1 import TaskQueue
from temporalio.api.workflowservice.v1 import DescribeTaskQueueRequest
from temporalio.client import Client

from workflows.queues import TaskQueues

_KINDS = {"workflow": TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
          "activity": TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY}


@dataclass(frozen=True)
class QueueDepth:
    task_queue: str
    kind: str
    backlog: int
    pollers: int


def watched_queues(main: str) -> list[tuple[str, str]]:
    """(task queue, kind) pairs the worker serves: workflows and activities on the main queue,
    activities on the OCR and LLM queues."""
    queues = TaskQueues.for_main(main)
    return [(queues.main, "workflow"), (queues.main, "activity"),
            (queues.ocr, "activity"), (queues.llm, "activity")]


async def queue_depths(client: Client, main: str) -> list[QueueDepth]:
    depths: list[QueueDepth] = []
    for name, kind in watched_queues(main):
        described = await client.workflow_service.describe_task_queue(DescribeTaskQueueRequest(
            namespace=client.namespace, task_queue=TaskQueue(name=name),
            task_queue_type=_KINDS[kind], report_stats=True))
        depths.append(QueueDepth(name, kind, described.stats.approximate_backlog_count,
                                 len(described.pollers)))
    return depths
