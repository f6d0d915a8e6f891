"""Builds small evaluation datasets and predictions on disk for the scorer tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from evals.dataset import Prediction


def write_case(root: Path, case_id: str, *, expected: dict[str, Any],
               application_type: str | None = None, documents: tuple[str, ...] = ("antrag.txt",),
               submitted_at: str = "2026-10-14", extra_case_keys: dict[str, Any] | None = None,
               create_documents: bool = True) -> Path:
    case_dir = root / "cases" / case_id
    case_dir.mkdir(parents=True, exist_ok=True)
    case: dict[str, Any] = {"submitted_at": submitted_at, "documents": list(documents)}
    if application_type is not None:
        case["application_type"] = application_type
    case.update(extra_case_keys or {})
    (case_dir / "case.json").write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    (case_dir / "expected.json").write_text(json.dumps(expected, ensure_ascii=False),
                                            encoding="utf-8")
    if create_documents:
        for name in documents:
            (case_dir / name).write_text("Antrag", encoding="utf-8")
    return case_dir


def expected(application_type: str, route: str, fields: dict[str, Any], *,
             rules: list[str] | None = None, pii: list[str] | None = None) -> dict[str, Any]:
    return {"application_type": application_type, "route": route, "recommendation": "approve",
            "rules": rules or [], "fields": fields, "pii": pii or []}


def prediction(application_type: str | None, route: str | None, fields: dict[str, Any], *,
               confidence: dict[str, float] | None = None, rules: list[str] | None = None,
               redacted: list[str] | None = None, **extra: Any) -> Prediction:
    return Prediction.model_validate({
        "application_type": application_type, "route": route, "fields": fields,
        "confidence": confidence or {}, "rules": rules or [], "redacted": redacted or [],
        **extra})
