"""Every expected number is worked out by hand from the cases described in hand_cases.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from evals.dataset import load_dataset
from evals.metrics import score
from evals.report_model import Report
from tests.evals.builders import expected, prediction, write_case


def test_ten_fields_two_wrong_is_point_eight(tmp_path: Path) -> None:
    # 3 cases with 4 + 3 + 3 = 10 fields; X.b and Z.c wrong → 8/10.
    for case_id, fields in (("X", {"a": "1", "b": "2", "c": "3", "d": "4"}),
                            ("Y", {"a": "1", "b": "2", "c": "3"}),
                            ("Z", {"a": "1", "b": "2", "c": "3"})):
        write_case(tmp_path, case_id, application_type="t",
                   expected=expected("t", "auto_approve", fields))
    wrong = {"X": "b", "Z": "c"}
    predictions = {}
    for case in load_dataset(tmp_path).cases:
        values: dict[str, Any] = dict(case.expected.fields)
        if case.case_id in wrong:
            values[wrong[case.case_id]] = "falsch"
        predictions[case.case_id] = prediction("t", "clerk_review", values)
    report = score(load_dataset(tmp_path), predictions, gated_fields={})
    assert report.summary.field_exact_match == pytest.approx(0.8)
    assert report.summary.case_exact_match == pytest.approx(1 / 3)
    assert report.summary.classification_accuracy is None  # every case.json names its type


def test_field_scores(hand_report: Report) -> None:
    s = hand_report.summary
    # Fields: A 4 (familienname wrong), B 3 (geburtsname hallucinated), C 3, D 2, E 2 (crash,
    # both wrong) → 14 scored, 4 wrong.
    assert s.fields_scored == 14
    assert s.field_exact_match == pytest.approx(10 / 14)
    # ANLS over expected non-null strings: A.familienname 5/6, A.geburtsdatum 1, B.familienname
    # 1, B.vornamen 1, C.person.geburtsdatum 1, D.plz 1 (int 44623 = "44623"), D.ort 1,
    # E.antragsteller.familienname 0 (crash) → (5/6 + 6) / 8 = 41/48.
    assert s.field_anls == pytest.approx(41 / 48)
    # Null expected: A.geburtsname ok, B.geburtsname "Schmidt", C.verwendungszweck ok,
    # E.verwendungszweck (crash counts) → 2/4.
    assert s.null_fields_scored == 4
    assert s.hallucination_rate == pytest.approx(0.5)
    # C and D have all fields right → 2/5.
    assert s.case_exact_match == pytest.approx(2 / 5)


def test_classification_only_on_cases_without_type(hand_report: Report) -> None:
    # B, C right; E crashed → 2/3.
    assert hand_report.summary.classified_cases == 3
    assert hand_report.summary.classification_accuracy == pytest.approx(2 / 3)


def test_routing_and_false_auto_approvals(hand_report: Report) -> None:
    assert hand_report.confusion == {
        "auto_approve": {"auto_approve": 1, "clerk_review": 1, "error": 0},   # A, C
        "clerk_review": {"auto_approve": 1, "clerk_review": 1, "error": 1},   # D, B, E
    }
    # A: auto-approved with familienname wrong; D: auto-approved although clerk expected.
    assert hand_report.summary.false_auto_approvals == 2
    faa = {c.case_id: c.reasons for c in hand_report.false_auto_approval_cases}
    assert faa == {"A": ["Feld falsch: familienname"],
                   "D": ["Sachbearbeitung erwartet (clerk_review)"]}
    # Expected auto: A (approved), C (not) → 1/2.
    assert hand_report.summary.straight_through_rate == pytest.approx(0.5)


def test_rule_precision_and_recall(hand_report: Report) -> None:
    s = hand_report.summary
    # Predicted codes: B {W4_frist, low_confidence:vornamen}, C {low_confidence:anzahl} → 1 TP
    # of 3; among spec codes only W4_frist → 1/1. Expected: W4 (B), W1 (D), G2 (E) → 1/3.
    assert s.rule_precision == pytest.approx(1 / 3)
    assert s.rule_precision_spec_codes == pytest.approx(1.0)
    assert s.rule_recall == pytest.approx(1 / 3)


def test_pii_leak_rate(hand_report: Report) -> None:
    # A leaks "03.07.1988" (index 1); B leaks "Anna Maria" after whitespace normalisation
    # (index 1); C none; D has no PII; E crashed: its one string counts → 3 of 6.
    assert hand_report.summary.pii_leak_rate == pytest.approx(0.5)
    leaks = {c.case_id: (c.pii_indices, c.crashed) for c in hand_report.pii_leak_cases}
    assert leaks == {"A": ([1], False), "B": ([1], False), "E": ([0], True)}


def test_crashed_cases_listed(hand_report: Report) -> None:
    assert [(c.case_id, c.error) for c in hand_report.crashed_cases] == [
        ("E", "Zeitüberschreitung beim Lesen")]
    assert hand_report.summary.crashed == 1


def test_time_and_tokens(hand_report: Report) -> None:
    t = hand_report.timing
    # Seconds 10, 20, 30, 5, 60: mean 25, median 20, p90 at rank 0.9·4 = 3.6 → 30 + 0.6·30 = 48.
    assert (t.seconds.mean, t.seconds.median) == (25, 20)
    assert t.seconds.p90 == pytest.approx(48)
    # Tokens 1000, 3000, 2000, 500, 0: mean 1300, median 1000, p90 2000 + 0.6·1000 = 2600.
    assert (t.llm_tokens.mean, t.llm_tokens.median) == (1300, 1000)
    assert t.llm_tokens.p90 == pytest.approx(2600)
    # Stage "read" only in A (2) and B (5).
    assert (t.stage_seconds["read"].n, t.stage_seconds["read"].mean) == (2, 3.5)
    assert hand_report.summary.seconds_per_case == 25
    assert hand_report.summary.llm_tokens_per_case == 1300


def test_per_type(hand_report: Report) -> None:
    w = hand_report.per_type["wohnsitzanmeldung"].summary
    g = hand_report.per_type["geburtsurkunde"].summary
    # W: A (4 fields, 1 wrong), B (3, 1 wrong), D (2) → 7/9; FAA A and D; STR A/A = 1.
    assert (w.cases, w.false_auto_approvals) == (3, 2)
    assert w.field_exact_match == pytest.approx(7 / 9)
    assert w.straight_through_rate == 1.0
    assert w.classification_accuracy == 1.0  # B
    # G: C (3 right), E (2 wrong) → 3/5; STR 0/1 (C went to a clerk); classification C ok, E not.
    assert (g.cases, g.straight_through_rate) == (2, 0.0)
    assert g.field_exact_match == pytest.approx(0.6)
    assert g.classification_accuracy == 0.5
    per_field = hand_report.per_field["wohnsitzanmeldung"]["geburtsname"]
    assert (per_field.scored, per_field.null_expected, per_field.hallucinated) == (2, 2, 1)


def test_case_confidence_and_risk_coverage(hand_report: Report) -> None:
    cases = {c.case_id: c for c in hand_report.per_case}
    # A: min over required filled (0.95, 0.99, 0.9) = 0.9; geburtsname is not required.
    assert cases["A"].case_confidence == pytest.approx(0.9)
    assert cases["C"].auto_approvable and not cases["B"].auto_approvable
    assert not cases["E"].auto_approvable
    # Candidates A (0.9, error), C (0.5, fine), D (0.96, error).
    points = [(p.threshold, p.approved, p.errors) for p in hand_report.risk_coverage]
    assert points == [(0.96, 1, 1), (0.9, 2, 2), (0.5, 3, 2)]
    assert hand_report.risk_coverage[-1].coverage == 1.0
    assert hand_report.risk_coverage[-1].risk == pytest.approx(2 / 3)


def test_missing_prediction_counts_as_crash_and_stray_prediction_warns(tmp_path: Path) -> None:
    write_case(tmp_path, "only", application_type="t",
               expected=expected("t", "auto_approve", {"a": "1"}))
    report = score(load_dataset(tmp_path), {"other": prediction("t", "auto_approve", {})},
                   gated_fields={})
    assert [c.case_id for c in report.crashed_cases] == ["only"]
    assert report.summary.field_exact_match == 0.0
    assert any("other" in w for w in report.warnings)


def test_empty_groups_give_null_rates(tmp_path: Path) -> None:
    write_case(tmp_path, "k", application_type="t", expected=expected("t", "clerk_review", {}))
    report = score(load_dataset(tmp_path), {"k": prediction("t", "clerk_review", {})},
                   gated_fields={})
    s = report.summary
    assert s.field_exact_match is None and s.hallucination_rate is None
    assert s.straight_through_rate is None and s.rule_recall is None
    assert s.case_exact_match == 1.0
