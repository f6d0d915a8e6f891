"""What stands in one box of a recognised form, read the way its document allows, with how sure.

- AcroForm: the field's value or state — certain.
- Flattened print: the text-layer words inside the box (printed captions of the blank left out),
  a tick from a drawn mark or the box's pixels.
- Scan: the page OCR's words inside the box *and* the box read again alone (``box_ocr``): two
  readings that agree are sure, two that differ go to a clerk with both; a tick from the pixels.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image

from apptypes._common.text import fold, fold_marks
from domain.boxes import BBox
from domain.documents import PageReading, Word
from forms.box_ocr import read_box
from forms.captions import inside
from forms.template import TemplateField
from forms.ticks import dark_share, tick_state
from reading.acroform import FormWidget
from reading.pdf_marks import CHECKED

GROW = 0.004
"""Writing overlaps a box's border by a little (page share)."""
DIGITAL = 0.99
AGREED = 0.98
DISPUTED = 0.45
ONE_READING = 0.35
EMPTY_TWICE = 0.95
SMUDGE = 0.8
SMUDGE_CONF = 0.6
"""OCR confidence below which a lone reading is speckle, not writing."""
PRINTED_TOLERANCE = 0.012


@dataclass(frozen=True)
class BoxRead:
    text: str
    ticked: bool | None
    confidence: float
    box: BBox
    how: str
    alternative: str | None = None
    second: str | None = None
    """Scans: the box read again alone; parts of a composite box are compared one by one."""


def from_widget(field: TemplateField, widgets: Sequence[FormWidget]) -> BoxRead:
    same = [w for w in widgets if w.name == field.name
            and (field.state is None or w.kind != "checkbox" or w.on_state == field.state)]
    if not same:
        return BoxRead("", None, 0.3, field.box, f"Formularfeld „{field.name}“ fehlt")
    # A field with several widgets has one value; a checkbox kid has its own state.
    widget = next((w for w in same if w.value), same[0])
    how = f"aus Formularfeld „{field.name}“"
    if field.kind == "checkbox":
        return BoxRead("", widget.value == "on", 1.0, widget.box, how)
    return BoxRead(widget.value, None, 1.0, widget.box, how)


def from_page(field: TemplateField, box: BBox, page: PageReading, raster: Image.Image | None,
              printed: Sequence[Word]) -> BoxRead:
    words = [w for w in page.words if inside(w.bbox, box, GROW)
             and not _printed(w, printed)]
    if field.kind == "checkbox":
        return _tick(words, box, page, raster)
    text = " ".join(w.text for w in words)
    if page.method != "ocr":
        return BoxRead(text, None, DIGITAL, box, "aus dem Formularkasten (Textebene)")
    return _scanned(text, words, box, raster)


def _printed(word: Word, printed: Sequence[Word]) -> bool:
    """The blank's own caption inside a box, not the applicant's writing."""
    key = fold_marks(word.text)
    return any(fold_marks(p.text) == key and abs(p.bbox[0] - word.bbox[0]) < PRINTED_TOLERANCE
               and abs(p.bbox[1] - word.bbox[1]) < PRINTED_TOLERANCE for p in printed)


def _tick(words: Sequence[Word], box: BBox, page: PageReading,
          raster: Image.Image | None) -> BoxRead:
    if page.method != "ocr" and any(w.text == CHECKED for w in words):
        return BoxRead("", True, 1.0, box, "Kreuz im Formular gezeichnet")
    if raster is None:
        return BoxRead("", None, 0.3, box, "Kästchen nicht lesbar (kein Seitenbild)")
    share = dark_share(raster, box)
    ticked, confidence = tick_state(share)
    state = {True: "angekreuzt", False: "leer", None: "unklar"}[ticked]
    return BoxRead("", ticked, confidence, box, f"Kästchen {state} ({share:.0%} Tinte)")


def _compact(text: str, *, marks: bool = False) -> str:
    """Letters and digits only, case folded; ``marks`` keeps the diacritics."""
    return re.sub(r"[\W_]+", "", fold(text) if marks else fold_marks(text))


def _scanned(text: str, words: Sequence[Word], box: BBox, raster: Image.Image | None) -> BoxRead:
    writing = (min(w.bbox[0] for w in words), box[1], max(w.bbox[2] for w in words), box[3]) \
        if words else None
    second, second_conf = read_box(raster, box, writing) if raster is not None else ("", 0.0)
    text, second = _trimmed(text), _trimmed(second)
    if bool(text) != bool(second):
        only = text or second
        conf = statistics.fmean(w.conf for w in words) if text and words else second_conf
        if conf < SMUDGE_CONF or len(_compact(only)) <= 2:
            # Speckles and stray strokes in an empty box: one reading saw "ne", the other nothing.
            return BoxRead("", None, SMUDGE, box, f"nur Flecken im Kasten („{only}“)", only)
    marked = next((w.alt for w in words if w.alt), None)
    confidence, how, alternative = compared(text, second, marked)
    return BoxRead(text, None, confidence, box, how, alternative, second=second)


def compared(first: str | None, second: str | None,
             marked: str | None = None) -> tuple[float, str, str | None]:
    """(confidence, how, the other reading) of two independent readings of one value."""
    first, second = first or "", second or ""
    if not first and not second:
        return EMPTY_TWICE, "Kasten leer (zweimal gelesen)", None
    if not first or not second:
        return ONE_READING, "nur eine von zwei Lesungen fand hier Text", first or second
    first, second = without_stray_end(first, second)
    if _compact(first) != _compact(second):
        return DISPUTED, f"zweite Lesung „{second}“", second
    if _compact(first, marks=True) != _compact(second, marks=True):
        return DISPUTED, f"Lesungen uneins über Akzente: „{second}“", second
    if marked:
        return DISPUTED, f"Lesungen uneins über Akzente: „{marked}“", marked
    return AGREED, "zwei Lesungen stimmen überein", None


def _trimmed(text: str) -> str:
    """OCR's stray marks at the ends of a box ("Kim ;", "| Bochum") and spaces it puts around
    a hyphen ("Lea -Marie")."""
    text = re.sub(r"(?<=\w) +-(?=\w)|(?<=\w)- +(?=\w)", "-", text)
    return re.sub(r"^[\s;:|_~„“\"'`,.]+|[\s;:|_~„“\"'`,]+$", "", text)


def without_stray_end(first: str, second: str) -> tuple[str, str]:
    """The same words, but one reading has a lone letter more at an end ("männlich l"): a
    speck at the box's border, not a different value; it is dropped."""
    a, b = first.split(), second.split()
    if abs(len(a) - len(b)) != 1:
        return first, second
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    for extra, rest in ((longer[-1], longer[:-1]), (longer[0], longer[1:])):
        if len(extra) == 1 and extra.isalpha() and \
                _compact(" ".join(rest)) == _compact(" ".join(shorter)):
            trimmed = " ".join(rest)
            return (trimmed, second) if len(a) > len(b) else (first, trimmed)
    return first, second
