"""End to end on a real Temporal dev server, real tesseract, real Presidio, real SQLite; only the
model is the scripted endpoint (answering with the case's ground truth, so these tests check
everything around the model: reading, evidence, rules, routing, redaction, outcome)."""

from __future__ import annotations

from pathlib import Path

import pytest
from temporalio.client import Client

from config.settings import Settings
from stack.cases import CaseDir, case_dirs, submit_case_dir, wait_settled
from storage.document_store import FileDocumentStore
from tests.support.cases import script_from_expected
from tests.support.scripted_llm import ScriptedLLM

SMOKE = Path(__file__).resolve().parents[2] / "evals" / "suites" / "smoke"
CASES = case_dirs(SMOKE) if SMOKE.exists() else []

pytestmark = pytest.mark.usefixtures("worker")


@pytest.mark.parametrize("case", CASES, ids=[c.case_id for c in CASES])
async def test_case_is_routed_as_expected(
    case: CaseDir, client: Client, settings: Settings, scripted_llm: ScriptedLLM
) -> None:
    expected = script_from_expected(scripted_llm, case.path)
    submitted = await submit_case_dir(client, case, settings, channel="eval")
    view = await wait_settled(submitted.handle, timeout=300)
    assert view.decision is not None and view.classification is not None
    assert view.classification.application_type == expected["application_type"]
    missing_rules = set(expected["rules"]) - set(view.decision.reasons)
    assert not missing_rules, f"rules that should fire did not: {missing_rules}"
    if view.decision.route == "auto_approve":
        # Never auto-approve what a careful clerk would review.
        assert expected["route"] == "auto_approve", view.decision.reasons
        assert view.status == "approved" and view.outcome is not None
        store = FileDocumentStore(settings.store_dir)
        assert view.outcome.artefact_key and store.get(view.outcome.artefact_key)[:4] == b"%PDF"
    else:
        assert view.status == "awaiting_review"
    if expected["route"] == "clerk_review":
        assert view.decision.route == "clerk_review"
        assert view.decision.recommendation == expected["recommendation"]
    digital = all(m in ("text_layer", "acroform") for r in view.readings for m in r.methods)
    if digital and expected["route"] == "auto_approve":
        assert view.decision.route == "auto_approve", view.decision.reasons


def test_smoke_suite_present() -> None:
    assert len(CASES) >= 8, "evals/suites/smoke must hold the CI cases"
