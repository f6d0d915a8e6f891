"""A deliberately non-deterministic change of the case workflow: it classifies before reading.

The replay test proves with it that the saved histories do catch such a change.
"""

from __future__ import annotations

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from domain.case import CaseView, Submission
    from orchestration.search_attributes import APPLICATION_TYPE, SUBMITTED
    from workflows.case_workflow import CaseWorkflow


@workflow.defn(name="CaseWorkflow")
class ReorderedCaseWorkflow(CaseWorkflow):
    @workflow.run
    async def run(self, submission: Submission) -> CaseView:
        self._view = CaseView(case_id=submission.case_id, status="received", submission=submission)
        workflow.upsert_search_attributes(
            [
                SUBMITTED.value_set(workflow.now()),
                APPLICATION_TYPE.value_set(submission.application_type or "unbekannt"),
            ]
        )
        await self._classify()  # swapped with _read_all
        await self._read_all(submission)
        return self._view
