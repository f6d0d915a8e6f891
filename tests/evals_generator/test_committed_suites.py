"""The committed suites are exactly what their documented commands produce."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from evals.generator import generate
from evals.generator.samples import build as build_samples

ROOT = Path(__file__).resolve().parents[2]


def _same_cases(committed: Path, fresh: Path) -> None:
    ids = sorted(p.name for p in (committed / "cases").iterdir())
    assert ids == sorted(p.name for p in (fresh / "cases").iterdir())
    for case_id in ids:
        for name in ("case.json", "expected.json"):
            assert (committed / "cases" / case_id / name).read_text(encoding="utf-8") == (
                fresh / "cases" / case_id / name).read_text(encoding="utf-8"), case_id


@pytest.mark.slow
@pytest.mark.parametrize("suite", ["core-v1", "smoke"])
def test_suite_matches_its_documented_command(suite: str, tmp_path: Path) -> None:
    meta = json.loads((ROOT / "evals/suites" / suite / "dataset.json").read_text(encoding="utf-8"))
    command = shlex.split(meta["description"].split("with: ", 1)[1].split(" (", 1)[0])
    options = dict(zip(command[4:-1:2], command[5:-1:2], strict=True))
    generate(options["--type"], int(options["--n"]), int(options["--seed"]), tmp_path / suite)
    _same_cases(ROOT / "evals/suites" / suite, tmp_path / suite)


@pytest.mark.slow
def test_samples_match_their_builder(tmp_path: Path) -> None:
    build_samples(tmp_path / "samples")
    _same_cases(ROOT / "samples", tmp_path / "samples")
