"""Scores one case: its prediction against its ``expected.json``.

A crashed case (``error`` set, or no prediction at all) counts as wrong everywhere it is scored:
every field wrong (ANLS 0, every expected-null field a hallucination), classification wrong,
every expected rule missed, every PII string counted as leaked (nothing proves it was redacted).
It is never auto-approved, so it is no false auto-approval but does lower straight-through.
Being pessimistic keeps a change that crashes more from ever looking better.
"""

from __future__ import annotations

from collections.abc import Sequence

from domain.fields import FieldData
from evals.dataset import DatasetCase, Expected, Prediction
from evals.normalize import anls, is_absent, normalize_spacing, values_match
from evals.report_model import NO_ROUTE, CaseResult, FieldResult
from evals.risk import case_confidence, is_auto_approvable
from evals.sources import source_of

MISSING_PREDICTION = "keine Vorhersage für diesen Fall"


def score_case(case: DatasetCase, prediction: Prediction | None,
               gated: Sequence[str]) -> CaseResult:
    pred = prediction if prediction is not None else Prediction(error=MISSING_PREDICTION)
    expected = case.expected
    crashed = pred.error is not None
    fields = {key: _score_field(value, pred, key, crashed)
              for key, value in expected.fields.items()}
    route = NO_ROUTE if crashed or pred.route is None else pred.route
    auto_approved = route == "auto_approve"
    wrong = [key for key, f in fields.items() if not f.correct]
    approval_faults = _approval_faults(expected, wrong)
    return CaseResult(
        case_id=case.case_id,
        application_type=expected.application_type,
        predicted_type=pred.application_type,
        classification_scored=case.application_type is None,
        classification_correct=not crashed and pred.application_type == expected.application_type,
        expected_route=expected.route,
        predicted_route=route,
        auto_approved=auto_approved,
        fields=fields,
        rules_expected=sorted(set(expected.rules)),
        rules_predicted=[] if crashed else sorted(set(pred.rules)),
        pii_total=len(expected.pii),
        pii_leaked=(list(range(len(expected.pii))) if crashed
                    else leaked_pii(expected.pii, pred.redacted)),
        false_auto_approval=auto_approved and bool(approval_faults),
        false_auto_approval_reasons=approval_faults if auto_approved else [],
        crashed=crashed,
        error=pred.error,
        seconds=pred.seconds,
        llm_tokens=pred.llm_tokens,
        prompt_tokens=pred.prompt_tokens,
        cached_prompt_tokens=pred.cached_prompt_tokens,
        stage_seconds=pred.stage_seconds,
        case_confidence=case_confidence(pred, gated),
        auto_approvable=is_auto_approvable(pred),
        would_be_false_approval=bool(approval_faults),
        source=source_of(pred.read_methods),
    )


def _score_field(expected: FieldData, pred: Prediction, key: str, crashed: bool) -> FieldResult:
    expected_null = is_absent(expected)
    predicted: FieldData = None if crashed else pred.fields.get(key)
    correct = not crashed and values_match(expected, predicted)
    return FieldResult(
        correct=correct,
        anls=anls(expected, predicted) if isinstance(expected, str) and not expected_null else None,
        expected_null=expected_null,
        hallucinated=expected_null and not correct,
        confidence=None if crashed else pred.confidence.get(key),
    )


def _approval_faults(expected: Expected, wrong_fields: list[str]) -> list[str]:
    faults = []
    if expected.route == "clerk_review":
        faults.append("Sachbearbeitung erwartet (clerk_review)")
    faults.extend(f"Feld falsch: {key}" for key in wrong_fields)
    return faults


def leaked_pii(pii: Sequence[str], redacted: Sequence[str]) -> list[int]:
    """Indices of PII strings found in any redacted text, verbatim or after NFC/whitespace."""
    raw = list(redacted)
    spaced = [normalize_spacing(text) for text in redacted]
    leaked = []
    for index, secret in enumerate(pii):
        needle = normalize_spacing(secret)
        if not needle:
            continue
        if any(secret in text for text in raw) or any(needle in text for text in spaced):
            leaked.append(index)
    return leaked

