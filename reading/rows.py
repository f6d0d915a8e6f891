"""Text lines of a page as rows of cells (words between column gaps), in page units."""

from __future__ import annotations

from dataclasses import dataclass

COLUMN_GAP = "   "
"""How a wide horizontal gap (a column) is written inside a text line."""


@dataclass(frozen=True)
class Cell:
    """Words of one line between two column gaps, in page units."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    height: float
    """The median height of its words."""
    tallest: float
    """The height of its tallest word: a value run into its caption shows here."""


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]

    @property
    def text(self) -> str:
        """The row as one text line, its cells separated by ``COLUMN_GAP``."""
        return COLUMN_GAP.join(c.text for c in self.cells)

    @property
    def height(self) -> float:
        heights = sorted(c.height for c in self.cells)
        return heights[len(heights) // 2]

    @property
    def top(self) -> float:
        return min(c.top for c in self.cells)

    @property
    def bottom(self) -> float:
        return max(c.bottom for c in self.cells)
