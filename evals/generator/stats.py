"""Prints what a dataset exercises: ``python -m evals.generator.stats DIR``."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from evals.generator.catalog import ALL_RULES, RASTER_EXTENSIONS
from evals.generator.doctext import document_text


def summary(dataset: Path) -> dict[str, object]:
    cases = sorted(p for p in (dataset / "cases").iterdir() if p.is_dir())
    rules: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    types: Counter[str] = Counter()
    clean = untyped = with_raster = with_text = 0
    doc_counts: Counter[int] = Counter()
    for case_dir in cases:
        case = json.loads((case_dir / "case.json").read_text(encoding="utf-8"))
        expected = json.loads((case_dir / "expected.json").read_text(encoding="utf-8"))
        types[expected["application_type"]] += 1
        rules.update(r.split(":")[0] for r in expected["rules"])
        clean += expected["route"] == "auto_approve"
        untyped += "application_type" not in case
        docs = [case_dir / name for name in case["documents"]]
        doc_counts[len(docs)] += 1
        raster = [d for d in docs if d.suffix.lower() in RASTER_EXTENSIONS
                  or (d.suffix.lower() == ".pdf" and document_text(d) is None)]
        with_raster += bool(raster)
        with_text += any(d.suffix.lower() in (".txt", ".eml") for d in docs)
        kinds.update(d.suffix.lower() for d in docs)
    size = sum(f.stat().st_size for f in dataset.rglob("*") if f.is_file())
    n = len(cases)
    return {"cases": n, "types": dict(types), "clean_share": round(clean / n, 3),
            "cases_with_scan": round(with_raster / n, 3), "cases_with_txt_or_eml": with_text,
            "without_application_type": untyped, "documents_per_case": dict(sorted(
                doc_counts.items())), "extensions": dict(kinds), "rule_counts": dict(sorted(
                rules.items())), "rules_never_expected": sorted(ALL_RULES - set(rules)),
            "megabytes": round(size / 1e6, 2)}


if __name__ == "__main__":
    print(json.dumps(summary(Path(sys.argv[1])), ensure_ascii=False, indent=1))
