"""Case confidence, auto-approvability and the risk–coverage curve.

Shared by the report (curve) and by threshold calibration, so both use one definition:

- case confidence = min confidence over the type's gated fields that the prediction filled (the
  required ones and the optional values copied from the documents, ``ApplicationType.gated``,
  as the router checks them); when they are unknown, over every filled field with a
  confidence; 0 when nothing qualifies (an empty case is never "sure").
- auto-approvable = the case did not crash and the pipeline either auto-approved it or sent it
  to a clerk with ``low_confidence:*`` reasons only. A clerk route without any reason code is not
  auto-approvable, because its cause (e.g. auto-approval disabled for the type) is unknown.
- at threshold t a case is approved iff it is auto-approvable and its case confidence >= t.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from evals.dataset import Prediction
from evals.normalize import is_absent
from evals.report_model import CaseResult, RiskPoint

LOW_CONFIDENCE_PREFIX = "low_confidence:"


def case_confidence(prediction: Prediction, gated: Sequence[str]) -> float:
    filled = [k for k, v in prediction.fields.items() if not is_absent(v)]
    keys = [k for k in filled if k in gated] if gated else filled
    values = [prediction.confidence[k] for k in keys if k in prediction.confidence]
    return min(values) if values else 0.0


def is_auto_approvable(prediction: Prediction) -> bool:
    if prediction.error is not None:
        return False
    if prediction.route == "auto_approve":
        return True
    return bool(prediction.rules) and all(
        code.startswith(LOW_CONFIDENCE_PREFIX) for code in prediction.rules)


def approved_at(cases: Iterable[CaseResult], threshold: float) -> list[CaseResult]:
    return [c for c in cases if c.auto_approvable and c.case_confidence >= threshold]


def candidate_thresholds(cases: Iterable[CaseResult]) -> list[float]:
    """Every threshold that changes the approved set, highest first, plus 1.0."""
    values = {c.case_confidence for c in cases if c.auto_approvable} | {1.0}
    return sorted(values, reverse=True)


def risk_coverage(cases: Sequence[CaseResult]) -> list[RiskPoint]:
    """One point per distinct case confidence, from the most to the least sure."""
    candidates = [c for c in cases if c.auto_approvable]
    points: list[RiskPoint] = []
    for threshold in candidate_thresholds(candidates):
        approved = approved_at(candidates, threshold)
        if not approved:
            continue
        errors = sum(c.would_be_false_approval for c in approved)
        points.append(RiskPoint(threshold=threshold, coverage=len(approved) / len(candidates),
                                risk=errors / len(approved), approved=len(approved),
                                errors=errors))
    return points
