"""``antragswerk eval …``: run, compare, calibrate and generate evaluation suites."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from config.settings import get_settings

app = typer.Typer(no_args_is_help=True)
console = Console()


@app.command()
def run(dataset: Path,
        out: Annotated[Path | None, typer.Option(help="Output directory")] = None,
        llm: Annotated[str | None, typer.Option(help="OpenAI-compatible base URL; default: "
                                                "the configured endpoint or the local model")]
        = None,
        concurrency: Annotated[int, typer.Option(min=1, max=32)] = 2,
        no_cache: Annotated[bool, typer.Option("--no-cache", help="Force fresh LLM calls")]
        = False) -> None:
    """Run every case of DATASET through the real pipeline; write report.json/.md/.html."""
    from evals.runner import RunOptions, run_dataset
    from stack.llm_endpoint import llm_endpoint
    from stack.termination import cancel_current_task_on_sigterm

    settings = get_settings()
    out_dir = out or Path("out") / f"eval-{dataset.name}"

    async def go() -> None:
        cancel_current_task_on_sigterm()
        async with llm_endpoint(settings, console, override=llm) as url:
            report = await run_dataset(dataset, settings, RunOptions(
                out_dir=out_dir, llm_url=url, concurrency=concurrency, use_cache=not no_cache),
                console)
        s = report.summary
        console.print_json(s.model_dump_json())
        console.print(f"Bericht: {out_dir / 'report.html'}")

    try:
        asyncio.run(go())
    except (asyncio.CancelledError, KeyboardInterrupt):
        console.print("Abgebrochen; die fertigen Fälle stehen in "
                      f"{out_dir / 'predictions'}.")
        raise typer.Exit(130) from None


@app.command()
def compare(old: Path, new: Path,
            max_field_drop: Annotated[float, typer.Option(help="Fail if field exact match "
                                                          "drops by more")] = 0.01,
            max_leak_rise: Annotated[float, typer.Option()] = 0.0,
            allow_false_auto_approvals: Annotated[bool, typer.Option()] = False) -> None:
    """Compare two report directories; exit 1 on a regression (CI gate)."""
    from evals.compare import FailRules, failed, render_comparison
    from evals.compare import compare as do_compare

    rules = FailRules(no_false_auto_approvals=not allow_false_auto_approvals,
                      max_field_exact_match_drop=max_field_drop,
                      max_pii_leak_rate_rise=max_leak_rise)
    result = do_compare(old, new, rules)
    console.print(render_comparison(result))
    reasons = failed(result)
    if reasons:
        for r in reasons:
            console.print(f"[red]FAIL[/] {r}")
        raise typer.Exit(1)


@app.command()
def calibrate(run_dir: Path,
              write: Annotated[bool, typer.Option(help="Write thresholds to the types' "
                                                  "config.yaml")] = False,
              min_threshold: Annotated[float | None, typer.Option(
                  help="Never choose a threshold below this (default: the floor in "
                       "evals/calibration.py; 0 = the pure rule: zero false auto-approvals, "
                       "most straight-through)")] = None,
              only: Annotated[list[str] | None, typer.Option(
                  "--type", help="With --write: write only this type's threshold (repeatable); "
                                 "the others keep theirs")] = None) -> None:
    """Choose each type's auto-approval threshold from a run (zero false auto-approvals).

    Prints one line per type; the full result (reliability bins) goes to
    RUN_DIR/calibration.json."""
    from apptypes import registry
    from evals.calibration import MIN_THRESHOLD, calibrate_report, write_thresholds
    from evals.calibration_table import calibration_table
    from evals.report_json import read_report

    floor = MIN_THRESHOLD if min_threshold is None else min_threshold
    calibration = calibrate_report(read_report(run_dir), floor=floor)
    out = run_dir / "calibration.json"
    out.write_text(calibration.model_dump_json(indent=2) + "\n", encoding="utf-8")
    console.print(calibration_table(calibration))
    ece = "–" if calibration.ece is None else f"{calibration.ece:.3f}"
    console.print(f"ECE (alle Typen): {ece} · Details: {out}")
    if write:
        try:
            chosen = calibration.thresholds(only or ())
        except ValueError as exc:
            console.print(f"[red]{exc}[/red]")
            raise typer.Exit(2) from exc
        types_dir = Path(registry.__file__).parent
        paths = write_thresholds(types_dir, chosen, run_id=str(run_dir))
        for p in paths:
            console.print(f"geschrieben: {p}")


def _mount_generator() -> None:
    from evals.generator import cli as generator_cli

    app.command("generate", help="Labelled synthetic cases for every type of the spec.")(
        generator_cli.generate)
    app.command("validate", help="Check a dataset directory against the spec format.")(
        generator_cli.validate)


_mount_generator()
