"""Words with positions from a PDF page's text layer (pdfium text page, char by char).

pdfium is used rather than pypdf's visitor because it is much faster and gives per-glyph boxes
that already honour text matrices, Type 3 fonts and form XObjects. Glyphs a reader of the page
cannot see (``reading.hidden_glyphs``) are taken out of the words and returned apart.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from domain.documents import HiddenReason, HiddenText, Word
from reading.geometry import PageFrame
from reading.hidden_glyphs import Backdrop, UserBox, hidden_reason

# A gap wider than this share of the font size splits two glyphs into two words even without a
# space character (values drawn with per-glyph positioning rarely carry explicit spaces).
_WORD_GAP_EM = 0.3


@dataclass
class _Glyph:
    char: str
    left: float
    bottom: float
    right: float
    top: float
    size: float
    hidden: HiddenReason | None = None


@dataclass
class TextLayer:
    words: list[Word] = field(default_factory=list)
    hidden: list[HiddenText] = field(default_factory=list)


def page_frame(page: pdfium.PdfPage) -> PageFrame:
    left, bottom, right, top = page.get_cropbox()
    return PageFrame(left, bottom, right, top, page.get_rotation() % 360)


def text_layer(page: pdfium.PdfPage, frame: PageFrame) -> TextLayer:
    textpage = page.get_textpage()
    try:
        glyphs = _glyphs(textpage, frame, Backdrop(page))
    finally:
        textpage.close()
    # A hidden glyph inside a visible word is no word break: the reader sees the word without it.
    visible = [g for g in glyphs if g is None or g.hidden is None]
    hidden = [g if g is not None and g.hidden is not None else None for g in glyphs]
    return TextLayer(
        words=[_word(group, frame) for group in _split_words(visible)],
        hidden=[HiddenText(text=w.text, reason=group[0].hidden or "invisible", bbox=w.bbox)
                for group in _split_words(hidden) for w in [_word(group, frame)]])


def _fill_colour(raw: pdfium_c.FPDF_TEXTPAGE, index: int) -> tuple[int, int, int, int] | None:
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not pdfium_c.FPDFText_GetFillColor(raw, index, r, g, b, a):
        return None
    return (r.value, g.value, b.value, a.value)


@dataclass(frozen=True)
class _TextObject:
    render_mode: int
    bounds: UserBox | None


def _text_object(raw: pdfium_c.FPDF_TEXTPAGE, index: int,
                 seen: dict[int, _TextObject]) -> _TextObject:
    """Render mode and bounds of the text object a glyph belongs to (looked up once each)."""
    obj = pdfium_c.FPDFText_GetTextObject(raw, index)
    if not obj:
        return _TextObject(0, None)
    key = ctypes.cast(obj, ctypes.c_void_p).value or 0
    if key not in seen:
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        found = pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
        seen[key] = _TextObject(
            int(pdfium_c.FPDFTextObj_GetTextRenderMode(obj)),
            (left.value, bottom.value, right.value, top.value) if found else None)
    return seen[key]


def _glyphs(textpage: pdfium.PdfTextPage, frame: PageFrame,
            backdrop: Backdrop) -> list[_Glyph | None]:
    """Glyphs in content order; ``None`` marks a word break (space, line break)."""
    raw = textpage.raw
    out: list[_Glyph | None] = []
    objects: dict[int, _TextObject] = {}
    rect = pdfium_c.FS_RECTF()
    for i in range(textpage.count_chars()):
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        char = chr(code) if 0 < code < 0x110000 else ""
        if not char or char.isspace() or code in (0xFFFE, 0xFFFF):
            out.append(None)
            continue
        # The loose box spans the font's ascent..descent, so all glyphs of a line share a height.
        if not pdfium_c.FPDFText_GetLooseCharBox(raw, i, rect):
            out.append(None)
            continue
        size = pdfium_c.FPDFText_GetFontSize(raw, i) or (rect.top - rect.bottom) or 1.0
        obj = _text_object(raw, i, objects)
        hidden = hidden_reason(left=rect.left, bottom=rect.bottom, right=rect.right,
                               top=rect.top, frame=frame, render_mode=obj.render_mode,
                               fill=_fill_colour(raw, i), object_box=obj.bounds,
                               backdrop=backdrop)
        out.append(_Glyph(char, rect.left, rect.bottom, rect.right, rect.top, size, hidden))
    return out


def _split_words(glyphs: list[_Glyph | None]) -> list[list[_Glyph]]:
    words: list[list[_Glyph]] = []
    current: list[_Glyph] = []
    for glyph in glyphs:
        if glyph is None or (current and _breaks(current[-1], glyph)):
            if current:
                words.append(current)
            current = []
        if glyph is not None:
            current.append(glyph)
    if current:
        words.append(current)
    return words


def _breaks(prev: _Glyph, glyph: _Glyph) -> bool:
    """True when ``glyph`` does not continue the word of ``prev`` (new line or a visible gap)."""
    size = max(prev.size, glyph.size)
    if abs((prev.bottom + prev.top) - (glyph.bottom + glyph.top)) / 2 > 0.5 * size:
        return True
    gap = glyph.left - prev.right
    return gap > _WORD_GAP_EM * size or gap < -0.5 * size


def _word(glyphs: list[_Glyph], frame: PageFrame) -> Word:
    box = frame.normalise(
        min(g.left for g in glyphs),
        min(g.bottom for g in glyphs),
        max(g.right for g in glyphs),
        max(g.top for g in glyphs),
    )
    return Word(text="".join(g.char for g in glyphs), bbox=box, conf=1.0)
