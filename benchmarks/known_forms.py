"""Benchmark: a portal export of registered forms through the whole embedded stack.

    python -m benchmarks.known_forms [--cases 60] [--mix acroform,flat,scan] [--concurrency 4]

Each case is one filled registration form (no letter), taken in turn from the variants of
``../shared/datasets/realforms-v1`` and made unique by a trailing comment, so the stack sees N
different submissions. The model endpoint is deliberately unreachable: a form read by its
template must need no model, and a case that asked one would show up as an error.
Prints cases per hour, model tokens per case, seconds per stage and the routes.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

from rich.console import Console

from config.settings import get_settings
from evals.runner import RunOptions, run_dataset

REALFORMS = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "realforms-v1"
VARIANTS = {"acroform": ("rf01", "rf02", "rf03", "rf04"), "flat": ("rf05", "rf06", "rf07", "rf08"),
            "scan": ("rf09", "rf10", "rf11", "rf12")}
UNREACHABLE_MODEL = "http://127.0.0.1:9/v1"


def _form_document(case_dir: Path) -> Path:
    """The case's Anmeldung (the other document is the landlord's confirmation)."""
    documents: list[str] = json.loads((case_dir / "case.json").read_text())["documents"]
    for name in documents:
        data = (case_dir / name).read_bytes()
        if b"Wohnungsgeber" not in data[:4000] and "wgb" not in name.lower() and \
                "bestaetigung" not in name.lower() and "vermieter" not in name.lower():
            return case_dir / name
    return case_dir / documents[0]


def build_export(out: Path, cases: int, mix: list[str], source: Path) -> None:
    picks = [variant for kind in mix for variant in VARIANTS[kind]]
    by_prefix = {p.name[:4]: p for p in (source / "cases").iterdir()}
    (out / "cases").mkdir(parents=True)
    for index in range(cases):
        case_dir = by_prefix[picks[index % len(picks)]]
        document = _form_document(case_dir)
        target = out / "cases" / f"export-{index:04d}"
        target.mkdir()
        # A trailing comment keeps the file valid and makes each submission different.
        (target / document.name).write_bytes(document.read_bytes() + f"\n%{index}\n".encode())
        meta = json.loads((case_dir / "case.json").read_text())
        meta["documents"] = [document.name]
        (target / "case.json").write_text(json.dumps(meta), encoding="utf-8")
        expected = json.loads((case_dir / "expected.json").read_text())
        (target / "expected.json").write_text(json.dumps(expected), encoding="utf-8")
    (out / "dataset.json").write_text(json.dumps(
        {"name": "portal-export", "version": "1", "description": "benchmark"}), encoding="utf-8")


async def _run(export: Path, out: Path, concurrency: int) -> float:
    started = time.monotonic()
    options = RunOptions(out_dir=out, llm_url=UNREACHABLE_MODEL, concurrency=concurrency,
                         use_cache=False)
    await run_dataset(export, get_settings(), options, Console(stderr=True))
    return time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--cases", type=int, default=60)
    parser.add_argument("--mix", default="acroform,flat,scan")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--source", type=Path, default=REALFORMS)
    args = parser.parse_args()
    mix = [m.strip() for m in args.mix.split(",") if m.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        export, out = Path(tmp) / "export", Path(tmp) / "out"
        build_export(export, args.cases, mix, args.source)
        wall = asyncio.run(_run(export, out, args.concurrency))
        predictions = [json.loads(p.read_text()) for p in out.glob("predictions/*.json")]
    _print(predictions, wall, mix, args)


def _print(predictions: list[dict[str, object]], wall: float, mix: list[str],
           args: argparse.Namespace) -> None:
    n = len(predictions)
    tokens = [int(p.get("llm_tokens") or 0) for p in predictions]  # type: ignore[call-overload]
    stages: dict[str, list[float]] = {}
    for p in predictions:
        for stage, seconds in (p.get("stage_seconds") or {}).items():  # type: ignore[attr-defined]
            stages.setdefault(stage, []).append(float(seconds))
    routes = Counter(str(p.get("route")) for p in predictions)
    reasons = Counter(str(r).split(":")[0] for p in predictions
                      for r in p.get("rules") or [])  # type: ignore[attr-defined]
    errors = sum(1 for p in predictions if p.get("error"))
    print(f"portal export: {n} cases ({', '.join(mix)}), concurrency {args.concurrency}")
    print(f"  wall {wall:.1f} s  ->  {n / wall * 3600:.0f} cases/hour (includes stack start)")
    print(f"  model tokens per case: mean {statistics.fmean(tokens) if tokens else 0:.0f}, "
          f"max {max(tokens, default=0)}")
    for stage, values in sorted(stages.items()):
        print(f"  {stage:15} mean {statistics.fmean(values):6.2f} s   "
              f"p95 {sorted(values)[int(0.95 * (len(values) - 1))]:6.2f} s")
    print(f"  routes: {dict(routes)}   errors: {errors}")
    print(f"  reasons: {dict(reasons.most_common(6))}  (a form without the landlord's "
          "confirmation goes to a clerk: W2, missing wohnungsgeber.*)")


if __name__ == "__main__":
    main()
