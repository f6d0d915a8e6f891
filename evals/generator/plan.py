"""Which cases a suite gets: scenarios (clean or rule-triggering), renderings and extras, spread
so that a suite of moderate size exercises every rule code and every rendering."""

from __future__ import annotations

import math
import random

from evals.generator.catalog import RULES, TYPES
from evals.generator.model import CaseSpec, Rendering

# A cycle of renderings: 3 of 10 scans, 2 of 10 plain text or e-mail, the rest digital PDFs.
RENDERING_CYCLE: tuple[Rendering, ...] = (
    "boxed", "scan_jpg", "two_column", "letter_pdf", "txt", "scan_pdf", "boxed", "eml",
    "two_column", "scan_jpg")
CLEAN_SHARE = 0.6


def scenarios(application_type: str, n: int) -> list[str]:
    """Rule cases first (each rule once before any repeats), the rest clean; about 40 % of
    cases break something, more where that is needed to cover every rule of the type."""
    cycle = [*RULES[application_type], "missing", "suspicious"]
    broken = max(round(n * (1 - CLEAN_SHARE)), min(len(RULES[application_type]), n - 1))
    if n >= 2 * len(cycle):
        broken = max(broken, len(cycle))
    broken = min(n, max(broken, 1 if n >= 2 else 0))
    return [cycle[i % len(cycle)] for i in range(broken)] + ["clean"] * (n - broken)


def split(application_type: str, n: int) -> dict[str, int]:
    if application_type != "all":
        if application_type not in TYPES:
            raise ValueError(f"Unbekannter Antragstyp: {application_type}")
        return {application_type: n}
    base, extra = divmod(n, len(TYPES))
    return {t: base + (1 if i < extra else 0) for i, t in enumerate(TYPES)}


def plan(application_type: str, n: int, seed: int, prefix: str = "case") -> list[CaseSpec]:
    if n < 1:
        raise ValueError("Die Anzahl der Fälle muss mindestens 1 sein.")
    rng = random.Random(f"plan:{seed}")
    drafts = [(t, s) for t, count in split(application_type, n).items()
              for s in scenarios(t, count)]
    rng.shuffle(drafts)
    untyped = set(rng.sample(range(n), math.ceil(n * 0.25)))
    offset = rng.randrange(len(RENDERING_CYCLE))
    width = max(3, len(str(n)))
    specs = []
    for i, (t, scenario) in enumerate(drafts):
        rendering = RENDERING_CYCLE[(i + offset) % len(RENDERING_CYCLE)]
        specs.append(CaseSpec(
            case_id=f"{prefix}-{i + 1:0{width}d}", application_type=t, scenario=scenario,
            rendering=rendering, include_type=i not in untyped,
            extras=rng.choice((0, 0, 0, 0, 1, 2)), second_scan=rng.random() < 0.15))
    return specs
