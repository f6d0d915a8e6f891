"""Regression guard: the held-out set (never used for tuning) keeps its recall and precision."""

from __future__ import annotations

from redaction.evaluate import TESTSETS
from redaction.evaluation.metrics import evaluate_set, load_set


def test_heldout_recall_and_precision() -> None:
    docs = load_set(TESTSETS / "heldout.jsonl")
    scores = evaluate_set(docs)
    assert sum(scores.gold.values()) >= 2000
    assert scores.recall() >= 0.95
    assert scores.precision() >= 0.90
