"""The evaluation runner on the smoke suite: the real pipeline with the scripted model.

The scripted model answers with each case's ground truth, so field accuracy measures what the
pipeline does around the model (normalisation, classification, routing) and the report plumbing;
the real model's accuracy is measured by `antragswerk eval run` (see docs/evaluation.md).
"""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console

from config.settings import Settings
from evals.runner import RunOptions, run_dataset
from stack.cases import case_dirs
from tests.support.cases import script_from_expected
from tests.support.scripted_llm import ScriptedLLM

SMOKE = Path(__file__).resolve().parents[2] / "evals" / "suites" / "smoke"
SPEC_KEYS = {"cases", "classification_accuracy", "field_exact_match", "field_anls",
             "case_exact_match", "hallucination_rate", "false_auto_approvals",
             "straight_through_rate", "rule_precision", "rule_recall", "pii_leak_rate",
             "seconds_per_case", "llm_tokens_per_case"}


async def test_smoke_suite_report(tmp_path: Path, settings: Settings,
                                  scripted_llm: ScriptedLLM) -> None:
    for case in case_dirs(SMOKE):
        script_from_expected(scripted_llm, case.path)
    report = await run_dataset(SMOKE, settings, RunOptions(
        out_dir=tmp_path, llm_url=scripted_llm.base_url, use_cache=False, concurrency=4),
        Console(quiet=True))
    data = json.loads((tmp_path / "report.json").read_text())
    assert set(data["summary"]) >= SPEC_KEYS
    ids = {c.case_id for c in case_dirs(SMOKE)}
    assert {p.stem for p in (tmp_path / "predictions").glob("*.json")} == ids
    s = report.summary
    assert s.cases == len(ids) and s.crashed == 0
    assert s.false_auto_approvals == 0
    assert s.classification_accuracy == 1.0
    assert s.field_exact_match is not None and s.field_exact_match >= 0.95
    assert s.rule_recall == 1.0
    assert s.pii_leak_rate is not None and s.pii_leak_rate <= 0.05
    assert (tmp_path / "report.html").read_text().startswith("<!DOCTYPE html>")
    prediction = json.loads(next((tmp_path / "predictions").glob("*.json")).read_text())
    assert {"route", "rules", "fields", "confidence", "redacted", "seconds",
            "read_methods"} <= set(prediction)
    # Every case was read, so each lands in exactly one source; the JPEG photo is a scan.
    assert set(data["per_source"]) == {"digital", "scan"}
    split = {k: v["cases"] for k, v in data["per_source"].items()}
    assert split["digital"] + split["scan"] == s.cases and split["scan"] >= 1
    photo = json.loads((tmp_path / "predictions" / "case-002.json").read_text())
    assert "ocr" in photo["read_methods"]
    assert "## Nach Quelle / by source" in (tmp_path / "report.md").read_text()
