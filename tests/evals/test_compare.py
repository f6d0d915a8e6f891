from __future__ import annotations

from pathlib import Path

import pytest

from evals.compare import FailRules, compare, failed, render_comparison
from evals.dataset import Dataset, Prediction
from evals.metrics import score
from evals.report_json import ReportError
from evals.reports import write_reports
from tests.evals.hand_cases import REQUIRED, hand_predictions


def _run(dataset: Dataset, predictions: dict[str, Prediction], outdir: Path) -> Path:
    write_reports(score(dataset, predictions, REQUIRED), outdir, title="t", run_info={})
    return outdir


def _perfect(dataset: Dataset) -> dict[str, Prediction]:
    """Right fields, right routes and rules, nothing leaked."""
    return {c.case_id: Prediction(application_type=c.expected.application_type,
                                  route=c.expected.route, rules=c.expected.rules,
                                  fields=c.expected.fields, seconds=1.0)
            for c in dataset.cases}


@pytest.fixture()
def runs(hand_dataset: Dataset, tmp_path: Path) -> tuple[Path, Path]:
    return (_run(hand_dataset, _perfect(hand_dataset), tmp_path / "old"),
            _run(hand_dataset, hand_predictions(), tmp_path / "new"))


def test_perfect_run_against_itself_passes(hand_dataset: Dataset, tmp_path: Path) -> None:
    old = _run(hand_dataset, _perfect(hand_dataset), tmp_path / "a")
    new = _run(hand_dataset, _perfect(hand_dataset), tmp_path / "b")
    comparison = compare(old, new)
    assert failed(comparison) == []
    assert comparison.case_diffs == []
    assert "bestanden" in render_comparison(comparison)


def test_worse_run_fails_with_reasons(runs: tuple[Path, Path]) -> None:
    comparison = compare(*runs)
    reasons = failed(comparison)
    # Old: everything right. New: FAA in A and D; field EM 1.0 → 10/14 (drop 0.2857 > 0.01);
    # PII leak 0 → 0.5; rule recall 1.0 → 1/3.
    assert reasons[0] == "Falsche Automatik-Genehmigungen im neuen Lauf: A, D"
    assert any(r.startswith("Felder exakt richtig (mikro) gesunken um 0.2857") for r in reasons)
    assert any(r.startswith("PII-Leckrate gestiegen um 0.5000") for r in reasons)
    assert any(r.startswith("Regel-Recall gesunken um 0.6667") for r in reasons)
    assert not any("vollständig" in r for r in reasons)  # case exact match rule is off
    assert len(reasons) == 4


def test_per_case_differences(runs: tuple[Path, Path]) -> None:
    diffs = {d.case_id: d for d in compare(*runs).case_diffs}
    assert set(diffs) == {"A", "B", "C", "D", "E"}
    assert (diffs["C"].route_changed, diffs["C"].now_wrong) == (True, [])  # auto → clerk
    assert diffs["A"].now_wrong == ["familienname"] and diffs["A"].new_false_auto_approval
    assert diffs["B"].now_wrong == ["geburtsname"] and not diffs["B"].route_changed
    assert (diffs["D"].old_route, diffs["D"].new_route) == ("clerk_review", "auto_approve")
    assert diffs["E"].new_crashed and not diffs["E"].old_crashed
    assert diffs["E"].new_route == "error"


def test_rules_are_configurable(runs: tuple[Path, Path]) -> None:
    lenient = FailRules(no_false_auto_approvals=False, max_field_exact_match_drop=0.5,
                        max_pii_leak_rate_rise=None, max_rule_recall_drop=None)
    assert failed(compare(*runs, lenient)) == []
    strict_case = lenient.model_copy(update={"max_case_exact_match_drop": 0.1})
    # Case exact match 1.0 → 0.4.
    assert failed(compare(*runs, strict_case)) == [
        "Fälle vollständig richtig gesunken um 0.6000 (erlaubt: 0.1000)"]


def test_reverse_direction_passes_and_renders_deltas(runs: tuple[Path, Path]) -> None:
    old, new = runs
    comparison = compare(new, old)
    assert failed(comparison) == []
    text = render_comparison(comparison)
    assert "| PII-Leckrate | 0.5 | 0 | -0.5 | besser |" in text
    assert "| Falsche Automatik-Genehmigungen | 2 | 0 | -2 | besser |" in text


def test_missing_report_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="Kein Bericht gefunden"):
        compare(tmp_path, tmp_path)
