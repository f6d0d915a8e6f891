"""The antragswerk worker: hosts the case workflow and every activity.

One process polls three task queues — ``<queue>`` (workflow, rules, redaction, outcome),
``<queue>-ocr`` (reading/OCR, CPU-bound) and ``<queue>-llm`` (extraction) — or, scaled out, any
subset of them (``antragswerk worker --only ocr``), so OCR and LLM work can get their own machines.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Literal

import httpx
from temporalio.client import Client
from temporalio.worker import Worker

from activities.classification import ClassificationActivities
from activities.context import ActivityContext
from activities.extraction import ExtractionActivities
from activities.outcome import OutcomeActivities
from activities.reading import ReadingActivities
from activities.redaction import RedactionActivities
from activities.routing import RoutingActivities
from activities.type_version import TypeVersionActivities
from config.settings import Settings
from orchestration.decision_signing import DecisionCheck, install_check
from workflows.case_workflow import CaseWorkflow
from workflows.queues import TaskQueues

QueueRole = Literal["main", "ocr", "llm"]
ALL_ROLES: tuple[QueueRole, ...] = ("main", "ocr", "llm")


def build_workers(
    client: Client,
    settings: Settings,
    llm_url: Callable[[], str],
    *,
    roles: Iterable[QueueRole] = ALL_ROLES,
    http_client: httpx.AsyncClient | None = None,
) -> list[Worker]:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # tesseract: 3x faster on small machines
    ctx = ActivityContext.create(settings)
    install_check(DecisionCheck.from_settings(settings))
    queues = TaskQueues.for_main(settings.task_queue)
    cores = os.cpu_count() or 2
    workers: list[Worker] = []
    roles = set(roles)
    if "main" in roles:
        workers.append(
            Worker(
                client,
                task_queue=queues.main,
                workflows=[CaseWorkflow],
                activities=[
                    ClassificationActivities(ctx).classify,
                    RoutingActivities(ctx).check_and_route,
                    RedactionActivities(ctx).redact_case,
                    OutcomeActivities(ctx).finalize,
                    TypeVersionActivities().version,
                ],
                activity_executor=ThreadPoolExecutor(4),
                max_concurrent_activities=4,
            )
        )
    if "ocr" in roles:
        workers.append(
            Worker(
                client,
                task_queue=queues.ocr,
                activities=[ReadingActivities(ctx).read],
                activity_executor=ThreadPoolExecutor(cores),
                max_concurrent_activities=cores,
            )
        )
    if "llm" in roles:
        workers.append(
            Worker(
                client,
                task_queue=queues.llm,
                activities=[ExtractionActivities(ctx, llm_url, http_client).extract],
                # No more than the model has slots: an extra one would only wait for a slot
                # while its heartbeat and start-to-close clocks run.
                max_concurrent_activities=settings.llm_max_concurrency,
            )
        )
    return workers


async def run_workers(workers: Sequence[Worker]) -> None:
    await asyncio.gather(*(w.run() for w in workers))
