from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from evals.calibration import calibrate, write_thresholds
from evals.dataset import Dataset, Prediction, load_dataset
from evals.yaml_edit import YamlEditError, set_top_level_keys
from tests.evals.builders import expected, prediction, write_case

T = "wunschkennzeichen"
REQUIRED = {T: ("kennzeichen",)}
# (case id, expected route, predicted value right?, case confidence)
CASES = [
    ("k95", "auto_approve", True, 0.95),
    ("k90", "auto_approve", True, 0.90),
    ("k85", "clerk_review", True, 0.85),   # auto-approving it would be wrong (clerk expected)
    ("k80", "auto_approve", False, 0.80),  # wrong plate: approving it would be wrong
    ("k70", "auto_approve", True, 0.70),
]


@pytest.fixture(scope="module")
def plates(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    root = tmp_path_factory.mktemp("plates")
    for case_id, route, _, _ in CASES:
        write_case(root, case_id, application_type=T,
                   expected=expected(T, route, {"kennzeichen": "BO-AB 123"}))
    return load_dataset(root)


def _predictions() -> dict[str, Prediction]:
    # Every case went to a clerk only for low confidence, so all are auto-approvable.
    return {case_id: prediction(T, "clerk_review",
                                {"kennzeichen": "BO-AB 123" if right else "BO-AB 128"},
                                confidence={"kennzeichen": conf},
                                rules=["low_confidence:kennzeichen"])
            for case_id, _, right, conf in CASES}


def test_threshold_with_zero_false_approvals_and_most_straight_through(plates: Dataset) -> None:
    cal = calibrate(plates, _predictions(), REQUIRED)
    choice = cal.per_type[T].threshold
    # Thresholds: 1.0 → none (STR 0); 0.95 → k95 (1/4); 0.90 → k95, k90 (2/4);
    # 0.85 adds k85 (false approval). Best safe: 0.90 with STR 0.5.
    assert choice.threshold == 0.90 and choice.safe
    assert choice.straight_through_rate == 0.5
    assert (choice.false_auto_approvals, choice.auto_approvable, choice.expected_auto_approve) == (
        0, 5, 4)
    assert cal.thresholds() == {T: 0.90}
    assert cal.thresholds(only=[T]) == {T: 0.90}
    with pytest.raises(ValueError, match="geburtsurkunde"):
        cal.thresholds(only=["geburtsurkunde"])


def test_expected_calibration_error(plates: Dataset) -> None:
    cal = calibrate(plates, _predictions(), REQUIRED)
    # Field confidence/correctness: (.95,1) (.90,1) (.85,1) (.80,0) (.70,1).
    # Bin 0.9: conf .925, acc 1 → .075 ×2; bin 0.8: conf .825, acc .5 → .325 ×2;
    # bin 0.7: conf .7, acc 1 → .3 ×1.  ECE = (.15 + .65 + .3) / 5 = 0.22.
    assert cal.ece == pytest.approx(0.22)
    counts = [b.count for b in cal.bins]
    assert counts == [0, 0, 0, 0, 0, 0, 0, 1, 2, 2]


def test_unsafe_when_a_fully_confident_case_is_wrong(plates: Dataset) -> None:
    preds = _predictions()
    preds["k80"] = prediction(T, "auto_approve", {"kennzeichen": "BO-X 1"},
                              confidence={"kennzeichen": 1.0})
    choice = calibrate(plates, preds, REQUIRED).per_type[T].threshold
    assert choice.threshold == 1.0 and not choice.safe
    assert choice.false_auto_approvals == 1 and "manuell" in choice.note


CONFIG = """\
# Wunschkennzeichen: Einstellungen der Zulassungsstelle
auto_approve_allowed: true
confidence_threshold: 0.85   # vom Fachbereich festgelegt
fees:
  reservierung: 12.80  # Euro
"""


def test_write_thresholds_keeps_comments(tmp_path: Path) -> None:
    config = tmp_path / T / "config.yaml"
    config.parent.mkdir()
    config.write_text(CONFIG, encoding="utf-8")
    assert write_thresholds(tmp_path, {T: 0.9}, "eval-2026-10-14T10:00") == [config]
    text = config.read_text(encoding="utf-8")
    assert "confidence_threshold: 0.9   # vom Fachbereich festgelegt" in text
    assert "# Wunschkennzeichen: Einstellungen der Zulassungsstelle" in text
    assert "reservierung: 12.80  # Euro" in text
    data = yaml.safe_load(text)
    assert data["confidence_threshold"] == 0.9
    assert data["threshold_source"] == "eval-2026-10-14T10:00"
    assert data["fees"] == {"reservierung": 12.8}
    write_thresholds(tmp_path, {T: 0.75}, "zweiter Lauf")  # existing source line is replaced
    assert yaml.safe_load(config.read_text(encoding="utf-8"))["threshold_source"] == "zweiter Lauf"
    assert config.read_text(encoding="utf-8").count("threshold_source") == 1


def test_write_thresholds_errors(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_thresholds(tmp_path, {T: 0.9}, "r")
    with pytest.raises(ValueError, match="zwischen 0 und 1"):
        write_thresholds(tmp_path, {T: 1.5}, "r")
    with pytest.raises(YamlEditError):
        set_top_level_keys("threshold_source:\n  - a\n", {"threshold_source": "x"})


def test_no_threshold_below_the_floor(tmp_path: Path) -> None:
    """Right cases at 0.95 and 0.70: the pure rule takes 0.70; below 0.8 a required value was
    not found in the documents, so by default 0.95 is chosen."""
    for case_id in ("a95", "a70"):
        write_case(tmp_path, case_id, application_type=T,
                   expected=expected(T, "auto_approve", {"kennzeichen": "BO-AB 123"}))
    data = load_dataset(tmp_path)
    preds = {case_id: prediction(T, "clerk_review", {"kennzeichen": "BO-AB 123"},
                                 confidence={"kennzeichen": conf},
                                 rules=["low_confidence:kennzeichen"])
             for case_id, conf in (("a95", 0.95), ("a70", 0.70))}
    pure = calibrate(data, preds, REQUIRED, floor=0.0).per_type[T].threshold
    assert (pure.threshold, pure.straight_through_rate) == (0.70, 1.0)
    floored = calibrate(data, preds, REQUIRED).per_type[T].threshold
    assert (floored.threshold, floored.straight_through_rate) == (0.95, 0.5)
