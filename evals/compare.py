"""Compares two evaluation runs (their ``report.json``) and decides whether the new one may go live.

``compare()`` computes metric deltas and per-case differences; ``failed()`` applies the
:class:`FailRules` and returns the reasons (empty list = pass); ``render_comparison()`` prints
both as Markdown, readable in a terminal and a merge request alike.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field

from evals.report_json import read_report
from evals.report_markdown import render_table
from evals.report_model import CaseResult, Report, Summary
from evals.report_tables import HEADLINES, Table

EPSILON = 1e-9
LOWER_IS_BETTER = frozenset({"hallucination_rate", "false_auto_approvals", "pii_leak_rate",
                             "seconds_per_case", "llm_tokens_per_case", "crashed"})


class FailRules(BaseModel):
    """When the new run must not go live. ``None`` switches a rule off; drops are absolute
    differences of fractions (0.01 = one percentage point)."""

    no_false_auto_approvals: bool = True
    max_field_exact_match_drop: float | None = 0.01
    max_pii_leak_rate_rise: float | None = 0.0
    max_case_exact_match_drop: float | None = None
    max_rule_recall_drop: float | None = 0.0


class MetricDelta(BaseModel):
    key: str
    label: str
    old: float | None
    new: float | None
    delta: float | None
    verdict: str = Field(description="'besser', 'schlechter', 'gleich' or '' when undefined")


class CaseDiff(BaseModel):
    case_id: str
    old_route: str
    new_route: str
    now_right: list[str]
    now_wrong: list[str]
    old_crashed: bool
    new_crashed: bool
    new_false_auto_approval: bool

    @property
    def route_changed(self) -> bool:
        return self.old_route != self.new_route


class Comparison(BaseModel):
    old_dir: str
    new_dir: str
    rules: FailRules
    old_summary: Summary
    new_summary: Summary
    deltas: list[MetricDelta]
    case_diffs: list[CaseDiff] = Field(description="Only cases whose outcome changed")
    new_false_auto_approval_cases: list[str]
    only_in_old: list[str]
    only_in_new: list[str]
    warnings: list[str]


def compare(old_report_dir: Path, new_report_dir: Path,
            rules: FailRules | None = None) -> Comparison:
    old, new = read_report(old_report_dir), read_report(new_report_dir)
    old_cases = {c.case_id: c for c in old.per_case}
    new_cases = {c.case_id: c for c in new.per_case}
    diffs = [_case_diff(old_cases[k], new_cases[k]) for k in sorted(old_cases.keys()
                                                                   & new_cases.keys())]
    return Comparison(
        old_dir=str(old_report_dir), new_dir=str(new_report_dir),
        rules=rules if rules is not None else FailRules(),
        old_summary=old.summary, new_summary=new.summary,
        deltas=[_delta(old.summary, new.summary, h.key, h.label) for h in HEADLINES],
        case_diffs=[d for d in diffs if _changed(d)],
        new_false_auto_approval_cases=[c.case_id for c in new.false_auto_approval_cases],
        only_in_old=sorted(old_cases.keys() - new_cases.keys()),
        only_in_new=sorted(new_cases.keys() - old_cases.keys()),
        warnings=_warnings(old, new),
    )


def _delta(old: Summary, new: Summary, key: str, label: str) -> MetricDelta:
    before: float | None = getattr(old, key)
    after: float | None = getattr(new, key)
    if before is None or after is None:
        return MetricDelta(key=key, label=label, old=before, new=after, delta=None, verdict="")
    delta = after - before
    if abs(delta) <= EPSILON or key == "cases":
        verdict = "gleich" if abs(delta) <= EPSILON else ""
    else:
        verdict = "besser" if (delta < 0) == (key in LOWER_IS_BETTER) else "schlechter"
    return MetricDelta(key=key, label=label, old=before, new=after, delta=delta, verdict=verdict)


def _case_diff(old: CaseResult, new: CaseResult) -> CaseDiff:
    shared = sorted(old.fields.keys() & new.fields.keys())
    return CaseDiff(
        case_id=new.case_id, old_route=old.predicted_route, new_route=new.predicted_route,
        now_right=[k for k in shared if new.fields[k].correct and not old.fields[k].correct],
        now_wrong=[k for k in shared if old.fields[k].correct and not new.fields[k].correct],
        old_crashed=old.crashed, new_crashed=new.crashed,
        new_false_auto_approval=new.false_auto_approval and not old.false_auto_approval)


def _changed(d: CaseDiff) -> bool:
    return (d.route_changed or bool(d.now_right) or bool(d.now_wrong)
            or d.old_crashed != d.new_crashed or d.new_false_auto_approval)


def _warnings(old: Report, new: Report) -> list[str]:
    warnings = []
    if old.dataset.get("name") != new.dataset.get("name") or (
            old.dataset.get("version") != new.dataset.get("version")):
        warnings.append("Die Läufe verwenden verschiedene Datensätze (Name oder Version).")
    if {c.case_id for c in old.per_case} != {c.case_id for c in new.per_case}:
        warnings.append("Die Läufe bewerten verschiedene Fälle; Kennzahlen sind nur bedingt "
                        "vergleichbar.")
    return warnings


def _value(deltas: list[MetricDelta], key: str) -> MetricDelta:
    return next(d for d in deltas if d.key == key)


def _dropped(c: Comparison, key: str, limit: float | None) -> str | None:
    d = _value(c.deltas, key)
    if limit is None or d.delta is None or -d.delta <= limit + EPSILON:
        return None
    return f"{d.label} gesunken um {-d.delta:.4f} (erlaubt: {limit:.4f})"


def failed(comparison: Comparison) -> list[str]:
    """Reasons why the new run must not go live; an empty list means it passes."""
    rules = comparison.rules
    reasons: list[str] = []
    if rules.no_false_auto_approvals and comparison.new_false_auto_approval_cases:
        reasons.append("Falsche Automatik-Genehmigungen im neuen Lauf: "
                       + ", ".join(comparison.new_false_auto_approval_cases))
    for key, limit in (("field_exact_match", rules.max_field_exact_match_drop),
                       ("case_exact_match", rules.max_case_exact_match_drop),
                       ("rule_recall", rules.max_rule_recall_drop)):
        reason = _dropped(comparison, key, limit)
        if reason:
            reasons.append(reason)
    leak = _value(comparison.deltas, "pii_leak_rate")
    limit = rules.max_pii_leak_rate_rise
    if limit is not None and leak.delta is not None and leak.delta > limit + EPSILON:
        reasons.append(f"{leak.label} gestiegen um {leak.delta:.4f} (erlaubt: {limit:.4f})")
    return reasons


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.4g}"


def render_comparison(comparison: Comparison) -> str:
    reasons = failed(comparison)
    verdict = ("**Ergebnis: NICHT freigeben**\n\n" + "\n".join(f"- {r}" for r in reasons)
               if reasons else "**Ergebnis: bestanden** (keine Fehlregel verletzt)")
    metrics = Table("Kennzahlen alt → neu", ["Kennzahl", "alt", "neu", "Δ", "Bewertung"],
                    [[d.label, _fmt(d.old), _fmt(d.new), _fmt(d.delta), d.verdict]
                     for d in comparison.deltas], "kennzahlen")
    cases = Table("Geänderte Fälle",
                  ["Fall", "Route alt → neu", "jetzt richtig", "jetzt falsch", "Absturz alt/neu",
                   "neue falsche Automatik"],
                  [[d.case_id, f"{d.old_route} → {d.new_route}", ", ".join(d.now_right),
                    ", ".join(d.now_wrong),
                    f"{_yes(d.old_crashed)}/{_yes(d.new_crashed)}",
                    _yes(d.new_false_auto_approval)]
                   for d in comparison.case_diffs], "faelle")
    parts = [f"# Vergleich {comparison.old_dir} → {comparison.new_dir}", "", verdict, ""]
    parts.extend(f"> **Warnung:** {w}\n" for w in comparison.warnings)
    parts.extend([render_table(metrics), render_table(cases)])
    for label, ids in (("Nur im alten Lauf", comparison.only_in_old),
                       ("Nur im neuen Lauf", comparison.only_in_new)):
        if ids:
            parts.append(f"{label}: {', '.join(ids)}\n")
    return "\n".join(parts)


def _yes(flag: bool) -> str:
    return "ja" if flag else "nein"
