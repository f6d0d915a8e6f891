"""Starts a case for a submission.

Originals go to the document store before anything else (claim check), so a submission is
never lost even if starting the workflow fails. The workflow id is derived from the content: the
same submission twice is one case.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from temporalio.client import Client, WorkflowHandle
from temporalio.common import WorkflowIDReusePolicy
from temporalio.exceptions import WorkflowAlreadyStartedError

from config.settings import Settings, get_settings
from domain.case import CaseView, Channel, Submission
from domain.documents import DocumentRef
from intake.document_files import too_large_message
from reading import sniff_media_type
from storage.document_store import FileDocumentStore
from workflows.case_workflow import CaseWorkflow

BERLIN = ZoneInfo("Europe/Berlin")
MAX_DOCUMENTS = 5


class SubmissionError(ValueError):
    """A submission that cannot become a case at all (no files, too many files)."""


@dataclass(frozen=True)
class SubmitResult:
    case_id: str
    duplicate: bool
    handle: WorkflowHandle[CaseWorkflow, CaseView]


def case_id_for(doc_ids: Sequence[str]) -> str:
    """The application's identity: its set of documents. Not their order (a scanner or a citizen
    may send them in any order) and not the type, which is only a hint to classification.
    The trailing empty part keeps the ids of untyped submissions from before this rule."""
    digest = hashlib.sha256("|".join([*sorted(set(doc_ids)), ""]).encode()).hexdigest()
    return f"case-{digest[:20]}"


def store_originals(
    store: FileDocumentStore, files: Sequence[tuple[str, bytes]]
) -> list[DocumentRef]:
    refs = []
    for filename, data in files:
        doc_id = store.put_original(data)
        refs.append(
            DocumentRef(
                doc_id=doc_id,
                filename=filename[-200:],
                media_type=sniff_media_type(data, filename),
                size=len(data),
            )
        )
    return refs


async def submit_documents(
    client: Client,
    files: Sequence[tuple[str, bytes]],
    *,
    application_type: str | None = None,
    submitted_at: date | None = None,
    channel: Channel = "cli",
    settings: Settings | None = None,
) -> SubmitResult:
    if not 1 <= len(files) <= MAX_DOCUMENTS:
        raise SubmissionError(
            f"Ein Antrag hat 1 bis {MAX_DOCUMENTS} Dokumente, nicht {len(files)}."
        )
    settings = settings or get_settings()
    # Every channel (portal, CLI, drop folder) is held to the same per-file limit.
    for filename, data in files:
        if len(data) > settings.max_document_bytes:
            raise SubmissionError(too_large_message(filename, settings.max_document_bytes))
    store = FileDocumentStore(settings.store_dir)
    # Hashing and writing up to 5 x 50 MB: off the event loop (the portal API serves on it).
    refs = await asyncio.to_thread(store_originals, store, files)
    case_id = case_id_for([r.doc_id for r in refs])
    submission = Submission(
        case_id=case_id,
        submitted_at=submitted_at or datetime.now(BERLIN).date(),
        application_type=application_type,
        documents=refs,
        channel=channel,
    )
    try:
        handle = await client.start_workflow(
            CaseWorkflow.run,
            submission,
            id=case_id,
            task_queue=settings.task_queue,
            id_reuse_policy=WorkflowIDReusePolicy.REJECT_DUPLICATE,
        )
        return SubmitResult(case_id, duplicate=False, handle=handle)
    except WorkflowAlreadyStartedError:
        return SubmitResult(
            case_id,
            duplicate=True,
            handle=client.get_workflow_handle_for(CaseWorkflow.run, case_id),
        )
