"""Anchors: printed words of the blank, found again on a filled page to recognise the form and to
map the blank's boxes onto the page (a scan is shifted and scaled; deskewing took the rotation).

The map is a scale and a shift per axis, fitted by least squares on the anchors' centres with
outliers dropped; its residual says how well the page lies on the blank.
"""

from __future__ import annotations

import difflib
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from apptypes._common.text import fold
from domain.boxes import BBox
from domain.documents import Word
from forms.blank import Blank
from forms.captions import centre
from forms.template import Anchor

MIN_LETTERS = 5
GRID = (4, 6)
PER_CELL = 2
MIN_SHARE = 0.4
"""At least this share of a page's anchors must be found (a form filled in covers few)."""
MIN_PAIRS = 6
MAX_RESIDUAL = 0.008
"""Mean distance (page share, ~5 pt) of the anchors from the fitted map for the page to match."""
OCR_SIMILARITY = 0.84
_SCALE_RANGE = (0.7, 1.4)


def _key(text: str) -> str:
    return fold(text).strip(".,:;()!?/")


def pick_anchors(blank: Blank) -> list[Anchor]:
    """Long printed words that occur once on their page, spread over a grid of the page."""
    out: list[Anchor] = []
    for page in blank.pages:
        counts: dict[str, int] = {}
        for w in page.words:
            counts[_key(w.text)] = counts.get(_key(w.text), 0) + 1
        cells: dict[tuple[int, int], list[Word]] = {}
        for w in page.words:
            key = _key(w.text)
            if counts[key] != 1 or sum(c.isalpha() for c in key) < MIN_LETTERS:
                continue
            x, y = centre(w.bbox)
            cell = (min(int(x * GRID[0]), GRID[0] - 1), min(int(y * GRID[1]), GRID[1] - 1))
            cells.setdefault(cell, []).append(w)
        for cell in sorted(cells):
            for w in sorted(cells[cell], key=lambda w: -len(w.text))[:PER_CELL]:
                box = tuple(round(v, 4) for v in w.bbox)
                out.append(Anchor(text=w.text, page=page.number, box=box))
    return out


@dataclass(frozen=True)
class Alignment:
    """Blank coordinates → page coordinates: ``x' = sx·x + tx``, ``y' = sy·y + ty``."""

    sx: float = 1.0
    tx: float = 0.0
    sy: float = 1.0
    ty: float = 0.0
    share: float = 1.0
    residual: float = 0.0

    def box(self, box: BBox) -> BBox:
        return (self.sx * box[0] + self.tx, self.sy * box[1] + self.ty,
                self.sx * box[2] + self.tx, self.sy * box[3] + self.ty)


IDENTITY = Alignment()


def align(anchors: Sequence[Anchor], words: Sequence[Word], *, fuzzy: bool) -> Alignment | None:
    """The map of one blank page onto a read page, or None when the page is not this form."""
    if not anchors:
        return None
    by_key: dict[str, list[Word]] = {}
    for w in words:
        by_key.setdefault(_key(w.text), []).append(w)
    pairs: list[tuple[tuple[float, float], tuple[float, float]]] = []
    for anchor in anchors:
        found = _found(anchor, by_key, fuzzy)
        if found is not None:
            pairs.append((centre(anchor.box), centre(found.bbox)))
    if len(pairs) < max(MIN_PAIRS, MIN_SHARE * len(anchors)):
        return None
    fit = _robust_fit(pairs)
    if fit is None:
        return None
    (sx, tx), (sy, ty), kept = fit
    if len(kept) < max(MIN_PAIRS, MIN_SHARE * len(anchors)):
        return None
    residual = statistics.fmean(
        abs(sx * b[0] + tx - p[0]) + abs(sy * b[1] + ty - p[1]) for b, p in kept) / 2
    if residual > MAX_RESIDUAL:
        return None
    return Alignment(sx, tx, sy, ty, round(len(kept) / len(anchors), 3), round(residual, 5))


def _found(anchor: Anchor, by_key: dict[str, list[Word]], fuzzy: bool) -> Word | None:
    key = _key(anchor.text)
    hits = by_key.get(key, [])
    if not hits and fuzzy:
        close = difflib.get_close_matches(key, list(by_key), n=1, cutoff=OCR_SIMILARITY)
        hits = by_key[close[0]] if close else []
    if not hits:
        return None
    ax, ay = centre(anchor.box)
    return min(hits, key=lambda w: abs(centre(w.bbox)[0] - ax) + abs(centre(w.bbox)[1] - ay))


Pair = tuple[tuple[float, float], tuple[float, float]]


def _robust_fit(pairs: list[Pair]) -> tuple[tuple[float, float], tuple[float, float],
                                            list[Pair]] | None:
    """Fit, drop the pairs far off the fit (a value word that happens to equal an anchor), refit."""
    kept = pairs
    for _ in range(3):
        fx = _line([b[0] for b, _ in kept], [p[0] for _, p in kept])
        fy = _line([b[1] for b, _ in kept], [p[1] for _, p in kept])
        if fx is None or fy is None:
            return None
        errors = [abs(fx[0] * b[0] + fx[1] - p[0]) + abs(fy[0] * b[1] + fy[1] - p[1])
                  for b, p in kept]
        limit = max(3 * statistics.median(errors), 0.006)
        survivors = [pair for pair, e in zip(kept, errors, strict=True) if e <= limit]
        if len(survivors) == len(kept):
            if not all(_SCALE_RANGE[0] <= s <= _SCALE_RANGE[1] for s in (fx[0], fy[0])):
                return None
            return fx, fy, kept
        kept = survivors
        if len(kept) < MIN_PAIRS:
            return None
    return None


def _line(xs: list[float], ys: list[float]) -> tuple[float, float] | None:
    """Least-squares ``y = a·x + b``."""
    n = len(xs)
    if n < 2:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    var = sum((x - mx) ** 2 for x in xs)
    if var < 1e-6:
        return None
    a = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var
    return a, my - a * mx
