"""Cases no clerk will ever see: their workflow failed, timed out or was terminated, or it runs
in a working status (not awaiting review) with nothing pending that could move it on.

After any fault this list must be empty (issue 15); ``antragswerk stuck`` prints it.
"""

from __future__ import annotations

from dataclasses import dataclass

from temporalio.client import Client

from domain.case import SEARCH_ATTR_STATUS

_ENDED_BADLY = (
    'WorkflowType="CaseWorkflow" AND ExecutionStatus IN '
    '("Failed", "TimedOut", "Terminated", "Canceled")'
)
_WORKING = (
    f'WorkflowType="CaseWorkflow" AND ExecutionStatus="Running" '
    f'AND {SEARCH_ATTR_STATUS} != "awaiting_review"'
)


@dataclass(frozen=True)
class StuckCase:
    case_id: str
    why: str
    """German, for the operator."""


async def stuck_cases(client: Client) -> list[StuckCase]:
    stuck = [
        StuckCase(e.id, f"Workflow beendet: {e.status.name if e.status else '?'}")
        async for e in client.list_workflows(_ENDED_BADLY)
    ]
    async for execution in client.list_workflows(_WORKING):
        described = await client.get_workflow_handle(execution.id).describe()
        raw = described.raw_description
        if not raw.pending_activities and not raw.HasField("pending_workflow_task"):
            stuck.append(StuckCase(execution.id, "in Bearbeitung, aber nichts läuft"))
    return stuck
