"""The validator accepts generated and committed datasets and catches broken cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evals.generator import generate
from evals.generator.cli import app
from evals.generator.validate import validate

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    generate("wunschkennzeichen", 2, 17, tmp_path / "ds")
    return tmp_path / "ds"


def _edit(path: Path, change: dict[str, object]) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    for key, value in change.items():
        target = data
        *parents, last = key.split("/")
        for parent in parents:
            target = target[parent]
        target[last] = value
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_generated_dataset_is_valid(dataset: Path) -> None:
    assert validate(dataset) == []


def test_validator_catches_broken_cases(dataset: Path) -> None:
    case = dataset / "cases" / "case-001"
    _edit(case / "expected.json", {"pii": ["Erika Nirgendwo"], "fields/fahrzeugart": "auto",
                                   "fields/halter.geburtstag": "x", "rules": ["W9_erfunden"],
                                   "route": "auto_approve"})
    _edit(case / "case.json", {"submitted_at": "14.10.2026"})
    other = dataset / "cases" / "case-002"
    first_document = json.loads((other / "case.json").read_text(encoding="utf-8"))["documents"][0]
    (other / first_document).unlink()
    problems = "\n".join(validate(dataset))
    for needle in ("'Erika Nirgendwo' not found", "fahrzeugart", "halter.geburtstag",
                   "W9_erfunden", "auto_approve although", "submitted_at",
                   f"case-002: document {first_document} missing"):
        assert needle in problems


@pytest.mark.parametrize("relative", ["samples", "evals/suites/smoke"])
def test_committed_datasets_are_valid(relative: str) -> None:
    assert validate(ROOT / relative) == []


def test_cli_generates_and_rejects_unknown_type(tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(app, ["generate", "--type", "geburtsurkunde", "--n", "1", "--seed", "3",
                             str(tmp_path / "one")])
    assert ok.exit_code == 0, ok.output
    assert (tmp_path / "one" / "cases" / "case-001" / "expected.json").exists()
    bad = runner.invoke(app, ["generate", "--type", "hundesteuer", str(tmp_path / "bad")])
    assert bad.exit_code == 2
    assert "Unbekannter Antragstyp" in bad.output
    checked = runner.invoke(app, ["validate", str(tmp_path / "one")])
    assert checked.exit_code == 0, checked.output
