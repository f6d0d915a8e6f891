"""Rule findings and the routing decision (see spec: routing outcomes and reason codes)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Route = Literal["auto_approve", "clerk_review"]
Recommendation = Literal["approve", "reject"]


class Finding(BaseModel):
    """One reason code that fired, with a plain-German explanation for the clerk."""

    code: str = Field(description="Rule code (W1_ausserhalb) or generic reason (missing_field:x)")
    message: str = Field(description="Plain German, shown to the clerk; must not contain PII")
    recommendation: Recommendation = "approve"
    fields: list[str] = Field(default_factory=list, description="Field keys the finding is about")


class RoutingDecision(BaseModel):
    route: Route
    recommendation: Recommendation
    reasons: list[str] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
