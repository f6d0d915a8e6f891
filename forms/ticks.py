"""Checkbox state from the pixels of the box: the share of dark pixels inside its border."""

from __future__ import annotations

import numpy as np
from PIL import Image

from domain.boxes import BBox

INNER = 0.22
"""Share of the box cut off each side, so the printed border is not counted as a tick."""
DARK = 128
TICKED = 0.07
EMPTY = 0.025
"""Dark share at and above ``TICKED`` is a tick, at and below ``EMPTY`` an empty box; between
is a smudge or a faint tick the clerk decides."""


def dark_share(image: Image.Image, box: BBox) -> float:
    w, h = image.size
    x0, y0, x1, y1 = box[0] * w, box[1] * h, box[2] * w, box[3] * h
    dx, dy = (x1 - x0) * INNER, (y1 - y0) * INNER
    crop = image.crop((round(x0 + dx), round(y0 + dy), round(x1 - dx), round(y1 - dy)))
    if crop.width < 2 or crop.height < 2:
        return 0.0
    pixels = np.asarray(crop.convert("L"), dtype=np.uint8)
    return float((pixels < DARK).mean())


def tick_state(share: float) -> tuple[bool | None, float]:
    """(ticked, confidence): None when the share is between empty and ticked."""
    if share >= TICKED:
        return True, min(0.99, 0.9 + (share - TICKED))
    if share <= EMPTY:
        return False, min(0.99, 0.9 + (EMPTY - share) * 4)
    return None, 0.4
