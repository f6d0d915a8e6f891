"""Writes ``report.json``, ``report.md`` and ``report.html`` into a run's output directory."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from evals.report_html import render_html
from evals.report_json import REPORT_JSON, report_to_json
from evals.report_markdown import render_markdown
from evals.report_model import Report


def write_reports(report: Report, outdir: Path, *, title: str,
                  run_info: Mapping[str, str]) -> dict[str, Path]:
    """``run_info`` (model, prompt version, commit, …) is stored in the report's ``run``."""
    outdir.mkdir(parents=True, exist_ok=True)
    final = report.model_copy(update={"run": {**report.run, **run_info}})
    documents = {
        REPORT_JSON: report_to_json(final),
        "report.md": render_markdown(final, title=title),
        "report.html": render_html(final, title=title),
    }
    written = {}
    for name, text in documents.items():
        path = outdir / name
        path.write_text(text, encoding="utf-8")
        written[name] = path
    return written
