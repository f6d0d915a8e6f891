from __future__ import annotations

from dataclasses import replace

import pytest

from evals.generator import build_cases
from evals.generator.assemble import BuiltCase
from evals.generator.plan import plan


@pytest.fixture(scope="session")
def text_suite() -> list[BuiltCase]:
    """A moderate suite (48 cases over all types) rendered without scans, so it stays fast."""
    specs = [replace(s, rendering="txt" if s.rendering.startswith("scan") else s.rendering,
                     second_scan=False) for s in plan("all", 48, seed=5)]
    return build_cases(specs, seed=5)
