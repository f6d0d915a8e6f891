"""Checking the rules of the type and deciding the route."""

from __future__ import annotations

from temporalio import activity

from activities import names
from activities.context import ActivityContext
from activities.pulse import beating
from activities.reading import load_reading
from activities.requests import RouteRequest
from apptypes.base import RuleContext
from apptypes.registry import UnknownApplicationType, get_type
from domain.routing import Finding, RoutingDecision
from extractors.suspicious import reading_is_suspicious
from routing.policy import classification_findings, decide, document_findings, field_findings
from routing.reasons import finding
from storage.plate_register import PlateRegister


class RoutingActivities:
    def __init__(self, ctx: ActivityContext) -> None:
        self._ctx = ctx

    @activity.defn(name=names.CHECK_AND_ROUTE)
    @beating
    def check_and_route(self, req: RouteRequest) -> RoutingDecision:
        findings: list[Finding] = document_findings(req.readings)
        readings = [load_reading(self._ctx, r) for r in req.readings if r.error is None]
        if any(reading_is_suspicious(r) for r in readings):
            findings.append(finding("suspicious_content"))
        key = req.classification.application_type
        try:
            app_type = get_type(key) if key else None
        except UnknownApplicationType:
            app_type = None
        findings += classification_findings(req.classification, known=app_type is not None)
        if app_type is not None and req.extraction is not None:
            findings += field_findings(app_type, req.extraction)
            ctx = RuleContext(
                fields=req.extraction.values(),
                submitted_at=req.submitted_at,
                document_kinds=frozenset(req.classification.document_kinds.values()),
                config=app_type.config,
                case_id=req.case_id,
                plates=PlateRegister(self._ctx.db_url),
            )
            findings += [
                Finding(
                    code=r.code,
                    message=r.explanation,
                    recommendation=r.recommendation,
                    fields=list(r.fields),
                )
                for r in app_type.evaluate(ctx)
            ]
        return decide(app_type, findings)
