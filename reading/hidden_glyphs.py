"""Is a glyph of a PDF text layer visible to a person looking at the page?

An injection aimed at the model hides from the clerk: render mode 3 (invisible) or 7 (clip
only), the colour of whatever is behind it, outside the crop box, or a font too small to read.
The background is taken from a coarse rendering of the page: the median colour of the area
around the glyph's text object (the glyphs themselves cover only a small part of it), so white
text on a dark banner stays visible while white text on white paper does not. The colour is
computed once per text object (a line or a run of it), not per glyph.
"""

from __future__ import annotations

import numpy as np
import pypdfium2 as pdfium
from numpy.typing import NDArray

from domain.documents import BBox, HiddenReason
from reading.geometry import PageFrame

INVISIBLE_MODES = frozenset({3, 7})
FILL_MODES = frozenset({0, 2, 4, 6})
# The loose glyph box spans ascent..descent (about 1.2 em): 2.5 pt is a font of about 2 pt.
TINY_BOX_POINTS = 2.5
# Largest channel difference (0..255) at which text and background count as the same colour:
# near-white on white (245) is hidden, a light-grey "MUSTER" watermark (217) is not.
SAME_COLOUR = 16
MIN_ALPHA = 20
BACKDROP_DPI = 50


class Backdrop:
    """A coarse rendering of the page, made on first use (the caller holds the pdfium lock)."""

    def __init__(self, page: pdfium.PdfPage) -> None:
        self._page = page
        self._pixels: NDArray[np.uint8] | None = None
        self._seen: dict[tuple[BBox, float], tuple[int, int, int]] = {}

    def colour_around(self, box: BBox, pad: float) -> tuple[int, int, int]:
        """Median colour of ``box`` (normalised) grown by ``pad`` (share of the page height)."""
        key = (box, round(pad, 4))
        if key not in self._seen:
            self._seen[key] = self._median(box, pad)
        return self._seen[key]

    def _median(self, box: BBox, pad: float) -> tuple[int, int, int]:
        if self._pixels is None:
            image = self._page.render(scale=BACKDROP_DPI / 72.0).to_pil().convert("RGB")
            self._pixels = np.asarray(image, dtype=np.uint8)
        height, width = self._pixels.shape[:2]
        x0, y0, x1, y1 = box
        left, right = int((x0 - pad) * width), int(np.ceil((x1 + pad) * width))
        top, bottom = int((y0 - pad) * height), int(np.ceil((y1 + pad) * height))
        area = self._pixels[max(top, 0):max(bottom, top + 1), max(left, 0):max(right, left + 1)]
        if area.size == 0:
            return (255, 255, 255)
        median = np.median(area.reshape(-1, 3), axis=0)
        return (int(median[0]), int(median[1]), int(median[2]))


UserBox = tuple[float, float, float, float]  # left, bottom, right, top in PDF user space


def hidden_reason(*, left: float, bottom: float, right: float, top: float, frame: PageFrame,
                  render_mode: int, fill: tuple[int, int, int, int] | None,
                  object_box: UserBox | None, backdrop: Backdrop) -> HiddenReason | None:
    """Why the glyph with this box cannot be seen, or ``None`` if it can; ``object_box`` is
    the bounds of its text object, around which the background is sampled."""
    if render_mode in INVISIBLE_MODES or (fill is not None and fill[3] < MIN_ALPHA):
        return "invisible"
    centre_x, centre_y = (left + right) / 2, (bottom + top) / 2
    if not (frame.left <= centre_x <= frame.right and frame.bottom <= centre_y <= frame.top):
        return "outside_crop_box"
    if top - bottom < TINY_BOX_POINTS:
        return "tiny"
    if fill is not None and render_mode in FILL_MODES:
        area = object_box or (left, bottom, right, top)
        # A margin of most of a line height on every side.
        pad = 0.75 * (top - bottom) / max(frame.top - frame.bottom, 1.0)
        behind = backdrop.colour_around(frame.normalise(*area), pad)
        if max(abs(a - b) for a, b in zip(fill[:3], behind, strict=True)) <= SAME_COLOUR:
            return "background_colour"
    return None
