"""A worker with ANTRAGSWERK_METRICS_PORT exports Prometheus metrics: the SDK's own and ours
(cases by status/route/type, stage durations, model tokens), scraped over real HTTP after a
real case ran through it on the Temporal dev server."""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import AsyncIterator

import httpx
import pytest_asyncio
from temporalio.client import Client

from config.settings import Settings
from orchestration.client import data_converter
from orchestration.metrics_runtime import metrics_runtime
from tests.pipeline.helpers import submit_plate_case
from tests.support.scripted_llm import ScriptedLLM
from tests.ui.conftest import unused_port
from worker import build_workers


@pytest_asyncio.fixture(loop_scope="session")
async def metrics_worker(client: Client, settings: Settings,
                         scripted_llm: ScriptedLLM) -> AsyncIterator[Settings]:
    own = settings.model_copy(update={"task_queue": f"metrics-{uuid.uuid4().hex[:8]}",
                                      "metrics_port": unused_port()})
    runtime = metrics_runtime(own)
    assert runtime is not None
    metered = await Client.connect(client.service_client.config.target_host,
                                   namespace=client.namespace,
                                   data_converter=data_converter(own), runtime=runtime)
    workers = build_workers(metered, own, lambda: scripted_llm.base_url)
    tasks = [asyncio.create_task(w.run()) for w in workers]
    yield own
    await asyncio.gather(*(w.shutdown() for w in workers))
    for t in tasks:
        t.cancel()


async def _scrape(port: int) -> str:
    async with httpx.AsyncClient(timeout=5) as http:
        response = await http.get(f"http://127.0.0.1:{port}/metrics")
    response.raise_for_status()
    return response.text


async def test_a_finished_case_shows_up_in_the_metrics(
        metrics_worker: Settings, client: Client, scripted_llm: ScriptedLLM) -> None:
    _, view = await submit_plate_case(client, metrics_worker, scripted_llm,
                                      name="Metrikowski", plate="BO-MX 31")
    assert view.status == "approved", view.decision
    text = await _scrape(metrics_worker.metrics_port)
    finished = re.search(r'^antragswerk_cases_finished\{[^}]*application_type="wunschkennzeichen"'
                         r'[^}]*\} (\d+)', text, re.MULTILINE)
    assert finished is not None and int(finished.group(1)) >= 1, text[:2000]
    line = next(m.group(0) for m in re.finditer(r"^antragswerk_cases_finished\{.*$", text,
                                                re.MULTILINE))
    assert 'status="approved"' in line and 'route="auto_approve"' in line
    for stage in ("reading", "extraction", "rules"):
        assert re.search(rf'^antragswerk_stage_duration_bucket\{{[^}}]*stage="{stage}"', text,
                         re.MULTILINE), stage
    assert re.search(r'^antragswerk_model_tokens\{[^}]*kind="prompt"[^}]*\} [1-9]', text,
                     re.MULTILINE)
    # the SDK's own runtime metrics on the same endpoint
    assert re.search(r"^temporal_activity_execution_latency", text, re.MULTILINE)
