"""Generated sets: coverage of the rule codes, consistent routes, unique plates, determinism."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from evals.generator import generate
from evals.generator.assemble import BuiltCase
from evals.generator.catalog import ALL_RULES, REJECT_RULES, TAKEN_PLATES
from evals.generator.plan import plan


def test_every_rule_code_is_expected_somewhere(text_suite: list[BuiltCase]) -> None:
    expected = {rule for case in text_suite for rule in case.expected["rules"]}
    assert expected >= ALL_RULES
    assert any(r.startswith("missing_field:") for r in expected)
    assert "suspicious_content" in expected


def test_routes_follow_the_rules(text_suite: list[BuiltCase]) -> None:
    for case in text_suite:
        rules = case.expected["rules"]
        assert case.expected["route"] == ("clerk_review" if rules else "auto_approve")
        rejected = bool(REJECT_RULES.intersection(rules))
        assert case.expected["recommendation"] == ("reject" if rejected else "approve")
    clean = sum(c.expected["route"] == "auto_approve" for c in text_suite) / len(text_suite)
    assert 0.5 <= clean <= 0.7


def test_plates_are_unique_except_the_seeded_taken_ones(text_suite: list[BuiltCase]) -> None:
    plates = Counter(value for case in text_suite for key, value in
                     case.expected["fields"].items()
                     if key == "kennzeichen" and isinstance(value, str))
    repeated = {plate for plate, count in plates.items() if count > 1}
    assert repeated <= set(TAKEN_PLATES)


def test_variety_of_a_planned_suite() -> None:
    specs = plan("all", 64, seed=2026)
    assert Counter(s.application_type for s in specs) == Counter(
        {t: 16 for t in {s.application_type for s in specs}})
    scans = sum(s.rendering.startswith("scan") for s in specs)
    assert scans / len(specs) >= 0.25
    assert sum(not s.include_type for s in specs) >= 8
    assert {"txt", "eml"} <= {s.rendering for s in specs}


def test_same_seed_gives_identical_files(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    ids = generate("bewohnerparkausweis", 3, 42, first)
    assert generate("bewohnerparkausweis", 3, 42, second) == ids
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files
    for name in files:
        if name.name == "dataset.json":
            continue  # names its own output directory
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_another_seed_gives_other_cases(tmp_path: Path) -> None:
    generate("geburtsurkunde", 2, 1, tmp_path / "a")
    generate("geburtsurkunde", 2, 2, tmp_path / "b")
    a = (tmp_path / "a/cases/case-001/expected.json").read_text(encoding="utf-8")
    b = (tmp_path / "b/cases/case-001/expected.json").read_text(encoding="utf-8")
    assert a != b
