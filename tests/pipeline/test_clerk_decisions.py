"""Clerk decisions arrive as a validated Temporal Update."""

from __future__ import annotations

import pytest
from temporalio.client import Client

from config.settings import Settings
from domain.case import ClerkDecision
from orchestration.decisions import CaseAlreadyDecided, InvalidDecision, decide_case
from storage.document_store import FileDocumentStore
from storage.plate_register import PlateRegister
from tests.pipeline.helpers import submit_plate_case
from tests.support.scripted_llm import ScriptedLLM

pytestmark = pytest.mark.usefixtures("worker")


async def test_clean_plate_case_is_auto_approved_and_reserved(
    client: Client, stack_settings: Settings, scripted_llm: ScriptedLLM
) -> None:
    _, view = await submit_plate_case(
        client, stack_settings, scripted_llm, name="Auerbach", plate="BO-JA 412"
    )
    assert view.decision is not None and view.decision.route == "auto_approve", view.decision
    assert view.status == "approved"
    assert PlateRegister(stack_settings.db_url).is_taken("BO-JA 412")
    fv = view.extraction.fields["halter.familienname"] if view.extraction else None
    assert fv is not None and fv.found_in_source and fv.evidence[0].text == "Auerbach"


async def test_same_submission_twice_is_one_case(
    client: Client, stack_settings: Settings, scripted_llm: ScriptedLLM
) -> None:
    from intake.submit import submit_documents
    from tests.pipeline.helpers import SUBMITTED, plate_letter

    letter = plate_letter("Zwilling", "BO-ZW 77")
    first = await submit_documents(
        client,
        [("a.txt", letter)],
        application_type="wunschkennzeichen",
        submitted_at=SUBMITTED,
        settings=stack_settings,
    )
    second = await submit_documents(
        client,
        [("a.txt", letter)],
        application_type="wunschkennzeichen",
        submitted_at=SUBMITTED,
        settings=stack_settings,
    )
    assert first.case_id == second.case_id
    assert not first.duplicate and second.duplicate


async def test_clerk_corrects_then_approves_and_second_clerk_is_refused(
    client: Client, stack_settings: Settings, scripted_llm: ScriptedLLM
) -> None:
    # A forbidden letter combination (K3) sends the case to a clerk.
    result, view = await submit_plate_case(
        client, stack_settings, scripted_llm, name="Korrektur", plate="BO-SS 12"
    )
    assert view.status == "awaiting_review"
    assert view.decision is not None and "K3_unzulaessig" in view.decision.reasons
    assert view.decision.recommendation == "reject"
    case_id = result.case_id
    with pytest.raises(InvalidDecision, match="Begründung"):
        await decide_case(
            client, case_id, ClerkDecision(action="reject", clerk_id="c1", reason=" ")
        )
    corrected = await decide_case(
        client,
        case_id,
        ClerkDecision(action="correct", clerk_id="c1", corrections={"kennzeichen": "BO-KO 12"}),
    )
    assert corrected.status == "awaiting_review"
    assert corrected.decision is not None
    assert "K3_unzulaessig" not in corrected.decision.reasons
    approved = await decide_case(client, case_id, ClerkDecision(action="approve", clerk_id="c1"))
    assert approved.status == "approved" and approved.outcome is not None
    assert approved.outcome.decided_by == "c1"
    with pytest.raises(CaseAlreadyDecided, match="bereits von c1"):
        await decide_case(
            client, result.case_id, ClerkDecision(action="reject", clerk_id="c2", reason="x")
        )
    store = FileDocumentStore(stack_settings.store_dir)
    record = store.get_json(approved.outcome.record_key or "")
    assert record["case"]["outcome"]["decided_by"] == "c1"
    assert PlateRegister(stack_settings.db_url).is_taken("BO-KO 12")


async def test_malformed_model_answer_is_retried_once(
    client: Client, stack_settings: Settings, scripted_llm: ScriptedLLM
) -> None:
    from tests.pipeline.helpers import plate_answer

    _, view = await submit_plate_case(
        client,
        stack_settings,
        scripted_llm,
        name="Wiederholer",
        plate="BO-WH 5",
        answers=["{not json", plate_answer("Wiederholer", "BO-WH 5")],
    )
    assert view.extraction is not None and view.extraction.attempts == 2
    assert view.extraction.error is None
    _, bad = await submit_plate_case(
        client, stack_settings, scripted_llm, name="Kaputtmacher", plate="BO-KM 6",
        answers=["{not json"]
    )
    assert bad.decision is not None and "extraction_failed" in bad.decision.reasons
    assert bad.status == "awaiting_review"


async def test_plate_taken_meanwhile_sends_approval_back_to_the_clerk(
    client: Client, stack_settings: Settings, scripted_llm: ScriptedLLM
) -> None:
    result, view = await submit_plate_case(
        client, stack_settings, scripted_llm, name="Nachzügler", plate="BO-SS 13"
    )
    assert view.status == "awaiting_review"
    PlateRegister(stack_settings.db_url).reserve("BO-RC 9", "another-case")
    after = await decide_case(
        client,
        result.case_id,
        ClerkDecision(action="approve", clerk_id="c3", corrections={"kennzeichen": "BO-RC 9"}),
    )
    assert after.status == "awaiting_review" and after.outcome is None
    assert after.decision is not None and "K5_vergeben" in after.decision.reasons
