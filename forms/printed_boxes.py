"""The boxes of a flat blank (no form fields): where a printed form expects the writing.

A row label has empty space right of it; a column caption has empty space under it; a drawn
square is a checkbox. These are proposals only — a box no key claims is dropped, and the process
owner can widen or move any box in the YAML (``forms show`` draws them).
"""

from __future__ import annotations

from collections.abc import Sequence

from domain.boxes import BBox
from domain.documents import Word
from reading.acroform import FormWidget

WORD_GAP = 0.02
"""Words of one caption are at most this far apart (page share)."""
MIN_SPACE = 0.12
"""A row label needs this much empty line right of it to have a box there."""
COLUMN_DEPTH = 0.022
"""How far below a column caption its box reaches (one written line)."""
RIGHT_MARGIN = 0.95


def printed_boxes(words: Sequence[Word], marks: Sequence[Word]) -> list[FormWidget]:
    out = [FormWidget("", "checkbox", m.bbox, None, "") for m in marks]
    plain = [w for w in words if not any(_overlap(w.bbox, m.bbox) for m in marks)]
    phrases = _phrases(plain)
    for phrase in phrases:
        right, below = _right_of(phrase, phrases), _below(phrase, phrases)
        # Where both are free the writing may stand in either: the box takes both (the caption
        # itself is the blank's print and is never read as a value).
        box = _union(right, below) if right and below else right or below
        if box is not None:
            out.append(FormWidget("", "text", box, None, ""))
    return out


def _union(a: BBox, b: BBox) -> BBox:
    return min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])


def _phrases(words: Sequence[Word]) -> list[BBox]:
    """Words joined into caption phrases: same line, small gaps."""
    ordered = sorted(words, key=lambda w: (round((w.bbox[1] + w.bbox[3]) / 2, 3), w.bbox[0]))
    out: list[BBox] = []
    for w in ordered:
        if out:
            last = out[-1]
            same_line = abs((last[1] + last[3]) / 2 - (w.bbox[1] + w.bbox[3]) / 2) < 0.004
            if same_line and 0 <= w.bbox[0] - last[2] <= WORD_GAP:
                out[-1] = (last[0], min(last[1], w.bbox[1]), w.bbox[2], max(last[3], w.bbox[3]))
                continue
        out.append(w.bbox)
    return out


def _right_of(phrase: BBox, phrases: Sequence[BBox]) -> BBox | None:
    mid = (phrase[1] + phrase[3]) / 2
    after = [p[0] for p in phrases if p[0] > phrase[2] and p[1] <= mid <= p[3]]
    end = min(after, default=RIGHT_MARGIN)
    if end - phrase[2] < MIN_SPACE:
        return None
    height = phrase[3] - phrase[1]
    return (phrase[2] + 0.01, phrase[1] - height * 0.4, end - 0.01, phrase[3] + height * 0.4)


def _below(phrase: BBox, phrases: Sequence[BBox]) -> BBox | None:
    mid = (phrase[1] + phrase[3]) / 2
    after = [p[0] for p in phrases if p[0] > phrase[2] and p[1] <= mid <= p[3]]
    right = min(after, default=RIGHT_MARGIN) - 0.005
    box = (phrase[0], phrase[3] + 0.002, right, phrase[3] + COLUMN_DEPTH)
    if any(_overlap(box, p) for p in phrases):
        return None
    return box


def _overlap(a: BBox, b: BBox) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
