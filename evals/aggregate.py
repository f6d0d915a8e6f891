"""Aggregates scored cases into the numbers of one group (overall or one application type).

Rule codes: precision counts every predicted code that ``expected.json`` does not list as a
false positive (including ``low_confidence:*`` and any code the dataset did not ask for), although
the spec says such extra codes are no error for the ``rules`` list — they do change the route, so
they are worth seeing. ``rule_precision_spec_codes`` counts only codes an ``expected.json`` can
list (type rule codes like ``W4_frist`` plus ``missing_field:*``, ``suspicious_content``,
``unreadable_document``) and is the number to hold a rule change against.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Iterable, Sequence

from evals.report_model import (
    NO_ROUTE,
    ROUTES,
    CaseResult,
    Distribution,
    FieldStats,
    GroupScores,
    Summary,
    Timing,
)
from evals.risk import risk_coverage

_RULE_CODE = re.compile(r"^[A-Z]+\d+_[a-z0-9_]+$")
_GENERIC_CODES = frozenset({"suspicious_content", "unreadable_document"})


def is_spec_code(code: str) -> bool:
    """A code that an ``expected.json`` may list (so its absence there is a real disagreement)."""
    return bool(_RULE_CODE.match(code)) or code in _GENERIC_CODES or (
        code.startswith("missing_field:"))


def rate(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if denominator else None


def distribution(values: Sequence[float]) -> Distribution:
    if not values:
        return Distribution(n=0, mean=None, median=None, p90=None)
    ordered = sorted(values)
    # Linear interpolation between closest ranks (numpy's default "linear" percentile).
    p90 = (statistics.quantiles(ordered, n=10, method="inclusive")[8]
           if len(ordered) > 1 else ordered[0])
    return Distribution(n=len(ordered), mean=statistics.fmean(ordered),
                        median=statistics.median(ordered), p90=p90)


def summarize(cases: Sequence[CaseResult]) -> Summary:
    fields = [f for c in cases for f in c.fields.values()]
    anls_values = [f.anls for f in fields if f.anls is not None]
    null_fields = [f for f in fields if f.expected_null]
    classified = [c for c in cases if c.classification_scored]
    expected_auto = [c for c in cases if c.expected_route == "auto_approve"]
    predicted_codes = [(code, c) for c in cases for code in c.rules_predicted]
    true_positives = sum(code in c.rules_expected for code, c in predicted_codes)
    spec_codes = [(code, c) for code, c in predicted_codes if is_spec_code(code)]
    expected_codes = sum(len(c.rules_expected) for c in cases)
    recalled = sum(len(set(c.rules_expected) & set(c.rules_predicted)) for c in cases)
    pii_total = sum(c.pii_total for c in cases)
    pii_leaked = sum(len(c.pii_leaked) for c in cases)
    return Summary(
        cases=len(cases),
        classification_accuracy=rate(sum(c.classification_correct for c in classified),
                                     len(classified)),
        field_exact_match=rate(sum(f.correct for f in fields), len(fields)),
        field_anls=rate(sum(anls_values), len(anls_values)),
        case_exact_match=rate(sum(c.exact_match for c in cases), len(cases)),
        hallucination_rate=rate(sum(f.hallucinated for f in null_fields), len(null_fields)),
        false_auto_approvals=sum(c.false_auto_approval for c in cases),
        straight_through_rate=rate(sum(c.auto_approved for c in expected_auto),
                                   len(expected_auto)),
        rule_precision=rate(true_positives, len(predicted_codes)),
        rule_recall=rate(recalled, expected_codes),
        pii_leak_rate=rate(pii_leaked, pii_total),
        seconds_per_case=rate(sum(c.seconds for c in cases), len(cases)),
        llm_tokens_per_case=rate(sum(c.llm_tokens for c in cases), len(cases)),
        rule_precision_spec_codes=rate(sum(code in c.rules_expected for code, c in spec_codes),
                                       len(spec_codes)),
        crashed=sum(c.crashed for c in cases),
        classified_cases=len(classified),
        fields_scored=len(fields),
        null_fields_scored=len(null_fields),
        expected_auto_approve=len(expected_auto),
        auto_approved=sum(c.auto_approved for c in cases),
        pii_strings=pii_total,
        pii_leaked=pii_leaked,
    )


def confusion(cases: Iterable[CaseResult]) -> dict[str, dict[str, int]]:
    matrix = {row: dict.fromkeys((*ROUTES, NO_ROUTE), 0) for row in ROUTES}
    for c in cases:
        matrix[c.expected_route][c.predicted_route] += 1
    return matrix


def timing(cases: Sequence[CaseResult]) -> Timing:
    def of(value: Callable[[CaseResult], float]) -> Distribution:
        return distribution([value(c) for c in cases])

    stages = sorted({stage for c in cases for stage in c.stage_seconds})
    return Timing(
        seconds=of(lambda c: c.seconds),
        llm_tokens=of(lambda c: c.llm_tokens),
        prompt_tokens=of(lambda c: c.prompt_tokens),
        cached_prompt_tokens=of(lambda c: c.cached_prompt_tokens),
        stage_seconds={stage: distribution([c.stage_seconds[stage] for c in cases
                                            if stage in c.stage_seconds])
                       for stage in stages},
    )


def field_stats(cases: Iterable[CaseResult]) -> dict[str, FieldStats]:
    by_key: dict[str, list[CaseResult]] = {}
    for c in cases:
        for key in c.fields:
            by_key.setdefault(key, []).append(c)
    stats = {}
    for key, holders in by_key.items():
        results = [c.fields[key] for c in holders]
        anls_values = [r.anls for r in results if r.anls is not None]
        correct = sum(r.correct for r in results)
        stats[key] = FieldStats(
            scored=len(results), correct=correct, exact_match=rate(correct, len(results)),
            anls_scored=len(anls_values), anls=rate(sum(anls_values), len(anls_values)),
            null_expected=sum(r.expected_null for r in results),
            hallucinated=sum(r.hallucinated for r in results))
    return stats


def group_scores(cases: Sequence[CaseResult]) -> GroupScores:
    return GroupScores(summary=summarize(cases), confusion=confusion(cases),
                       timing=timing(cases), risk_coverage=risk_coverage(cases))
