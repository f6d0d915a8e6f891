"""Leak rate on a dataset in the eval format: the share of each case's ``pii`` strings that are
still in the redacted document text, with the case's own values as deny list and without."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from redaction.case_values import deny_list_from_values
from redaction.evaluation.documents import document_text
from redaction.redact import redact_text


@dataclass
class CaseLeaks:
    case_id: str
    pii: int
    present: int
    leaked_with_deny_list: list[str]
    leaked_without: list[str]
    skipped_documents: int


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def measure_case(case_dir: Path, ocr: bool) -> CaseLeaks:
    case = json.loads((case_dir / "case.json").read_text(encoding="utf-8"))
    expected = json.loads((case_dir / "expected.json").read_text(encoding="utf-8"))
    pii = [str(p) for p in expected.get("pii", [])]
    deny_list = deny_list_from_values(expected.get("fields", {}))
    texts = [document_text(case_dir / name, ocr) for name in case["documents"]]
    readable = [t for t in texts if t is not None]
    original = _norm("\n".join(readable))
    with_list = _norm("\n".join(redact_text(t, deny_list).text for t in readable))
    without = _norm("\n".join(redact_text(t).text for t in readable))
    return CaseLeaks(
        case_id=case_dir.name, pii=len(pii),
        present=sum(_norm(p) in original for p in pii),
        leaked_with_deny_list=[p for p in pii if _norm(p) in with_list],
        leaked_without=[p for p in pii if _norm(p) in without],
        skipped_documents=len(texts) - len(readable),
    )


def measure_dataset(dataset: Path, ocr: bool) -> list[CaseLeaks]:
    cases = sorted(p for p in (dataset / "cases").iterdir() if (p / "case.json").is_file())
    return [measure_case(case_dir, ocr) for case_dir in cases]
