"""Filled AcroForm fields as positioned words.

Portal exports keep the applicant's values only in form fields (``/V`` plus an appearance
stream); the page text holds just the labels. Each value becomes words at its widget, placed
where the appearance stream draws it, so layout puts it beside its label. Ticked checkboxes
become "[x]", unticked ones "[ ]".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, NameObject
from reportlab.pdfbase.pdfmetrics import stringWidth

from domain.documents import Word
from reading.geometry import PageFrame
from reading.pdf_marks import CHECKED, UNCHECKED

_FLAG_HIDDEN = 2
_FF_MULTILINE = 1 << 12
_FF_PUSHBUTTON = 1 << 16
_INHERITABLE = ("/FT", "/V", "/Ff", "/DA")
_DEFAULT_SIZE = 10.0
_TEXT_SHOW = re.compile(rb"(?:\)\s*Tj|\]\s*TJ|\)\s*'|\)\s*\")")
_FONT_SIZE = re.compile(rb"/[^\s/]+\s+(-?[\d.]+)\s+Tf")
_TEXT_POS = re.compile(
    rb"(?:-?[\d.]+\s+){4}(-?[\d.]+)\s+(-?[\d.]+)\s+Tm|(-?[\d.]+)\s+(-?[\d.]+)\s+Td"
)


@dataclass
class FieldWord:
    """A word from a form field plus whether it is a checkbox (to suppress drawn duplicates)."""

    word: Word
    is_checkbox: bool
    filled: bool


@dataclass
class _Widget:
    field_key: int
    annot: DictionaryObject
    attrs: dict[str, Any]

    @property
    def rect(self) -> tuple[float, float, float, float]:
        rect = self.annot["/Rect"].get_object()
        x0, y0, x1, y1 = (float(v) for v in rect) if isinstance(rect, ArrayObject) else (0,) * 4
        return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def has_form_fields(reader: PdfReader) -> bool:
    root = reader.trailer["/Root"].get_object()
    form = root.get("/AcroForm") if isinstance(root, DictionaryObject) else None
    form = form.get_object() if form is not None else None
    return isinstance(form, DictionaryObject) and bool(form.get("/Fields"))


def field_words(reader: PdfReader, page_index: int, frame: PageFrame) -> list[FieldWord]:
    widgets = _widgets(reader, page_index)
    shown_fields = {w.field_key for w in widgets if _draws_text(w.annot)}
    out: list[FieldWord] = []
    placed: set[int] = set()
    for widget in widgets:
        kind = widget.attrs.get("/FT")
        if kind == "/Btn":
            box = _checkbox(widget, frame)
            if box is not None:
                out.append(box)
            continue
        value = _text_value(widget.attrs.get("/V"))
        if not value:
            continue
        # A field with several widgets shows its value only where an appearance draws it
        # (one tsb field has a second, deliberately empty cell); without any appearance, the
        # first widget stands for the field.
        if widget.field_key in shown_fields:
            if not _draws_text(widget.annot):
                continue
        elif widget.field_key in placed:
            continue
        placed.add(widget.field_key)
        out.extend(
            FieldWord(word, is_checkbox=False, filled=True)
            for word in _value_words(value, widget, frame)
        )
    return out


@dataclass(frozen=True)
class FormWidget:
    """One visible widget of a form field, as a known-form template names it."""

    name: str
    """The field's fully qualified name (``/T`` of it and its parents, joined by dots)."""
    kind: str
    """``text``, ``checkbox`` (also radio kids) or ``other`` (push buttons, signatures)."""
    box: tuple[float, float, float, float]
    on_state: str | None
    """A checkbox's or radio kid's state name when ticked (``On``, ``Ja``, ``1``…)."""
    value: str
    """Text fields: the value; checkboxes: ``on`` when ticked, else empty."""


def form_widgets(reader: PdfReader, page_index: int, frame: PageFrame) -> list[FormWidget]:
    out: list[FormWidget] = []
    for widget in _widgets(reader, page_index):
        box = frame.normalise(*widget.rect)
        name = _qualified_name(widget.annot)
        kind = widget.attrs.get("/FT")
        if kind == "/Btn" and not int(widget.attrs.get("/Ff", 0)) & _FF_PUSHBUTTON:
            states = sorted(s[1:] for s in _on_states(widget.annot))
            ticked = _checkbox(widget, frame)
            out.append(FormWidget(name, "checkbox", box, states[0] if states else None,
                                  "on" if ticked is not None and ticked.filled else ""))
        elif kind == "/Tx":
            out.append(FormWidget(name, "text", box, None, _text_value(widget.attrs.get("/V"))))
        else:
            out.append(FormWidget(name, "other", box, None, ""))
    return out


def _qualified_name(annot: DictionaryObject) -> str:
    parts: list[str] = []
    node: DictionaryObject | None = annot
    depth = 0
    while node is not None and depth < 32:
        if "/T" in node:
            parts.append(str(node["/T"]))
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
        depth += 1
    return ".".join(reversed(parts))


def _widgets(reader: PdfReader, page_index: int) -> list[_Widget]:
    annots = reader.pages[page_index].get("/Annots")
    annots = annots.get_object() if annots is not None else None
    if not isinstance(annots, ArrayObject):
        return []
    out: list[_Widget] = []
    for ref in annots:
        annot = ref.get_object()
        if not isinstance(annot, DictionaryObject) or annot.get("/Subtype") != "/Widget":
            continue
        if int(annot.get("/F", 0)) & _FLAG_HIDDEN or "/Rect" not in annot:
            continue
        attrs, field_obj = _inherited(annot)
        out.append(_Widget(id(field_obj), annot, attrs))
    return out


def _inherited(annot: DictionaryObject) -> tuple[dict[str, Any], DictionaryObject]:
    """Field attributes looked up through ``/Parent``; also the object that holds ``/T``."""
    attrs: dict[str, Any] = {}
    node: DictionaryObject | None = annot
    field_obj = annot
    depth = 0
    while node is not None and depth < 32:
        for key in _INHERITABLE:
            if key not in attrs and key in node:
                attrs[key] = node[key].get_object()
        if "/T" in node and field_obj is annot and "/T" not in annot:
            field_obj = node
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
        depth += 1
    # Keep the identity of the field object stable across its widgets.
    return attrs, field_obj if "/T" in field_obj else annot


def _text_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, ArrayObject):
        return ", ".join(str(v) for v in value)
    if isinstance(value, NameObject):
        return str(value)[1:]
    return str(value).strip()


def _normal_appearance(annot: DictionaryObject) -> Any:
    ap = annot.get("/AP")
    return ap.get_object().get("/N") if ap is not None else None


def _draws_text(annot: DictionaryObject) -> bool:
    stream = _normal_appearance(annot)
    if stream is None:
        return False
    stream = stream.get_object()
    if not hasattr(stream, "get_data"):
        return False
    return _TEXT_SHOW.search(stream.get_data()) is not None


def _checkbox(widget: _Widget, frame: PageFrame) -> FieldWord | None:
    if int(widget.attrs.get("/Ff", 0)) & _FF_PUSHBUTTON:
        return None
    state = widget.annot.get("/AS")
    if state is None:
        value = widget.attrs.get("/V")
        on_states = _on_states(widget.annot)
        checked = value is not None and str(value) in on_states
    else:
        checked = str(state) != "/Off"
    text = CHECKED if checked else UNCHECKED
    word = Word(text=text, bbox=frame.normalise(*widget.rect), conf=1.0)
    return FieldWord(word, is_checkbox=True, filled=checked)


def _on_states(annot: DictionaryObject) -> set[str]:
    normal = _normal_appearance(annot)
    if normal is None or not isinstance(normal.get_object(), DictionaryObject):
        return set()
    return {str(k) for k in normal.get_object() if str(k) != "/Off"}


def _text_origin(widget: _Widget) -> tuple[float, float, float]:
    """(x, baseline y, font size) of the first drawn line, in page space."""
    left, bottom, _, top = widget.rect
    size = _DEFAULT_SIZE
    da = widget.attrs.get("/DA")
    if da is not None and (m := _FONT_SIZE.search(str(da).encode("latin-1", "replace"))):
        size = float(m.group(1))
    if size <= 0:  # auto size
        size = min(_DEFAULT_SIZE, (top - bottom) * 0.7)
    stream = _normal_appearance(widget.annot)
    data = stream.get_object().get_data() if stream is not None else b""
    show = _TEXT_SHOW.search(data) if data else None
    if show is not None:
        head = data[: show.start()]
        sizes = [float(m.group(1)) for m in _FONT_SIZE.finditer(head) if float(m.group(1)) > 0]
        positions = list(_TEXT_POS.finditer(head))
        if sizes:
            size = sizes[-1]
        if positions:
            m = positions[-1]
            tx, ty = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            return left + float(tx), bottom + float(ty), size
    multiline = int(widget.attrs.get("/Ff", 0)) & _FF_MULTILINE
    baseline = top - 1.1 * size if multiline else (bottom + top) / 2 - 0.35 * size
    return left + 2.0, baseline, size


def _value_words(value: str, widget: _Widget, frame: PageFrame) -> list[Word]:
    x_start, baseline, size = _text_origin(widget)
    right_edge = widget.rect[2]
    words: list[Word] = []
    for line_no, line in enumerate(value.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        y = baseline - line_no * 1.15 * size
        x = x_start
        space = stringWidth(" ", "Helvetica", size)
        for token in line.split():
            width = stringWidth(token, "Helvetica", size)
            x1 = min(x + width, right_edge)
            bbox = frame.normalise(x, y - 0.25 * size, max(x1, x + 1.0), y + 0.9 * size)
            words.append(Word(text=token, bbox=bbox, conf=1.0))
            x += width + space
    return words
