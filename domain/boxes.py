"""Boxes on a page, normalised so that any rendering of the page can show them."""

from __future__ import annotations

BBox = tuple[float, float, float, float]
"""(x0, y0, x1, y1), normalised to page width/height, origin top-left."""
