"""A case: the submission, its progress through the workflow, decisions and outcome."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from domain.documents import DocumentRef, ReadingSummary
from domain.fields import Extraction, FieldData
from domain.routing import RoutingDecision

CaseStatus = Literal[
    "received",
    "reading",
    "classifying",
    "extracting",
    "checking",
    "awaiting_review",
    "approved",
    "rejected",
    "failed",
]

SEARCH_ATTR_STATUS = "AntragStatus"
SEARCH_ATTR_TYPE = "AntragTyp"
SEARCH_ATTR_REASONS = "AntragGruende"
SEARCH_ATTR_SUBMITTED = "AntragEingang"
SEARCH_ATTR_ROUTE = "AntragWeg"


Channel = Literal["cli", "drop_folder", "portal", "eval", "demo"]


class Submission(BaseModel):
    """Workflow input: references only, never document bytes."""

    case_id: str
    submitted_at: date
    application_type: str | None = None
    documents: list[DocumentRef] = Field(min_length=1, max_length=5)
    channel: Channel = "cli"


class Classification(BaseModel):
    application_type: str | None
    confidence: float
    document_kinds: dict[str, str] = Field(
        default_factory=dict, description="doc_id -> document kind (anmeldung, antrag, ...)"
    )
    given: bool = Field(False, description="The type came with the submission")


class ClerkDecision(BaseModel):
    """The body of the Temporal Update a clerk sends from the review UI."""

    action: Literal["approve", "correct", "reject"]
    clerk_id: str = Field(min_length=1)
    corrections: dict[str, FieldData] = Field(default_factory=dict)
    reason: str | None = Field(None, description="Required for reject")
    decided_at: datetime | None = None
    signed_at: datetime | None = Field(None, description="When the UI/CLI signed the decision")
    signature: str | None = Field(
        None, description="HMAC by the UI/CLI (orchestration/decision_signing.py)"
    )


class Outcome(BaseModel):
    status: Literal["approved", "rejected"]
    decided_by: str = Field(description="'system' for auto-approval, else the clerk id")
    artefact_key: str | None = None
    artefact_kind: str | None = None
    details: dict[str, Any] = Field(default_factory=dict)
    record_key: str | None = None


class CaseView(BaseModel):
    """What the workflow query returns: the case as the clerk sees it."""

    case_id: str
    status: CaseStatus
    submission: Submission
    classification: Classification | None = None
    readings: list[ReadingSummary] = Field(default_factory=list)
    extraction: Extraction | None = None
    decision: RoutingDecision | None = None
    clerk_decisions: list[ClerkDecision] = Field(default_factory=list)
    outcome: Outcome | None = None
    error: str | None = None
    timings: dict[str, float] = Field(default_factory=dict, description="seconds per stage")
    redacted_keys: list[str] = Field(
        default_factory=list, description="Store keys of redacted texts"
    )
    type_version: str | None = None
