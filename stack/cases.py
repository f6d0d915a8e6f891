"""Submitting dataset-format case directories and waiting for them to settle.

Shared by the demo (bundled samples) and the evaluation runner: a case directory holds
``case.json`` (submitted_at, optional application_type, documents) and the documents.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from temporalio.client import Client, WorkflowHandle, WorkflowQueryFailedError

from config.settings import Settings
from domain.case import CaseView, Channel
from intake.submit import SubmitResult, submit_documents
from workflows.case_workflow import CaseWorkflow

SETTLED = {"awaiting_review", "approved", "rejected", "failed"}


@dataclass(frozen=True)
class CaseDir:
    case_id: str
    path: Path
    submitted_at: date
    application_type: str | None
    documents: list[Path]

    @staticmethod
    def load(path: Path) -> CaseDir:
        meta = json.loads((path / "case.json").read_text(encoding="utf-8"))
        return CaseDir(
            case_id=path.name,
            path=path,
            submitted_at=date.fromisoformat(meta["submitted_at"]),
            application_type=meta.get("application_type"),
            documents=[path / d for d in meta["documents"]],
        )


def case_dirs(root: Path) -> list[CaseDir]:
    base = root / "cases" if (root / "cases").is_dir() else root
    return [CaseDir.load(p) for p in sorted(base.iterdir()) if (p / "case.json").exists()]


async def submit_case_dir(
    client: Client, case: CaseDir, settings: Settings, channel: Channel = "demo"
) -> SubmitResult:
    files = [(p.name, p.read_bytes()) for p in case.documents]
    return await submit_documents(
        client,
        files,
        application_type=case.application_type,
        submitted_at=case.submitted_at,
        channel=channel,
        settings=settings,
    )


async def wait_settled(
    handle: WorkflowHandle[CaseWorkflow, CaseView],
    *,
    on_status: Callable[[str], Awaitable[None] | None] | None = None,
    poll: float = 0.5,
    timeout: float = 3600.0,
) -> CaseView:
    """Polls the case's ``view`` query until it awaits a clerk or is finished."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    last = ""
    while True:
        try:
            view = await handle.query(CaseWorkflow.view)
        except WorkflowQueryFailedError:  # queried before the first workflow task ran
            view = None
        if view is not None:
            if view.status != last and on_status is not None:
                result = on_status(view.status)
                if result is not None:
                    await result
            last = view.status
            if view.status in SETTLED:
                return view
        if loop.time() > deadline:
            raise TimeoutError(f"case {handle.id} did not settle in {timeout:.0f} s")
        await asyncio.sleep(poll)
