"""Labelled synthetic cases for the evaluation: the generator draws values, renders documents
from them and writes the ground truth from what it drew (never from a pipeline)."""

from __future__ import annotations

from pathlib import Path

from evals.generator.assemble import BuiltCase, build_case
from evals.generator.model import CaseSpec
from evals.generator.plan import plan
from evals.generator.plates import PlateBook
from evals.generator.writer import write_dataset

__all__ = ["build_cases", "generate", "generate_specs"]


def build_cases(specs: list[CaseSpec], seed: int) -> list[BuiltCase]:
    plates = PlateBook()  # one book per suite: plates stay unique across its cases
    return [build_case(spec, seed, plates) for spec in specs]


def generate_specs(specs: list[CaseSpec], seed: int, outdir: Path,
                   meta: dict[str, str] | None = None) -> list[str]:
    cases = build_cases(specs, seed)
    write_dataset(Path(outdir), cases, meta or {"name": Path(outdir).name, "version": "1"})
    return [c.case_id for c in cases]


def generate(application_type: str, n: int, seed: int, outdir: Path,
             description: str = "") -> list[str]:
    """Writes ``n`` cases of ``application_type`` (or ``"all"``) to ``outdir``; the same seed
    gives the same cases. Returns the case ids."""
    command = (f"python -m evals.generator.cli generate --type {application_type} --n {n} "
               f"--seed {seed} {outdir}")
    meta = {"name": Path(outdir).name, "version": "1",
            "description": description or f"{n} synthetic labelled cases (type {application_type}"
                                          f"), ground truth written by the generator. Rebuild "
                                          f"from the repository root with: {command} "
                                          f"(the same as: antragswerk eval generate …)"}
    return generate_specs(plan(application_type, n, seed), seed, outdir, meta)
