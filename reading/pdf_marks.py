"""Checkboxes drawn as vector graphics, turned into the words "[x]" and "[ ]".

Printed and flattened forms draw the tick as two crossing strokes, not as text, so a text layer
alone loses which box was ticked ("Der Wohnungsgeber ist [x] Eigentümer").
"""

from __future__ import annotations

from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from domain.documents import Word
from reading.geometry import PageFrame

CHECKED = "[x]"
UNCHECKED = "[ ]"
_MIN_SIDE, _MAX_SIDE = 4.0, 20.0  # points; a box beyond this is a table cell, not a checkbox


@dataclass(frozen=True)
class _Rect:
    left: float
    bottom: float
    right: float
    top: float

    def contains(self, x: float, y: float) -> bool:
        return self.left <= x <= self.right and self.bottom <= y <= self.top

    @property
    def centre(self) -> tuple[float, float]:
        return (self.left + self.right) / 2, (self.bottom + self.top) / 2


Segment = tuple[float, float, float, float]


def checkbox_words(page: pdfium.PdfPage, frame: PageFrame) -> list[Word]:
    squares: set[_Rect] = set()
    diagonals: list[Segment] = []
    for obj in page.get_objects(max_depth=1):
        if obj.type != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        left, bottom, right, top = obj.get_bounds()
        if not (_small(right - left) or _small(top - bottom)):
            continue
        segments = _segments(obj)
        diagonals.extend(s for s in segments if _is_diagonal(s))
        if _small(right - left) and _small(top - bottom) and _is_square(segments):
            squares.add(_Rect(round(left, 1), round(bottom, 1), round(right, 1), round(top, 1)))
    crosses = _crosses(diagonals)
    words: list[Word] = []
    for sq in squares:
        ticked = any(sq.contains(*c.centre) for c in crosses)
        words.append(_word(CHECKED if ticked else UNCHECKED, sq, frame))
    for cross in crosses:
        if not any(sq.contains(*cross.centre) for sq in squares):
            words.append(_word(CHECKED, cross, frame))
    return words


def _small(side: float) -> bool:
    return _MIN_SIDE <= side <= _MAX_SIDE


def _segments(obj: pdfium.PdfObject) -> list[Segment]:
    """Straight segments of a path in page space (curves are ignored)."""
    raw = obj.raw
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(raw, matrix):
        return []
    x, y = pdfium_c.FS_FLOAT(), pdfium_c.FS_FLOAT()
    out: list[Segment] = []
    start: tuple[float, float] | None = None
    prev: tuple[float, float] | None = None
    for i in range(pdfium_c.FPDFPath_CountSegments(raw)):
        seg = pdfium_c.FPDFPath_GetPathSegment(raw, i)
        if not pdfium_c.FPDFPathSegment_GetPoint(seg, x, y):
            return []
        point = (
            matrix.a * x.value + matrix.c * y.value + matrix.e,
            matrix.b * x.value + matrix.d * y.value + matrix.f,
        )
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        if kind == pdfium_c.FPDF_SEGMENT_LINETO and prev is not None:
            out.append((*prev, *point))
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = point
        prev = point
        if pdfium_c.FPDFPathSegment_GetClose(seg) and start is not None:
            out.append((*point, *start))
    return out


def _is_diagonal(s: Segment) -> bool:
    dx, dy = abs(s[2] - s[0]), abs(s[3] - s[1])
    return _MIN_SIDE / 2 <= dx <= _MAX_SIDE and _MIN_SIDE / 2 <= dy <= _MAX_SIDE and (
        0.5 <= dx / dy <= 2.0
    )


def _is_square(segments: list[Segment]) -> bool:
    axis = [s for s in segments if abs(s[0] - s[2]) < 0.2 or abs(s[1] - s[3]) < 0.2]
    return len(axis) >= 4 and len(axis) == len(segments)


def _crosses(diagonals: list[Segment]) -> list[_Rect]:
    """Pairs of strokes with opposite slopes sharing a midpoint, i.e. an "X"."""
    rising = [s for s in diagonals if (s[2] - s[0]) * (s[3] - s[1]) > 0]
    falling = [s for s in diagonals if (s[2] - s[0]) * (s[3] - s[1]) < 0]
    found: list[_Rect] = []
    for a in rising:
        for b in falling:
            if abs(_mid(a)[0] - _mid(b)[0]) < 1.5 and abs(_mid(a)[1] - _mid(b)[1]) < 1.5:
                xs, ys = (a[0], a[2], b[0], b[2]), (a[1], a[3], b[1], b[3])
                rect = _Rect(min(xs), min(ys), max(xs), max(ys))
                if not any(r.contains(*rect.centre) for r in found):
                    found.append(rect)
    return found


def _mid(s: Segment) -> tuple[float, float]:
    return (s[0] + s[2]) / 2, (s[1] + s[3]) / 2


def _word(text: str, rect: _Rect, frame: PageFrame) -> Word:
    box = frame.normalise(rect.left, rect.bottom, rect.right, rect.top)
    return Word(text=text, bbox=box, conf=1.0)
