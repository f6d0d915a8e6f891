"""Saved histories of every application type and clerk path replay against the current workflow
code, so a change that would break cases already running fails here instead of in production.

After an intended workflow change (guarded by ``workflow.patched``, see docs/versioning.md) record
fresh histories with ``python -m tests.replay.record_histories`` and keep the old ones in a
sub-folder: every folder replays until no case of that code version can still be running.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from temporalio.client import WorkflowHistory
from temporalio.worker import Replayer
from temporalio.workflow import NondeterminismError

from tests.replay.altered_workflow import ReorderedCaseWorkflow
from tests.replay.codec import replay_converter
from tests.replay.scenarios import HISTORIES, SCENARIOS
from workflows.case_workflow import CaseWorkflow

HISTORY_FILES = sorted(HISTORIES.rglob("*.json"))


def load_history(path: Path) -> WorkflowHistory:
    data = json.loads(path.read_text(encoding="utf-8"))
    started = data["events"][0]["workflowExecutionStartedEventAttributes"]
    return WorkflowHistory.from_json(started["workflowId"], data)


def test_every_scenario_has_a_saved_history() -> None:
    missing = [s.filename for s in SCENARIOS if not (HISTORIES / s.filename).is_file()]
    assert not missing, f"record them: python -m tests.replay.record_histories ({missing})"


@pytest.mark.parametrize(
    "path", HISTORY_FILES, ids=[str(p.relative_to(HISTORIES)) for p in HISTORY_FILES]
)
async def test_saved_history_replays_on_current_code(path: Path) -> None:
    replayer = Replayer(workflows=[CaseWorkflow], data_converter=replay_converter())
    await replayer.replay_workflow(load_history(path))


async def test_reordered_activities_fail_the_replay() -> None:
    replayer = Replayer(workflows=[ReorderedCaseWorkflow], data_converter=replay_converter())
    with pytest.raises(NondeterminismError):
        await replayer.replay_workflow(load_history(HISTORIES / SCENARIOS[0].filename))
