"""Licence plates: unique fresh plates per suite, the seeded taken ones, and how people write
them."""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field

from evals.generator.catalog import FORBIDDEN_LETTERS, TAKEN_PLATES

_LETTERS = string.ascii_uppercase


@dataclass(frozen=True)
class Plate:
    district: str
    letters: str
    digits: str

    @property
    def normalised(self) -> str:
        return f"{self.district}-{self.letters} {self.digits}"


def parse(normalised: str) -> Plate:
    district, rest = normalised.split("-", 1)
    letters, digits = rest.split(" ", 1)
    return Plate(district, letters, digits)


@dataclass
class PlateBook:
    """Hands out plates that no other case of the suite uses (a reservation of one approved
    case would otherwise make the next case fire K5)."""

    used: set[str] = field(default_factory=lambda: set(TAKEN_PLATES))

    def _claim(self, plate: Plate) -> Plate | None:
        if plate.normalised in self.used:
            return None
        self.used.add(plate.normalised)
        return plate

    def draw(self, rng: random.Random, district: str | None = None, n_letters: int | None = None,
             n_digits: int | None = None, letters: str | None = None) -> Plate:
        while True:
            d = district or rng.choice(("BO", "BO", "BO", "WAT"))
            max_len = 8 - len(d)
            k = n_letters or rng.choice((1, 2))
            chosen = letters or "".join(rng.choice(_LETTERS) for _ in range(k))
            if letters is None and any(pair in chosen for pair in FORBIDDEN_LETTERS):
                continue
            width = n_digits or rng.randint(1, max(1, min(4, max_len - len(chosen))))
            number = str(rng.randrange(10 ** (width - 1) if width > 1 else 1, 10 ** width))
            claimed = self._claim(Plate(d, chosen, number))
            if claimed is not None:
                return claimed

    def fresh(self, rng: random.Random) -> Plate:
        """A valid plate for Bochum (BO/WAT, at most 8 characters without separators)."""
        return self.draw(rng)

    def variant_of(self, rng: random.Random, plate: Plate) -> Plate:
        """A plate that differs from ``plate`` in its number only (a typo-like mismatch)."""
        while True:
            number = str(int(plate.digits) + rng.randint(1, 9))
            if len(plate.district + plate.letters + number) > 8:
                number = str(max(1, int(plate.digits) - rng.randint(1, 9)))
            claimed = self._claim(Plate(plate.district, plate.letters, number))
            if claimed is not None:
                return claimed


def written(plate: Plate, rng: random.Random) -> str:
    """How an applicant writes the plate; the truth is always the normalised form."""
    pattern = rng.choice(("{d}-{l} {n}", "{d}-{l} {n}", "{d} {l} {n}", "{d} - {l} {n}",
                          "{d}-{l}-{n}"))
    return pattern.format(d=plate.district, l=plate.letters, n=plate.digits)
