"""The case workflow: one submission → a routed case → an outcome.

It only orchestrates; every read, model call, rule check and write is an activity with an
explicit timeout and retry policy. Type-specific behaviour comes from the application-type
registry inside the activities, so adding a type never touches this file.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from datetime import timedelta
from typing import TypeVar

from temporalio import workflow
from temporalio.common import RetryPolicy
from temporalio.exceptions import ActivityError, ApplicationError

with workflow.unsafe.imports_passed_through():
    from activities import names as act
    from activities.requests import (
        ClassifyRequest,
        ExtractRequest,
        FinalizeRequest,
        ReadRequest,
        RedactRequest,
        RouteRequest,
    )
    from domain.case import CaseView, Classification, ClerkDecision, Outcome, Submission
    from domain.documents import ReadingSummary
    from domain.fields import Extraction, FieldData, FieldValue
    from domain.routing import Finding, RoutingDecision
    from orchestration import decision_signing
    from orchestration.search_attributes import (
        APPLICATION_TYPE,
        REASONS,
        ROUTE,
        STATUS,
        SUBMITTED,
    )
    from routing.reasons import finding
    from workflows import timeouts
    from workflows.queues import TaskQueues

QUICK = RetryPolicy(
    initial_interval=timedelta(seconds=1),
    maximum_interval=timedelta(seconds=30),
    maximum_attempts=5,
)
# The model may be restarting or overloaded: keep trying (bounded by schedule_to_close) so no
# case is lost and none is routed wrongly because the model was away.
PATIENT = RetryPolicy(
    initial_interval=timedelta(seconds=2),
    maximum_interval=timedelta(seconds=60),
    backoff_coefficient=2.0,
)

ALREADY_DECIDED = "CaseAlreadyDecided"
CASE_BUSY = "CaseBusy"
INVALID_DECISION = "InvalidDecision"
# workflow.patched ids: a change of the command sequence that cases already running must skip.
TYPE_VERSION_PATCH = "record-type-version"

T = TypeVar("T")


class StepFailed(Exception):
    """An activity failed for good (retries used up, or a non-retryable error): the case goes to
    a clerk with ``code`` as reason instead of failing the workflow, where no clerk would see it."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


async def step(code: str, call: Awaitable[T]) -> T:
    try:
        return await call
    except ActivityError as err:
        raise StepFailed(code) from err


@workflow.defn(name="CaseWorkflow")
class CaseWorkflow:
    def __init__(self) -> None:
        self._view: CaseView | None = None
        self._queues = TaskQueues.default()
        self._final: Outcome | None = None
        self._review_started: float | None = None
        # An approve/reject is being carried out: any further decision comes too late.
        self._deciding = False

    # ----------------------------------------------------------------- queries and updates
    @workflow.query
    def view(self) -> CaseView:
        if self._view is None:
            raise ApplicationError("case not started yet")
        return self._view

    @workflow.update
    async def decide(self, decision: ClerkDecision) -> CaseView:
        view = self._require_view()
        decision = decision.model_copy(update={"decided_at": workflow.now()})
        view.clerk_decisions.append(decision)
        if decision.corrections:
            self._apply_corrections(decision)
        if decision.action == "correct":
            # Corrected values are re-checked; the case stays with the clerk.
            self._set_status("checking")
            try:
                await self._route()
            except StepFailed as failed:
                self._hand_to_clerk(self._failure_finding(failed.code))
                return view
            self._set_status("awaiting_review")
            return view
        self._deciding = True
        status = "approved" if decision.action == "approve" else "rejected"
        if self._review_started is not None:
            view.timings["review"] = workflow.time() - self._review_started
        await self._finalize(status, decided_by=decision.clerk_id, reason=decision.reason)
        return view

    @decide.validator
    def _validate_decision(self, decision: ClerkDecision) -> None:
        view = self._require_view()
        # First: an unsigned or forged decision learns nothing about the case.
        unsigned = decision_signing.problem_with(view.case_id, decision, workflow.now())
        if unsigned is not None:
            raise ApplicationError(unsigned, type=INVALID_DECISION, non_retryable=True)
        if view.status == "checking" and not self._deciding:
            raise ApplicationError(
                "Der Fall wird gerade geprüft; bitte in einigen Sekunden erneut versuchen.",
                type=CASE_BUSY,
                non_retryable=True,
            )
        if view.status != "awaiting_review":
            last = view.clerk_decisions[-1].clerk_id if view.clerk_decisions else "dem System"
            raise ApplicationError(
                f"Dieser Fall wurde bereits von {last} entschieden (Status: {view.status}).",
                type=ALREADY_DECIDED,
                non_retryable=True,
            )
        if decision.action == "correct" and view.extraction is None:
            raise ApplicationError(
                "Ohne ausgelesene Angaben gibt es nichts zu korrigieren.",
                type=INVALID_DECISION,
                non_retryable=True,
            )
        if decision.action == "reject" and not (decision.reason or "").strip():
            raise ApplicationError(
                "Eine Ablehnung braucht eine Begründung.", type=INVALID_DECISION, non_retryable=True
            )
        known = set(view.extraction.fields) if view.extraction else set()
        unknown = sorted(set(decision.corrections) - known)
        if unknown:
            raise ApplicationError(
                f"Unbekannte Felder: {', '.join(unknown)}",
                type=INVALID_DECISION,
                non_retryable=True,
            )

    # ----------------------------------------------------------------- main path
    @workflow.run
    async def run(self, submission: Submission) -> CaseView:
        self._view = CaseView(case_id=submission.case_id, status="received", submission=submission)
        workflow.upsert_search_attributes(
            [
                SUBMITTED.value_set(workflow.now()),
                APPLICATION_TYPE.value_set(submission.application_type or "unbekannt"),
            ]
        )
        auto: bool | None
        try:
            auto = await self._process(submission)
        except StepFailed as failed:
            self._hand_to_clerk(self._failure_finding(failed.code))
            auto = None  # already with a clerk
        if not (auto and await self._finalize("approved", decided_by="system", reason=None)):
            if auto is False:
                self._await_review()
            await workflow.wait_condition(lambda: self._final is not None)
        # Let an update handler that finished the case return before the run completes.
        await workflow.wait_condition(workflow.all_handlers_finished)
        return self._view

    async def _process(self, submission: Submission) -> bool:
        """Reading to redaction; True when the case may be approved without a clerk."""
        await self._read_all(submission)
        classification = await step("classification_failed", self._classify())
        if classification.application_type:
            await self._record_type_version(classification.application_type)
            await step("extraction_unavailable", self._extract(classification))
        await self._route()
        await step("redaction_failed", self._redact())
        decision = self._require_view().decision
        assert decision is not None
        return decision.route == "auto_approve"

    # ----------------------------------------------------------------- steps
    async def _read_all(self, submission: Submission) -> None:
        self._set_status("reading")
        started = workflow.time()
        results = await asyncio.gather(
            *(
                workflow.execute_activity(
                    act.READ_DOCUMENT,
                    ReadRequest(case_id=submission.case_id, doc=doc),
                    result_type=ReadingSummary,
                    task_queue=self._queues.ocr,
                    start_to_close_timeout=timeouts.reading(doc.media_type),
                    heartbeat_timeout=timeouts.HEARTBEAT,
                    retry_policy=QUICK,
                )
                for doc in submission.documents
            ),
            return_exceptions=True,  # wait for every document, then judge
        )
        readings = [r for r in results if isinstance(r, ReadingSummary)]
        if len(readings) != len(results):
            raise StepFailed("reading_failed")
        view = self._require_view()
        view.readings = readings
        view.timings["reading"] = workflow.time() - started

    async def _classify(self) -> Classification:
        self._set_status("classifying")
        view = self._require_view()
        started = workflow.time()
        classification: Classification = await workflow.execute_activity(
            act.CLASSIFY,
            ClassifyRequest(
                case_id=view.case_id,
                given_type=view.submission.application_type,
                readings=view.readings,
            ),
            result_type=Classification,
            start_to_close_timeout=timedelta(minutes=5),
            schedule_to_close_timeout=timedelta(hours=6),
            heartbeat_timeout=timeouts.HEARTBEAT,
            retry_policy=PATIENT,
        )
        view.classification = classification
        view.timings["classification"] = workflow.time() - started
        if classification.application_type:
            workflow.upsert_search_attributes(
                [APPLICATION_TYPE.value_set(classification.application_type)]
            )
        return classification

    async def _record_type_version(self, application_type: str) -> None:
        # Cases started before this step existed have no such activity in their history; the
        # patch keeps them replaying (docs/versioning.md).
        if not workflow.patched(TYPE_VERSION_PATCH):
            return
        view = self._require_view()
        try:
            view.type_version = await workflow.execute_activity(
                act.TYPE_VERSION,
                application_type,
                start_to_close_timeout=timedelta(seconds=30),
                retry_policy=QUICK,
            )
        except ActivityError:
            view.type_version = None  # only informative: not worth holding the case for

    async def _extract(self, classification: Classification) -> None:
        self._set_status("extracting")
        view = self._require_view()
        assert classification.application_type is not None
        started = workflow.time()
        view.extraction = await workflow.execute_activity(
            act.EXTRACT_FIELDS,
            ExtractRequest(
                case_id=view.case_id,
                application_type=classification.application_type,
                classification=classification,
                readings=view.readings,
            ),
            result_type=Extraction,
            task_queue=self._queues.llm,
            start_to_close_timeout=timeouts.EXTRACTION,
            schedule_to_close_timeout=timedelta(hours=24),
            heartbeat_timeout=timeouts.HEARTBEAT,
            retry_policy=PATIENT,
        )
        view.timings["extraction"] = workflow.time() - started

    async def _route(self) -> None:
        view = self._require_view()
        assert view.classification is not None
        started = workflow.time()
        decision: RoutingDecision = await step("routing_failed", workflow.execute_activity(
            act.CHECK_AND_ROUTE,
            RouteRequest(
                case_id=view.case_id,
                submitted_at=view.submission.submitted_at,
                classification=view.classification,
                readings=view.readings,
                extraction=view.extraction,
            ),
            result_type=RoutingDecision,
            start_to_close_timeout=timedelta(minutes=2),
            heartbeat_timeout=timeouts.HEARTBEAT,
            retry_policy=QUICK,
        ))
        view.decision = decision
        view.timings["rules"] = view.timings.get("rules", 0.0) + workflow.time() - started
        workflow.upsert_search_attributes(
            [REASONS.value_set(decision.reasons), ROUTE.value_set(decision.route)]
        )

    async def _redact(self) -> None:
        view = self._require_view()
        started = workflow.time()
        view.redacted_keys = await workflow.execute_activity(
            act.REDACT_CASE,
            RedactRequest(
                case_id=view.case_id,
                readings=view.readings,
                extraction=view.extraction,
                decision=view.decision,
            ),
            result_type=list[str],
            start_to_close_timeout=timedelta(minutes=5),
            heartbeat_timeout=timeouts.HEARTBEAT,
            retry_policy=QUICK,
        )
        view.timings["redaction"] = workflow.time() - started

    async def _finalize(self, status: str, *, decided_by: str, reason: str | None) -> bool:
        """Runs the outcome; False when the approval effect was refused or the outcome failed
        for good (the case is back with a clerk, ``_deciding`` reset)."""
        view = self._require_view()
        self._set_status("checking")
        view.error = None  # an earlier failure's line; set again if this attempt fails too
        started = workflow.time()
        fields = view.extraction.values() if view.extraction else {}
        try:
            outcome = await self._outcome(view, status, decided_by, reason, fields)
        except ActivityError as err:
            cause = err.cause
            if isinstance(cause, ApplicationError) and cause.type == act.APPROVAL_REFUSED:
                code = str(cause.details[0]) if cause.details else "approval_refused"
                self._hand_to_clerk(
                    Finding(code=code, message=cause.message, recommendation="approve")
                )
            else:
                self._hand_to_clerk(self._failure_finding("outcome_failed"))
            return False
        view.timings["outcome"] = workflow.time() - started
        view.outcome = outcome
        self._final = outcome
        self._set_status(outcome.status)
        return True

    def _failure_finding(self, code: str) -> Finding:
        """A step failed for good: the reason, and the same words as the case's error line."""
        failure = finding(code)
        self._require_view().error = failure.message
        return failure

    def _hand_to_clerk(self, reason: Finding) -> None:
        view = self._require_view()
        old = view.decision or RoutingDecision(route="clerk_review", recommendation="approve")
        view.decision = old.model_copy(
            update={
                "route": "clerk_review",
                "reasons": [*old.reasons, reason.code],
                "findings": [*old.findings, reason],
            }
        )
        workflow.upsert_search_attributes([REASONS.value_set(view.decision.reasons)])
        self._await_review()

    async def _outcome(
        self,
        view: CaseView,
        status: str,
        decided_by: str,
        reason: str | None,
        fields: dict[str, FieldData],
    ) -> Outcome:
        outcome: Outcome = await workflow.execute_activity(
            act.FINALIZE_CASE,
            FinalizeRequest(
                case_id=view.case_id,
                submitted_at=view.submission.submitted_at,
                application_type=(
                    view.classification.application_type if view.classification else None
                ),
                status="approved" if status == "approved" else "rejected",
                decided_by=decided_by,
                fields=fields,
                reason=reason,
                view=view,
            ),
            result_type=Outcome,
            start_to_close_timeout=timedelta(minutes=5),
            heartbeat_timeout=timeouts.HEARTBEAT,
            retry_policy=QUICK,
        )
        return outcome

    # ----------------------------------------------------------------- helpers
    def _await_review(self) -> None:
        self._deciding = False
        self._set_status("awaiting_review")
        self._review_started = workflow.time()

    def _apply_corrections(self, decision: ClerkDecision) -> None:
        view = self._require_view()
        assert view.extraction is not None
        for key, value in decision.corrections.items():
            old = view.extraction.fields.get(key, FieldValue())
            view.extraction.fields[key] = old.model_copy(
                update={"value": value, "confidence": 1.0, "source": "clerk"}
            )

    def _set_status(self, status: str) -> None:
        view = self._require_view()
        view.status = status  # type: ignore[assignment]
        workflow.upsert_search_attributes([STATUS.value_set(status)])

    def _require_view(self) -> CaseView:
        if self._view is None:
            raise ApplicationError("case not started yet")
        return self._view
