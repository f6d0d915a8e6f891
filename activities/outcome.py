"""The end of a case: the approval effect (once), the artefact PDF and the final record.

The effect and the record are one unit: if the artefact, the record or its row cannot be
written, the effect of this case is taken back before the attempt fails, so a retry (or a clerk
after the last retry) starts from nothing done. The effect is idempotent by case id, so an
attempt that wrote everything but whose completion got lost does not run it twice.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from temporalio import activity
from temporalio.exceptions import ApplicationError

from activities import names
from activities.case_metrics import record_finished_case
from activities.context import ActivityContext
from activities.names import APPROVAL_REFUSED
from activities.pulse import beating
from activities.requests import FinalizeRequest
from apptypes.base import ApplicationType, ApprovalRefused, EffectContext
from apptypes.registry import UnknownApplicationType, get_type
from artefacts.pdf import render_artefact
from domain.case import Outcome
from storage.audit_trail import record_outcome_audit
from storage.case_tables import CaseRecordRow
from storage.database import session_factory
from storage.document_store import case_key


class OutcomeActivities:
    def __init__(self, ctx: ActivityContext) -> None:
        self._ctx = ctx

    @activity.defn(name=names.FINALIZE_CASE)
    @beating
    def finalize(self, req: FinalizeRequest) -> Outcome:
        try:
            app_type = get_type(req.application_type) if req.application_type else None
        except UnknownApplicationType:
            app_type = None
        approved = app_type if req.status == "approved" else None
        details: dict[str, Any] = {}
        if approved is not None and approved.approval_effect is not None:
            # Idempotent by case id: a retried activity finds its own earlier effect.
            details.update(self._effect(approved, req))
        try:
            return self._record(approved, req, details)
        except Exception:
            if approved is not None and approved.approval_undo is not None:
                approved.approval_undo(self._effect_context(approved, req))
            raise

    def _record(
        self, app_type: ApplicationType | None, req: FinalizeRequest, details: dict[str, Any]
    ) -> Outcome:
        """Artefact (approvals only), record and row: ``app_type`` is None for no artefact."""
        artefact_key = artefact_kind = None
        if app_type is not None:
            if app_type.fee is not None:
                fee = app_type.fee(req.fields, app_type.config)
                if fee is not None:
                    details["gebuehr_eur"] = fee
            rows = app_type.artefact_rows(req.fields, details)
            pdf = render_artefact(
                app_type.artefact_title, req.case_id, rows, footer="Erstellt von antragswerk"
            )
            artefact_key = case_key(req.case_id, "artefact.pdf")
            artefact_kind = app_type.artefact_title
            self._ctx.store.put(artefact_key, pdf)
        outcome = Outcome(
            status=req.status,
            decided_by=req.decided_by,
            artefact_key=artefact_key,
            artefact_kind=artefact_kind,
            details=details,
            record_key=case_key(req.case_id, "record.json"),
        )
        self._write_record(req, outcome)
        record_finished_case(req.view, req.status)
        return outcome

    def _effect_context(self, app_type: ApplicationType, req: FinalizeRequest) -> EffectContext:
        return EffectContext(
            case_id=req.case_id, fields=req.fields, config=app_type.config, db_url=self._ctx.db_url
        )

    def _effect(self, app_type: ApplicationType, req: FinalizeRequest) -> dict[str, Any]:
        assert app_type.approval_effect is not None
        try:
            return app_type.approval_effect(self._effect_context(app_type, req))
        except ApprovalRefused as exc:
            raise ApplicationError(
                exc.message, exc.code, type=APPROVAL_REFUSED, non_retryable=True
            ) from exc

    def _write_record(self, req: FinalizeRequest, outcome: Outcome) -> None:
        view = req.view.model_copy(update={"outcome": outcome})
        now = datetime.now(UTC)
        record = {
            "record_version": 1,
            "finished_at": now.isoformat(),
            "reason": req.reason,
            "case": json.loads(view.model_dump_json()),
        }
        assert outcome.record_key is not None
        self._ctx.store.put_json(outcome.record_key, record)
        decision = req.view.decision
        processing = sum(v for k, v in req.view.timings.items() if k != "review")
        row = CaseRecordRow(
            case_id=req.case_id,
            application_type=req.application_type,
            status=req.status,
            route=decision.route if decision else None,
            decided_by=req.decided_by,
            submitted_at=req.submitted_at,
            finished_at=now,
            processing_seconds=processing,
            waiting_seconds=req.view.timings.get("review", 0.0),
            reasons=decision.reasons if decision else [],
            record_key=outcome.record_key,
        )
        with session_factory(self._ctx.db_url)() as session, session.begin():
            session.merge(row)
            record_outcome_audit(session, req.case_id, req.decided_by, req.status, req.reason)
