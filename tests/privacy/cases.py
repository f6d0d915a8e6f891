"""Smoke-suite cases started under a fresh case id, so the same documents can run again here
(``submit_documents`` derives the id from the content: it would find the end-to-end test's case)."""

from __future__ import annotations

import json
import unicodedata
import uuid
from collections.abc import Iterable
from pathlib import Path

from temporalio.client import Client, WorkflowHandle

from config.settings import Settings
from domain.case import CaseView, Submission
from intake.submit import store_originals
from stack.cases import CaseDir
from storage.document_store import FileDocumentStore
from workflows.case_workflow import CaseWorkflow

SMOKE = Path(__file__).resolve().parents[2] / "evals" / "suites" / "smoke" / "cases"


def smoke_case(name: str) -> CaseDir:
    return CaseDir.load(SMOKE / name)


def pii_of(case: CaseDir) -> list[str]:
    return list(json.loads((case.path / "expected.json").read_text(encoding="utf-8"))["pii"])


def fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def leaked(pii: Iterable[str], text: str) -> list[str]:
    folded = fold(text)
    return [p for p in pii if fold(p) in folded]


async def start_case(
    client: Client, settings: Settings, case: CaseDir
) -> WorkflowHandle[CaseWorkflow, CaseView]:
    refs = store_originals(
        FileDocumentStore(settings.store_dir), [(p.name, p.read_bytes()) for p in case.documents]
    )
    submission = Submission(
        case_id=f"privacy-{case.case_id}-{uuid.uuid4().hex[:10]}",
        submitted_at=case.submitted_at,
        application_type=case.application_type,
        documents=refs,
        channel="eval",
    )
    return await client.start_workflow(
        CaseWorkflow.run, submission, id=submission.case_id, task_queue=settings.task_queue
    )
