"""Decisions come only through the UI's authority: encrypted by our codec and signed.

A plain Temporal client (no codec, no signing key) that reaches the frontend port must not be
able to decide a case, and neither may a client that has the codec key but no signing key.
"""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from temporalio.client import (
    Client,
    WorkflowExecutionStatus,
    WorkflowFailureError,
    WorkflowUpdateFailedError,
)
from temporalio.contrib.pydantic import pydantic_data_converter

from config.settings import Settings
from domain.case import ClerkDecision, Submission
from orchestration.decision_signing import signer_for
from orchestration.decisions import InvalidDecision, decide_case
from stack.stuck_cases import stuck_cases
from tests.pipeline.helpers import submit_plate_case
from tests.support.scripted_llm import ScriptedLLM
from workflows.case_workflow import CaseWorkflow

pytestmark = pytest.mark.usefixtures("worker")


async def _case_awaiting_review(
    client: Client, settings: Settings, llm: ScriptedLLM, name: str, plate: str
) -> str:
    result, view = await submit_plate_case(client, settings, llm, name=name, plate=plate)
    assert view.status == "awaiting_review"  # K3: a forbidden letter combination
    return result.case_id


async def _plain(client: Client) -> Client:
    """A client as anyone reaching the frontend port can build: no codec, no keys."""
    return await Client.connect(
        client.service_client.config.target_host,
        namespace=client.namespace,
        data_converter=pydantic_data_converter,
    )


async def _still_awaiting_review(client: Client, case_id: str) -> None:
    view = await client.get_workflow_handle_for(CaseWorkflow.run, case_id).query(
        CaseWorkflow.view
    )
    assert view.status == "awaiting_review", view.status
    assert view.clerk_decisions == [] and view.outcome is None


async def test_plain_client_without_codec_cannot_decide(
    client: Client, settings: Settings, scripted_llm: ScriptedLLM
) -> None:
    case_id = await _case_awaiting_review(client, settings, scripted_llm, "Mallory", "BO-SS 61")
    plain = await _plain(client)
    forged = ClerkDecision(action="approve", clerk_id="mallory")
    with pytest.raises(Exception) as refused:
        await asyncio.wait_for(
            plain.get_workflow_handle(case_id).execute_update("decide", forged), timeout=30
        )
    assert not isinstance(refused.value, TimeoutError), "the update hung instead of failing"
    await _still_awaiting_review(client, case_id)
    # The case is not harmed: a signed decision through the UI's path still works.
    done = await decide_case(client, case_id, ClerkDecision(action="reject", clerk_id="c1",
                                                            reason="Unzulässig."))
    assert done.status == "rejected"


async def test_plain_client_with_a_stolen_signing_key_is_refused_by_the_codec(
    client: Client, settings: Settings, scripted_llm: ScriptedLLM
) -> None:
    case_id = await _case_awaiting_review(client, settings, scripted_llm, "Dieb", "BO-SS 64")
    signed = signer_for(settings).sign(case_id, ClerkDecision(action="approve", clerk_id="x"))
    with pytest.raises(WorkflowUpdateFailedError) as refused:
        await asyncio.wait_for(
            (await _plain(client)).get_workflow_handle(case_id).execute_update("decide", signed),
            timeout=30,
        )
    # The reason is encrypted by our failure converter: the plain client sees only that it failed.
    assert refused.value.cause is not None
    await _still_awaiting_review(client, case_id)


async def test_plain_client_cannot_start_a_case(
    client: Client, settings: Settings, scripted_llm: ScriptedLLM
) -> None:
    from intake.submit import store_originals
    from storage.document_store import FileDocumentStore
    from tests.pipeline.helpers import SUBMITTED, plate_letter

    refs = store_originals(FileDocumentStore(settings.store_dir),
                           [("a.txt", plate_letter("Eindringling", "BO-EI 65"))])
    forged = Submission(case_id="case-forged", submitted_at=SUBMITTED, documents=refs)
    plain = await _plain(client)
    handle = await plain.start_workflow(
        "CaseWorkflow", forged, id=f"case-forged-{uuid.uuid4().hex[:8]}",
        task_queue=settings.task_queue,
    )
    described = None
    for _ in range(40):
        described = await client.get_workflow_handle(handle.id).describe()
        if described.status != WorkflowExecutionStatus.RUNNING:
            break
        await asyncio.sleep(0.5)
    assert described is not None
    assert described.status == WorkflowExecutionStatus.FAILED, described.status
    with pytest.raises(WorkflowFailureError) as failed:
        await client.get_workflow_handle(handle.id).result()
    assert "Unverschlüsselte Nutzlast" in str(failed.value.cause)
    # The operator's check lists it (visibility may lag a moment behind).
    for _ in range(50):
        if handle.id in {s.case_id for s in await stuck_cases(client)}:
            break
        await asyncio.sleep(0.1)
    else:
        pytest.fail("the failed execution is missing from stuck_cases")
    history = await client.get_workflow_handle(handle.id).fetch_history()
    assert not [e for e in history.events if e.HasField("activity_task_scheduled_event_attributes")]


async def test_encrypted_but_unsigned_decision_is_refused(
    client: Client, settings: Settings, scripted_llm: ScriptedLLM
) -> None:
    case_id = await _case_awaiting_review(client, settings, scripted_llm, "Unsigniert", "BO-SS 62")
    handle = client.get_workflow_handle_for(CaseWorkflow.run, case_id)
    with pytest.raises(WorkflowUpdateFailedError) as refused:
        await handle.execute_update(
            CaseWorkflow.decide, ClerkDecision(action="approve", clerk_id="mallory")
        )
    assert "nicht von der Prüfoberfläche signiert" in str(refused.value.cause)
    await _still_awaiting_review(client, case_id)


async def test_signature_with_another_key_or_too_old_is_refused(
    client: Client, settings: Settings, scripted_llm: ScriptedLLM
) -> None:
    from orchestration.decision_signing import DecisionSigner

    case_id = await _case_awaiting_review(client, settings, scripted_llm, "Gefaelscht", "BO-SS 63")
    approve = ClerkDecision(action="approve", clerk_id="c9")
    wrong_key = DecisionSigner(b"not-the-ui-key-not-the-ui-key-00")
    with pytest.raises(InvalidDecision):
        await decide_case(client, case_id, approve, signer=wrong_key)
    stale = datetime.now(UTC) - timedelta(hours=1)
    with pytest.raises(InvalidDecision):
        await decide_case(client, case_id, approve, signed_at=stale)
    await _still_awaiting_review(client, case_id)
