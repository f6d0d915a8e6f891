"""Decides the route of a case.

``auto_approve`` only if the type allows it, the type is known for sure, every document was read,
every required field is present, it and every optional value copied from the documents are
above the type's confidence threshold (``ApplicationType.gated``), no rule fired and nothing is
suspicious. Everything else goes to a clerk with a recommendation and the reasons. The worker
never rejects on its own (§ 35a VwVfG, Art. 22 GDPR): a reject is a recommendation.
"""

from __future__ import annotations

from collections.abc import Sequence

from apptypes.base import ApplicationType
from domain.case import Classification
from domain.documents import ReadingSummary
from domain.fields import Extraction
from domain.routing import Finding, Recommendation, Route, RoutingDecision
from routing.reasons import finding

MIN_CLASSIFICATION_CONFIDENCE = 0.6
MIN_OCR_CONFIDENCE = 0.35


def document_findings(readings: Sequence[ReadingSummary]) -> list[Finding]:
    out: list[Finding] = []
    unreadable = any(r.error or r.chars == 0 or r.mean_conf < MIN_OCR_CONFIDENCE for r in readings)
    if unreadable:
        out.append(finding("unreadable_document"))
    if any(r.truncated for r in readings):
        out.append(finding("document_truncated"))
    return out


def classification_findings(c: Classification, known: bool) -> list[Finding]:
    if c.application_type is None:
        return [finding("unclassified")]
    if not known:
        return [finding("unknown_application_type")]
    if not c.given and c.confidence < MIN_CLASSIFICATION_CONFIDENCE:
        return [finding("classification_uncertain")]
    return []


def field_findings(app_type: ApplicationType, extraction: Extraction) -> list[Finding]:
    if extraction.error:
        return [finding("extraction_failed")]
    out: list[Finding] = []
    threshold = app_type.config.confidence_threshold
    # A registered form's values carry the reading's own confidence (field value, two OCR
    # readings, tick pixels), so every filled one gates — choices and flags too.
    from_forms = [k for k, fv in extraction.fields.items()
                  if fv.source == "form" and fv.value not in (None, "", []) and k not in
                  app_type.gated]
    for key in (*app_type.gated, *from_forms):
        fv = extraction.fields.get(key)
        if fv is None or fv.value is None or fv.value == [] or fv.value == "":
            if key in app_type.required:
                out.append(finding("missing_field", field=key))
        elif fv.confidence < threshold and fv.source != "clerk":
            out.append(finding("low_confidence", field=key))
    return out


def decide(app_type: ApplicationType | None, findings: Sequence[Finding]) -> RoutingDecision:
    findings = list(findings)
    if app_type is None and not findings:
        # Without a known type nothing was checked: never auto-approve, whatever the caller sent.
        findings.append(finding("unclassified"))
    if app_type is not None and not app_type.config.auto_approve_allowed:
        findings.append(finding("auto_approval_disabled"))
    reasons = list(dict.fromkeys(f.code for f in findings))
    recommendation: Recommendation = (
        "reject" if any(f.recommendation == "reject" for f in findings) else "approve")
    route: Route = "clerk_review" if findings else "auto_approve"
    return RoutingDecision(
        route=route, recommendation=recommendation, reasons=reasons, findings=findings
    )
