"""Whether a table fits the console whole: otherwise commands print a plain list instead.

A redirected run or a CI log has 80 columns; a Rich table squeezed to that cuts or folds its
cells until they say nothing. Commands check first and fall back to lines that wrap like text.
"""

from __future__ import annotations

from rich.console import Console, RenderableType
from rich.measure import Measurement

_UNLIMITED = 10_000


def fits(console: Console, renderable: RenderableType) -> bool:
    natural = Measurement.get(console, console.options.update_width(_UNLIMITED), renderable)
    return natural.maximum <= console.width
