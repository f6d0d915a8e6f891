"""Writes cases in the dataset format of eval-dataset.md."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from evals.generator.assemble import BuiltCase

DRAW_LOG = Path("_generator") / "draw_log.json"


def _json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def write_case(outdir: Path, built: BuiltCase) -> None:
    case_dir = outdir / "cases" / built.case_id
    case_dir.mkdir(parents=True, exist_ok=True)
    for old in case_dir.iterdir():
        old.unlink()
    for doc in built.documents:
        (case_dir / doc.filename).write_bytes(doc.data)
    _json(case_dir / "case.json", built.case)
    _json(case_dir / "expected.json", built.expected)


def write_dataset(outdir: Path, cases: list[BuiltCase], meta: dict[str, str]) -> None:
    """The dataset.json, every case, and the draw log: the strings drawn into raster documents,
    which is how a validator checks PII that no text layer carries."""
    outdir.mkdir(parents=True, exist_ok=True)
    _json(outdir / "dataset.json", meta)
    log: dict[str, dict[str, list[str]]] = {}
    for built in cases:
        write_case(outdir, built)
        raster = {d.filename: list(d.strings) for d in built.documents if d.raster}
        if raster:
            log[built.case_id] = raster
    (outdir / DRAW_LOG).parent.mkdir(exist_ok=True)
    _json(outdir / DRAW_LOG, log)
