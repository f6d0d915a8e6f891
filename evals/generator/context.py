"""What a type's draw function receives besides its random generator."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from evals.generator.model import Style
from evals.generator.plates import PlateBook


@dataclass(frozen=True)
class DrawContext:
    scenario: str
    submitted_at: date
    style: Style
    plates: PlateBook
    missing_key: str | None  # set when scenario == "missing"

    def days_before(self, rng: random.Random, low: int, high: int) -> date:
        return self.submitted_at - timedelta(days=rng.randint(low, high))

    def maybe(self, rng: random.Random, probability: float) -> bool:
        return rng.random() < probability
