"""Inputs of the activities: small, typed, references instead of payloads."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from domain.case import CaseView, Classification
from domain.documents import DocumentRef, ReadingSummary
from domain.fields import Extraction, FieldData
from domain.routing import RoutingDecision


class ReadRequest(BaseModel):
    case_id: str
    doc: DocumentRef


class ClassifyRequest(BaseModel):
    case_id: str
    given_type: str | None
    readings: list[ReadingSummary]


class ExtractRequest(BaseModel):
    case_id: str
    application_type: str
    classification: Classification
    readings: list[ReadingSummary]


class RouteRequest(BaseModel):
    case_id: str
    submitted_at: date
    classification: Classification
    readings: list[ReadingSummary]
    extraction: Extraction | None


class RedactRequest(BaseModel):
    case_id: str
    readings: list[ReadingSummary]
    extraction: Extraction | None
    decision: RoutingDecision | None


class FinalizeRequest(BaseModel):
    case_id: str
    submitted_at: date
    application_type: str | None
    status: Literal["approved", "rejected"]
    decided_by: str
    fields: dict[str, FieldData] = Field(default_factory=dict)
    reason: str | None = None
    view: CaseView = Field(description="The case at decision time, for the final record")
