"""Fast fault injection on the real stack, with cases in flight.

Faults: the store refusing a case's record during an auto-approval and during a clerk's
approval, six concurrent approvals of one case, the model answering an HTML page and 429.
After all of them every case is final or awaiting review, none is failed, stuck or doubled,
every effect ran exactly once (none without its record), every original is retrievable.
The full variant (kill -9 of worker and server, the model down for a minute, two worker
processes) is not automated yet; see docs/measurements.md.
"""

from __future__ import annotations

import asyncio
import time

import pytest
from temporalio.client import Client

from config.settings import Settings
from domain.case import ClerkDecision
from intake.submit import SubmitResult, submit_documents
from orchestration.decisions import CaseAlreadyDecided, CaseBusy, decide_case
from stack.cases import wait_settled
from stack.stuck_cases import stuck_cases
from storage.document_store import case_key
from tests.pipeline.faults import case_id_of, unwritable
from tests.pipeline.helpers import SUBMITTED, plate_answer, plate_letter
from tests.pipeline.invariants import check_case
from tests.support.scripted_llm import Fault, ScriptedLLM

pytestmark = pytest.mark.usefixtures("worker")

CLEAN = [(f"Fluss{n}", f"BO-FL {n}") for n in range(1, 7)]  # auto-approved when nothing fails
FORBIDDEN = [("Streit", "BO-SS 71"), ("Sperre", "BO-SS 72")]  # K3: a clerk must correct


async def _submit(client: Client, settings: Settings, llm: ScriptedLLM, name: str,
                  plate: str, letter: bytes) -> SubmitResult:
    llm.when(name, plate_answer(name, plate))
    return await submit_documents(
        client, [("antrag.txt", letter)],
        application_type="wunschkennzeichen", submitted_at=SUBMITTED, settings=settings,
    )


async def test_every_case_survives_the_faults(
    client: Client, settings: Settings, scripted_llm: ScriptedLLM
) -> None:
    started = time.monotonic()
    letters = {name: plate_letter(name, plate) for name, plate in CLEAN + FORBIDDEN}
    blocked = case_id_of([("antrag.txt", letters[CLEAN[0][0]])])
    with unwritable(settings.store_dir, case_key(blocked, "record.json")):
        # The model answers one case with a proxy's HTML page, then any two with 429.
        html_case = CLEAN[-1][0]
        scripted_llm.fault = Fault(200, "<html><body>Proxy-Anmeldung</body></html>",
                                   "text/html", times=1, when=html_case)
        cases = await asyncio.gather(
            *(_submit(client, settings, scripted_llm, n, p, letters[n])
              for n, p in CLEAN + FORBIDDEN)
        )
        for _ in range(300):  # until a request got the HTML page
            if scripted_llm.fault is None:
                break
            await asyncio.sleep(0.1)
        scripted_llm.fault = Fault(429, '{"error": {"message": "busy"}}',
                                   headers={"Retry-After": "1"}, times=2)
        views = await asyncio.gather(*(wait_settled(c.handle, timeout=90) for c in cases))
    scripted_llm.fault = None
    by_id = {v.case_id: v for v in views}
    assert len(by_id) == len(CLEAN) + len(FORBIDDEN), "a case was doubled or lost"
    blocked_decision = by_id[blocked].decision
    assert blocked_decision is not None and "outcome_failed" in blocked_decision.reasons
    unavailable = [v.case_id for v in views
                   if v.decision and "extraction_unavailable" in v.decision.reasons]
    assert unavailable == [cases[len(CLEAN) - 1].case_id]  # the HTML answer, to a clerk at once

    # Six clerks approve the same case at once: one wins, the others are told so.
    contested = cases[len(CLEAN)].case_id
    fix = ClerkDecision(action="approve", clerk_id="c0", corrections={"kennzeichen": "BO-ST 71"})
    answers = await asyncio.gather(
        *(decide_case(client, contested, fix.model_copy(update={"clerk_id": f"c{i}"}))
          for i in range(6)),
        return_exceptions=True,
    )
    won = [a for a in answers if not isinstance(a, BaseException)]
    assert len(won) == 1 and won[0].status == "approved", answers
    assert all(isinstance(a, CaseAlreadyDecided | CaseBusy) for a in answers if a not in won)

    # A clerk's approval while the store refuses the record: back to review, nothing reserved.
    refused = cases[len(CLEAN) + 1].case_id
    with unwritable(settings.store_dir, case_key(refused, "record.json")):
        back = await decide_case(client, refused, ClerkDecision(
            action="approve", clerk_id="c7", corrections={"kennzeichen": "BO-SP 72"}))
    assert back.status == "awaiting_review"
    # The store is back: the clerk approves the two cases the outage sent back.
    for case_id in (blocked, refused):
        done = await decide_case(client, case_id, ClerkDecision(action="approve",
                                                                clerk_id="c8"))
        assert done.status == "approved", (case_id, done.status)

    checks = [await check_case(client, settings, c.case_id) for c in cases]
    final = sorted(c.status for c in checks)
    assert final.count("approved") == len(checks) - 1, final
    assert final.count("awaiting_review") == 1  # the extraction_unavailable case
    ours = {c.case_id for c in cases}
    assert [s for s in await stuck_cases(client) if s.case_id in ours] == []
    print(f"fault injection: {len(checks)} cases, {time.monotonic() - started:.1f} s")
