"""``report.json``: the machine-readable report (spec: top-level ``summary`` with fixed keys)."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from evals.dataset import describe_validation_error
from evals.report_model import Report

REPORT_JSON = "report.json"


class ReportError(ValueError):
    pass


def report_to_json(report: Report) -> str:
    return json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def read_report(report_dir: Path) -> Report:
    path = report_dir / REPORT_JSON
    if not path.is_file():
        raise ReportError(f"Kein Bericht gefunden: {path}")
    try:
        return Report.model_validate_json(path.read_bytes())
    except ValidationError as exc:
        reasons = "; ".join(describe_validation_error(exc)[:5])
        raise ReportError(f"Bericht {path} ist nicht lesbar: {reasons}") from None
