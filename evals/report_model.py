"""The scoring result: what ``report.json`` holds and what every renderer reads.

Rates are fractions 0–1; ``None`` means the rate is undefined for the group (no cases to divide
by), never "zero". The report never contains field values or PII strings, only keys, indices and
counts, because a city's dataset may hold real personal data.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

ROUTES = ("auto_approve", "clerk_review")
NO_ROUTE = "error"
"""Column of the confusion matrix for cases that crashed or produced no route."""

Source = Literal["digital", "scan"]
SOURCES: tuple[Source, ...] = ("digital", "scan")


class FieldResult(BaseModel):
    correct: bool
    anls: float | None = Field(None, description="Only for expected string values")
    expected_null: bool = False
    hallucinated: bool = False
    confidence: float | None = None


class CaseResult(BaseModel):
    case_id: str
    application_type: str = Field(description="Expected (true) application type")
    predicted_type: str | None
    classification_scored: bool = Field(description="case.json had no application_type")
    classification_correct: bool
    expected_route: str
    predicted_route: str
    auto_approved: bool
    fields: dict[str, FieldResult]
    rules_expected: list[str]
    rules_predicted: list[str]
    pii_total: int
    pii_leaked: list[int] = Field(description="Indices into expected.json 'pii'")
    false_auto_approval: bool
    false_auto_approval_reasons: list[str]
    crashed: bool
    error: str | None
    seconds: float
    llm_tokens: int
    prompt_tokens: int
    cached_prompt_tokens: int
    stage_seconds: dict[str, float]
    case_confidence: float = Field(
        description="Min confidence over the gated fields present (required ones and optional "
                    "values copied from the documents)")
    auto_approvable: bool = Field(
        description="Would be auto-approved if low_confidence reasons were ignored")
    would_be_false_approval: bool = Field(
        description="Auto-approving this case would be wrong (clerk expected or a field wrong)")
    source: Source | None = Field(
        None, description="'scan' if any page was read by OCR, 'digital' if none; None when "
                          "the prediction recorded no reading method")

    @property
    def exact_match(self) -> bool:
        return not self.crashed and all(f.correct for f in self.fields.values())

    @property
    def wrong_fields(self) -> list[str]:
        return [key for key, f in self.fields.items() if not f.correct]


class Summary(BaseModel):
    """The spec's headline keys first, then the counts behind them."""

    cases: int
    classification_accuracy: float | None
    field_exact_match: float | None
    field_anls: float | None
    case_exact_match: float | None
    hallucination_rate: float | None
    false_auto_approvals: int
    straight_through_rate: float | None
    rule_precision: float | None
    rule_recall: float | None
    pii_leak_rate: float | None
    seconds_per_case: float | None
    llm_tokens_per_case: float | None
    rule_precision_spec_codes: float | None = Field(
        description="Precision counting only codes an expected.json may list")
    crashed: int
    classified_cases: int
    fields_scored: int
    null_fields_scored: int
    expected_auto_approve: int
    auto_approved: int
    pii_strings: int
    pii_leaked: int


class Distribution(BaseModel):
    n: int
    mean: float | None
    median: float | None
    p90: float | None


class Timing(BaseModel):
    seconds: Distribution
    llm_tokens: Distribution
    prompt_tokens: Distribution
    cached_prompt_tokens: Distribution
    stage_seconds: dict[str, Distribution]


class FieldStats(BaseModel):
    scored: int
    correct: int
    exact_match: float | None
    anls_scored: int
    anls: float | None
    null_expected: int
    hallucinated: int


class RiskPoint(BaseModel):
    threshold: float
    coverage: float = Field(description="Share of auto-approvable cases approved at threshold")
    risk: float = Field(description="Share of approved cases that would be false approvals")
    approved: int
    errors: int


class GroupScores(BaseModel):
    summary: Summary
    confusion: dict[str, dict[str, int]] = Field(
        description="expected route -> predicted route ('error' for crashes) -> cases")
    timing: Timing
    risk_coverage: list[RiskPoint]


class FalseAutoApproval(BaseModel):
    case_id: str
    application_type: str
    reasons: list[str]


class PiiLeak(BaseModel):
    case_id: str
    application_type: str
    leaked: int
    total: int
    pii_indices: list[int]
    crashed: bool


class CrashedCase(BaseModel):
    case_id: str
    application_type: str
    error: str


class Report(BaseModel):
    dataset: dict[str, str | None]
    summary: Summary
    confusion: dict[str, dict[str, int]]
    timing: Timing
    risk_coverage: list[RiskPoint]
    per_type: dict[str, GroupScores]
    per_source: dict[str, Summary] = Field(
        default_factory=dict,
        description="'digital' and 'scan' -> summary; cases without a source are left out")
    per_field: dict[str, dict[str, FieldStats]] = Field(description="type -> field key -> stats")
    per_case: list[CaseResult]
    false_auto_approval_cases: list[FalseAutoApproval]
    pii_leak_cases: list[PiiLeak]
    crashed_cases: list[CrashedCase]
    warnings: list[str] = Field(default_factory=list)
    methodology: dict[str, str] = Field(default_factory=dict)
    run: dict[str, str] = Field(default_factory=dict)
