"""A finding of ``antragswerk types check``, phrased for the process owner."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    type_key: str
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        where = f"[{self.type_key}] " if self.type_key else ""
        return f"{self.severity}: {where}{self.message}"
