"""Fixtures over the hand-made dataset of hand_cases.py."""

from __future__ import annotations

import pytest

from evals.dataset import Dataset
from evals.metrics import score
from evals.report_model import Report
from tests.evals.hand_cases import REQUIRED, build_hand_dataset, hand_predictions


@pytest.fixture(scope="module")
def hand_dataset(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    return build_hand_dataset(tmp_path_factory.mktemp("hand"))


@pytest.fixture(scope="module")
def hand_report(hand_dataset: Dataset) -> Report:
    return score(hand_dataset, hand_predictions(), gated_fields=REQUIRED)
