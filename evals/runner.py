"""Runs a dataset through the real pipeline and writes predictions and reports.

Each run gets its own Temporal dev server (in memory) and state directory under the output
directory, so plate reservations and documents of one run never leak into another. Cases go
through the same workflow and activities as production; the clerk step is left open, read out
through the ``view`` query, and the workflow is then terminated.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import shutil
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import httpx
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from temporalio.client import Client
from temporalio.testing import WorkflowEnvironment

from config.settings import Settings
from domain.case import CaseView
from evals.dataset import Dataset, DatasetCase, Prediction, load_dataset
from evals.llm_cache import LlmCache
from evals.llm_cache_transport import AsyncCachingTransport
from evals.metrics import score
from evals.predictions import write_prediction
from evals.report_model import Report
from evals.reports import write_reports
from orchestration.client import data_converter
from orchestration.search_attributes import register_search_attributes
from stack.binaries import temporal_cli
from stack.cases import CaseDir, submit_case_dir, wait_settled
from storage.document_store import FileDocumentStore
from worker import build_workers


@dataclass(frozen=True)
class RunOptions:
    out_dir: Path
    llm_url: str
    concurrency: int = 2
    use_cache: bool = True
    cache_path: Path | None = None
    case_timeout: float = 1800.0


def prediction_from_view(view: CaseView, store: FileDocumentStore, seconds: float) -> Prediction:
    extraction = view.extraction
    decision = view.decision
    redacted = [store.get(k).decode("utf-8", "replace") for k in view.redacted_keys
                if store.exists(k)]
    return Prediction(
        application_type=view.classification.application_type if view.classification else None,
        route=decision.route if decision else None,
        recommendation=decision.recommendation if decision else None,
        rules=decision.reasons if decision else [],
        fields=extraction.values() if extraction else {},
        confidence={k: v.confidence for k, v in extraction.fields.items()} if extraction else {},
        redacted=redacted, error=view.error, seconds=round(seconds, 3),
        llm_tokens=extraction.llm_tokens if extraction else 0,
        prompt_tokens=extraction.prompt_tokens if extraction else 0,
        cached_prompt_tokens=extraction.cached_prompt_tokens if extraction else 0,
        stage_seconds={k: round(v, 3) for k, v in view.timings.items()},
        read_methods=sorted({m for reading in view.readings for m in reading.methods}))


@contextlib.asynccontextmanager
async def eval_stack(settings: Settings, options: RunOptions) -> AsyncIterator[Client]:
    """An in-memory Temporal dev server and a worker for one evaluation run."""
    env = await WorkflowEnvironment.start_local(
        dev_server_existing_path=str(temporal_cli()), data_converter=data_converter(settings))
    cache = LlmCache(options.cache_path or settings.cache_dir / "llm-cache.sqlite")
    http = httpx.AsyncClient(transport=AsyncCachingTransport(
        httpx.AsyncHTTPTransport(), cache, enabled=options.use_cache), timeout=None)
    try:
        await register_search_attributes(env.client)
        workers = build_workers(env.client, settings, lambda: options.llm_url, http_client=http)
        tasks = [asyncio.create_task(w.run()) for w in workers]
        try:
            yield env.client
        finally:
            await asyncio.gather(*(w.shutdown() for w in workers), return_exceptions=True)
            for t in tasks:
                t.cancel()
    finally:
        await http.aclose()
        cache.close()
        await env.shutdown()


async def run_case(client: Client, case: DatasetCase, settings: Settings,
                   store: FileDocumentStore, timeout: float) -> Prediction:
    started = time.monotonic()
    try:
        case_dir = CaseDir.load(case.dir)
        submitted = await submit_case_dir(client, case_dir, settings, channel="eval")
        view = await wait_settled(submitted.handle, timeout=timeout, poll=1.0)
        if view.status == "awaiting_review":
            await submitted.handle.terminate("evaluation: clerk step read out")
        return prediction_from_view(view, store, time.monotonic() - started)
    except Exception as exc:  # a crashing case is reported, the run goes on
        return Prediction(error=f"{type(exc).__name__}: {exc}"[:500],
                          seconds=round(time.monotonic() - started, 3))


def eval_settings(base: Settings, out_dir: Path) -> Settings:
    state = out_dir / "state"
    if state.exists():
        shutil.rmtree(state)
    return base.model_copy(update={"state_dir": state, "document_store_dir": None,
                                   "database_url": "", "codec_keys": "",
                                   "task_queue": f"eval-{uuid.uuid4().hex[:8]}"})


async def run_dataset(dataset_path: Path, base_settings: Settings, options: RunOptions,
                      console: Console) -> Report:
    dataset: Dataset = load_dataset(dataset_path)
    settings = eval_settings(base_settings, options.out_dir)
    store = FileDocumentStore(settings.store_dir)
    predictions: dict[str, Prediction] = {}
    limit = asyncio.Semaphore(options.concurrency)
    pred_dir = options.out_dir
    started = time.monotonic()
    async with eval_stack(settings, options) as client:
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                      console=console) as progress:
            task = progress.add_task(f"Evaluation {dataset.name}", total=len(dataset.cases))

            async def one(case: DatasetCase) -> None:
                async with limit:
                    pred = await run_case(client, case, settings, store, options.case_timeout)
                predictions[case.case_id] = pred
                write_prediction(pred_dir, case.case_id, pred)
                if pred.error:
                    progress.console.print(f"[red]{case.case_id}: {pred.error}[/]")
                progress.advance(task)

            await asyncio.gather(*(one(c) for c in dataset.cases))
    report = score(dataset, predictions)
    run_info = {"dataset": str(dataset_path), "dataset_name": dataset.name,
                "llm_url": options.llm_url, "model": settings.llm_model,
                "llm_cache": "on" if options.use_cache else "off",
                "wall_seconds": f"{time.monotonic() - started:.1f}",
                "concurrency": str(options.concurrency)}
    write_reports(report, options.out_dir, title=f"Evaluation: {dataset.name}", run_info=run_info)
    (options.out_dir / "run.json").write_text(json.dumps(run_info, indent=2), encoding="utf-8")
    return report
