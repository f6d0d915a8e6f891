"""Reading-order layout text from positioned words.

Words are grouped into visual lines by vertical overlap and ordered left to right; a wide
horizontal gap is kept visible as several spaces. So a form label and the value printed beside
it end up on one line even when the value comes much later in the content stream.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from domain.documents import Word
from reading.captions import captioned_lines
from reading.rows import Cell, Row

# A gap wider than this many line heights separates columns rather than words.
_COLUMN_GAP_HEIGHTS = 0.8
# Share of the smaller height two boxes must overlap vertically to sit on one line.
_MIN_OVERLAP = 0.5


@dataclass
class _Box:
    word: Word
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def height(self) -> float:
        return max(self.y1 - self.y0, 1e-9)


@dataclass
class _Line:
    boxes: list[_Box] = field(default_factory=list)
    top: float = 0.0
    bottom: float = 0.0

    def add(self, box: _Box) -> None:
        self.boxes.append(box)
        n = len(self.boxes)
        # The band is the mean of its members, so one tall word cannot stretch a line over
        # its neighbours above and below.
        self.top += (box.y0 - self.top) / n
        self.bottom += (box.y1 - self.bottom) / n

    def overlap(self, box: _Box) -> float:
        inter = min(self.bottom, box.y1) - max(self.top, box.y0)
        return inter / min(self.bottom - self.top or 1e-9, box.height)


def group_lines(words: list[Word], width: float, height: float) -> list[list[Word]]:
    """Visual lines, top to bottom, each left to right; ``width``/``height`` give the aspect."""
    boxes = [
        _Box(w, w.bbox[0] * width, w.bbox[1] * height, w.bbox[2] * width, w.bbox[3] * height)
        for w in words
        if w.text.strip()
    ]
    boxes.sort(key=lambda b: (b.y0 + b.y1) / 2)
    lines: list[_Line] = []
    for box in boxes:
        best: _Line | None = None
        best_overlap = _MIN_OVERLAP
        for line in reversed(lines):
            if line.bottom < box.y0 - 2 * box.height:
                break  # lines are ordered by centre; older ones are further up
            ov = line.overlap(box)
            if ov >= best_overlap:
                best, best_overlap = line, ov
        if best is None:
            best = _Line()
            lines.append(best)
        best.add(box)
    lines.sort(key=lambda ln: (ln.top + ln.bottom) / 2)
    return [[b.word for b in sorted(ln.boxes, key=lambda b: b.x0)] for ln in lines]


def _cells(line: list[Word], width: float, height: float) -> list[list[Word]]:
    """The words of one visual line, split at column gaps."""
    cells: list[list[Word]] = []
    prev_right = 0.0
    for word in line:
        x0, y0, x1, y1 = word.bbox
        gap = (x0 - prev_right) * width
        if not cells or gap > _COLUMN_GAP_HEIGHTS * (y1 - y0) * height:
            cells.append([])
        cells[-1].append(word)
        prev_right = max(prev_right, x1)
    return cells


def _row(cells: list[list[Word]], width: float, height: float) -> Row:
    return Row(tuple(
        Cell(
            text=" ".join(w.text for w in cell),
            x0=cell[0].bbox[0] * width,
            x1=max(w.bbox[2] for w in cell) * width,
            top=min(w.bbox[1] for w in cell) * height,
            bottom=max(w.bbox[3] for w in cell) * height,
            height=sorted((w.bbox[3] - w.bbox[1]) * height for w in cell)[len(cell) // 2],
            tallest=max(w.bbox[3] - w.bbox[1] for w in cell) * height,
        )
        for cell in cells
    ))


def laid_out(words: list[Word], width: float, height: float, *,
             exact_sizes: bool) -> tuple[str, list[Word]]:
    """The page text and its words in the same reading order.

    Text: one visual line per text line; columns separated by ``COLUMN_GAP``; caption rows of
    forms merged with the values under them (``reading.captions``). ``exact_sizes``: the word
    heights are font sizes (a text layer), not OCR boxes that vary with ascenders and descenders
    by more than a caption differs from its value. Words: left to right, line by line, as the
    text shows them; a PDF draws its words in any order (all labels, then the values; form-field
    ticks last), and the evidence search needs a tick before its option."""
    lines = group_lines(words, width, height)
    rows = [_row(_cells(line, width, height), width, height) for line in lines]
    return ("\n".join(captioned_lines(rows, exact_sizes=exact_sizes)),
            [word for line in lines for word in line])
