"""Records the workflow histories that ``test_replay.py`` replays in CI.

Run it by hand (it takes a minute or two: real OCR, real Presidio)::

    python -m tests.replay.record_histories                # all scenarios into histories/
    python -m tests.replay.record_histories --out DIR      # e.g. an archive folder
    python -m tests.replay.record_histories --only wunschkennzeichen-auto

Every scenario of ``scenarios.py`` runs through a fresh dev server and worker with the scripted
model answering from the smoke case's ``expected.json``; the clerk's decisions are sent as
Temporal Updates. Payloads are encrypted with the fixed test key of ``codec.py``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
from collections.abc import Sequence
from pathlib import Path

from orchestration.decision_signing import signer_for
from stack.cases import CaseDir, submit_case_dir, wait_settled
from storage.document_store import case_key
from storage.plate_register import PlateRegister
from tests.pipeline.faults import case_id_of, unwritable
from tests.replay.dev_stack import RecordingStack, recording_stack
from tests.replay.scenarios import HISTORIES, SCENARIOS, SMOKE, TAKEN_PLATE, Scenario
from tests.support.cases import script_from_expected
from workflows.case_workflow import CaseWorkflow


class RecordingFailed(RuntimeError):
    """The pipeline did not take the path the scenario describes: nothing worth saving."""


async def record(stack: RecordingStack, scenario: Scenario, out: Path) -> Path:
    case = CaseDir.load(SMOKE / "cases" / scenario.case)
    script_from_expected(stack.llm, case.path)
    with contextlib.ExitStack() as faults:
        if scenario.record_unwritable:
            case_id = case_id_of([(p.name, p.read_bytes()) for p in case.documents])
            faults.enter_context(
                unwritable(stack.settings.store_dir, case_key(case_id, "record.json"))
            )
        submitted = await submit_case_dir(stack.client, case, stack.settings, channel="eval")
        view = await wait_settled(submitted.handle, timeout=600)
    expected_status = "approved" if scenario.auto else "awaiting_review"
    if view.status != expected_status:
        raise RecordingFailed(
            f"{scenario.filename}: routed to {view.status}, not {expected_status}"
        )
    signer = signer_for(stack.settings)
    for decision in scenario.decisions:
        # Signed as the UI signs (orchestration/decision_signing.py), or the validator refuses.
        signed = signer.sign(submitted.case_id, decision)
        await submitted.handle.execute_update(CaseWorkflow.decide, signed)
    final = await submitted.handle.result()
    if final.status != scenario.final_status:
        raise RecordingFailed(f"{scenario.filename}: ended {final.status}")
    history = await submitted.handle.fetch_history()
    target = out / scenario.filename
    target.write_text(history.to_json(), encoding="utf-8")
    return target


async def record_all(scenarios: Sequence[Scenario], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    # Fault scenarios reuse smoke cases: on the same server they would be the same case.
    batches = [[s for s in scenarios if not s.record_unwritable],
               [s for s in scenarios if s.record_unwritable]]
    for batch in filter(None, batches):
        async with recording_stack() as stack:
            PlateRegister(stack.settings.db_url).reserve(TAKEN_PLATE, "another-case")
            for scenario in batch:
                target = await record(stack, scenario, out)
                print(f"recorded {target}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=HISTORIES)
    parser.add_argument("--only", nargs="*", help="scenario file names without .json")
    args = parser.parse_args(argv)
    chosen = [s for s in SCENARIOS if not args.only or s.filename[:-5] in args.only]
    if not chosen:
        parser.error("no scenario matches --only")
    asyncio.run(record_all(chosen, args.out))


if __name__ == "__main__":
    main()
