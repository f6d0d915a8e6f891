"""What a blank prints around a box: its caption, a checkbox's label and question, the section.

All positions are page shares (0..1, origin top-left). The rules are those of printed forms:
a row label stands left of its box, a column caption above it or inside the top of its cell,
a checkbox's label right of it, and a section heading above its column.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from apptypes._common.text import fold
from domain.boxes import BBox
from domain.documents import Word

ROW_BAND = 0.3
"""A row label's middle may stand this share of the box's height above or below the box."""
ROW_GAP = 0.25
"""A row label ends at most this far left of its box (label columns are wide), and never
beyond another box of the same row."""
ABOVE_GAP = 0.022
"""A column caption ends at most this far above its box (about 18 pt on A4)."""
LABEL_GAP = 0.06
"""A checkbox label starts at most this far right of the box."""
_TOKEN = re.compile(r"[^\W\d_]+(?:-(?=\s|$))?|\d+", re.UNICODE)


def tokens(text: str) -> list[str]:
    """Folded words; a trailing hyphen is kept ("haupt-" of "Haupt- wohnung")."""
    return _TOKEN.findall(fold(text))


def joined(text: str) -> str:
    """"Haupt- wohnung" as printed on two lines, read as the one word "hauptwohnung"."""
    return re.sub(r"-\s+", "", fold(text))


def centre(box: BBox) -> tuple[float, float]:
    return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2


def inside(box: BBox, outer: BBox, grow: float = 0.0) -> bool:
    x, y = centre(box)
    return outer[0] - grow <= x <= outer[2] + grow and outer[1] - grow <= y <= outer[3] + grow


def _reading_order(words: Sequence[Word]) -> list[Word]:
    return sorted(words, key=lambda w: (round(w.bbox[1], 2), w.bbox[0]))


def text_of(words: Sequence[Word]) -> str:
    return " ".join(w.text for w in _reading_order(words))


@dataclass(frozen=True)
class BoxCaption:
    text: str
    """Row label or column caption, plus any words printed inside the box."""
    label: str = ""
    """Checkboxes: the option printed right of the box."""
    question: str = ""
    """Checkboxes: the question the row asks ("Die neue Wohnung ist")."""


def caption_of(box: BBox, words: Sequence[Word], boxes: Sequence[BBox] = ()) -> BoxCaption:
    height = box[3] - box[1]
    band = (box[1] - ROW_BAND * height, box[3] + ROW_BAND * height)
    within = [w for w in words if inside(w.bbox, box)]
    stop = max((b[2] for b in boxes if b[2] <= box[0] + 0.002 and b[1] < band[1]
                and b[3] > band[0] and b != box), default=0.0)
    left = [w for w in words if stop <= w.bbox[0] and w.bbox[2] <= box[0] + 0.002
            and band[0] <= centre(w.bbox)[1] <= band[1] and not inside(w.bbox, box)]
    above = [w for w in words if box[1] - ABOVE_GAP <= w.bbox[3] <= box[1] + 0.004
             and w.bbox[0] < box[2] and w.bbox[2] > box[0] and not inside(w.bbox, box)]
    # A row label wins over what stands above: above a row-labelled box is the previous row.
    nearest_left = _nearest_run(left, box)
    lowest = max((w.bbox[3] for w in above), default=0.0)
    above = [w for w in above if w.bbox[3] >= lowest - 0.006]  # the line right above only
    caption = nearest_left if nearest_left else above
    return BoxCaption(text=text_of([*caption, *within]))


def _nearest_run(left: Sequence[Word], box: BBox) -> list[Word]:
    """The words left of the box up to the first wide gap (the row's label, not the row's other
    boxes' labels further left)."""
    run: list[Word] = []
    edge = box[0]
    for word in sorted(left, key=lambda w: -w.bbox[2]):
        if edge - word.bbox[2] > (0.05 if run else ROW_GAP):
            break
        run.append(word)
        edge = min(edge, word.bbox[0])
    return run


def checkbox_caption(box: BBox, words: Sequence[Word], boxes: Sequence[BBox],
                     option_like: set[str]) -> BoxCaption:
    """Label: the words right of the box up to the next box. Question: the words left of it,
    walking past the labels of the same row's other options (``option_like`` folded words)."""
    cy = centre(box)[1]
    half = (box[3] - box[1]) * 1.2

    def row(w: Word) -> bool:
        return abs(centre(w.bbox)[1] - cy) <= half or (
            box[1] - 0.002 <= w.bbox[1] <= box[3] + 0.018)  # a label's second line

    same_row_boxes = sorted(b for b in boxes if abs(centre(b)[1] - cy) <= half and b != box)
    right_limit = min((b[0] for b in same_row_boxes if b[0] > box[2]), default=1.0)
    label = [w for w in words if row(w) and box[2] - 0.002 <= w.bbox[0] < right_limit
             and w.bbox[0] - box[2] <= LABEL_GAP + (right_limit - box[2])]
    label = [w for w in label if w.bbox[0] < box[2] + LABEL_GAP or _touches(w, label, box)]
    question: list[Word] = []
    edge = box[0]
    for other in sorted((b for b in same_row_boxes if b[2] <= box[0]), key=lambda b: -b[0]):
        between = [w for w in words if abs(centre(w.bbox)[1] - cy) <= half
                   and other[2] <= w.bbox[0] and w.bbox[2] <= edge]
        if between and not set(tokens(text_of(between))) <= option_like:
            question = between
            break
        edge = other[0]
    else:
        question = [w for w in words if abs(centre(w.bbox)[1] - cy) <= half and w.bbox[2] <= edge]
    return BoxCaption(text=text_of(question), label=text_of(label), question=text_of(question))


def _touches(word: Word, label: Sequence[Word], box: BBox) -> bool:
    """A label word further right belongs to the label when the words before it reach it."""
    reach = max((w.bbox[2] for w in label if w.bbox[0] < box[2] + LABEL_GAP), default=box[2])
    return word.bbox[0] - reach <= 0.02


@dataclass(frozen=True)
class Heading:
    section: str
    box: BBox
    left: float
    right: float


def headings(words: Sequence[Word], sections: dict[str, list[str]]) -> list[Heading]:
    """Printed headings that name a section: "Neue Wohnung" → ``neue_wohnung``; each governs
    its column (half-way to the next heading on its line)."""
    found: list[tuple[str, BBox]] = []
    ordered = _reading_order(words)
    folded = [fold(w.text).strip(":,.") for w in ordered]
    for section, phrases in sections.items():
        for phrase in phrases:
            parts = tokens(phrase)
            for i in range(len(ordered) - len(parts) + 1):
                if folded[i:i + len(parts)] == parts:
                    found.append((section, _span(ordered[i:i + len(parts)])))
    out: list[Heading] = []
    for section, box in found:
        peers = [b for _, b in found if b != box and abs(centre(b)[1] - centre(box)[1]) < 0.01]
        left = max((centre(b)[0] for b in peers if centre(b)[0] < centre(box)[0]), default=0.0)
        right = min((centre(b)[0] for b in peers if centre(b)[0] > centre(box)[0]), default=1.0)
        out.append(Heading(section, box, (left + centre(box)[0]) / 2 if left else 0.0,
                           (right + centre(box)[0]) / 2 if right < 1.0 else 1.0))
    return out


def _span(words: Sequence[Word]) -> BBox:
    return (min(w.bbox[0] for w in words), min(w.bbox[1] for w in words),
            max(w.bbox[2] for w in words), max(w.bbox[3] for w in words))


def section_of(box: BBox, found: Sequence[Heading]) -> str | None:
    """The nearest heading above the box whose column holds the box's middle."""
    x, y = centre(box)
    above = [h for h in found if h.box[3] <= y and h.left <= x <= h.right]
    return max(above, key=lambda h: h.box[3]).section if above else None
