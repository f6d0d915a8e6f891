"""Caption rows of forms, joined with the values printed under them.

Many forms print a row of small captions ("Nachname   Vorname(n)") and the values in a larger
font on the row below ("Wolkow   Olga"). Read line by line, a small model has to match the
columns itself and mostly fails: it took the first option of a choice, or the next caption for
an empty value. Rewritten as "Nachname: Wolkow" / "Vorname(n): Olga", each value stands beside
its caption, and an empty value shows as an empty caption ("Telefon:").

A caption row is recognised by its geometry only, so it works for any form and for OCR:
every cell of the row right below it starts where one of its captions starts and is set in a
clearly larger font than that caption.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reading.rows import Cell, Row
from reading.sections import section_names

CAPTION_SEPARATOR = ": "
MAX_CAPTION_CHARS = 60
"""Longer lines are sentences (a form's fine print), not captions."""
_BOX_MARKS = frozenset("[]☐☒☑✓✔")

# Captions are set smaller than values: 7.5 pt over 10.5 pt on the forms seen, 0.65–0.74 in OCR
# word boxes; a section heading over a value row is about 0.87. A "value" several times the size of
# its caption is a heading or a watermark letter.
_HEIGHT_RATIOS = (0.4, 0.82)
_WORD = re.compile(r"[^\W\d_]{2,}")
# How far (in heights of the value row) a value may start from its caption's start.
_ALIGN_HEIGHTS = 1.2
# A value row further below its captions than this (in its heights) belongs to something else.
_MAX_GAP_HEIGHTS = 2.5
# Stacked values sit about 0.3 of their height under their captions; side-by-side rows about a
# line apart.
_SIDE_BY_SIDE_GAP_HEIGHTS = 0.7
# A row whose second cell is this much larger than its first may be caption and value (OCR
# heights: 0.65–0.9 for a caption beside its value).
_BESIDE_RATIO = 0.9
# A value under a lone caption is stacked like the form's when it sits at most this many of the
# form's caption-to-value gaps below (plus a unit of rounding); further down is the next heading.
_STACKED_GAPS = 2
_ROUNDING = 1


def _smaller(caption: Cell, value: Cell) -> bool:
    low, high = _HEIGHT_RATIOS
    return low * value.height <= caption.height <= high * value.height


def _holds_its_value(row: Row) -> bool:
    """Two cells, the second set larger than the first: a caption beside its value."""
    return len(row.cells) == 2 and row.cells[0].height <= _BESIDE_RATIO * row.cells[1].height


def _captioned(captions: Row, values: Row, *,
               continues_form: bool) -> list[tuple[str, str]] | None:
    """(caption, value) per caption cell if ``values`` is the row under the caption row
    ``captions``; the value may be empty."""
    if not captions.cells or not values.cells:
        return None
    if not all(_WORD.search(c.text) for c in captions.cells):
        return None  # a caption is words; "11.5.1973" is a value, whatever stands below it
    if any(split_line(c.text, CAPTION_SEPARATOR) for c in captions.cells):
        return None  # "PLZ, Ort: 44791 Bochum" holds its value already
    if len(captions.cells) < 2 and not continues_form:
        return None  # one small line over a larger one is as likely a letterhead
    gap = values.top - captions.bottom
    if gap > _MAX_GAP_HEIGHTS * values.height:
        return None
    tallest_value = max(values.cells, key=lambda c: c.height)
    if not all(_smaller(c, tallest_value) for c in captions.cells):
        return None  # a row holding a value itself ("Marke   SKODA") is no caption row
    under: dict[int, Cell] = {}
    for value in values.cells:
        column = next((i for i, c in enumerate(captions.cells)
                       if abs(c.x0 - value.x0) <= _ALIGN_HEIGHTS * value.height
                       and i not in under), None)
        if column is None:
            return None
        under[column] = value
    if gap > _SIDE_BY_SIDE_GAP_HEIGHTS * values.height and (
            _holds_its_value(captions)
            or not all(_smaller(captions.cells[i], value) for i, value in under.items())):
        # Side-by-side rows a line apart whose OCR heights made the first look like captions
        # of the second: "Nachname   Becker" over "Vorname   Dieter", or "Zusatz (Stockwerk,
        # Lage)   3. OG" over "Die Wohnung ist   Nebenwohnung" (a caption as tall as the
        # "value" under it). Stacked values sit closer, or under clearly smaller captions.
        return None
    return [(c.text.rstrip(":").rstrip(), under[i].text if i in under else "")
            for i, c in enumerate(captions.cells)]


@dataclass(frozen=True)
class _FormRow:
    """Where a form row has its captions and how large its values are."""

    captions: tuple[Cell, ...]
    value: Cell
    value_gap: float | None = None
    """Stacked rows: how far below its caption the value starts."""


def _side_by_side(row: Row) -> _FormRow | None:
    """A row holding a small caption left of a larger value."""
    if len(row.cells) < 2 or not _WORD.search(row.cells[0].text):
        return None
    caption, value = row.cells[0], row.cells[1]
    return _FormRow((caption,), value) if _smaller(caption, value) else None


def _form_above(forms: dict[int, _FormRow], index: int) -> _FormRow | None:
    """The form row nearest above row ``index``: columns and sizes may change between
    sections."""
    above = [i for i in forms if i < index]
    return forms[max(above)] if above else None


def _stacked_like(row: Row, below: Row, form: _FormRow) -> bool:
    """``below`` sits under ``row`` as a stacked form's value sits under its caption."""
    return (form.value_gap is not None
            and below.top - row.bottom <= _STACKED_GAPS * form.value_gap + _ROUNDING)


def _is_empty_caption(row: Row, form: _FormRow) -> bool:
    """A lone line in the form's caption size that starts in one of its caption columns; not a
    sentence, not a line of checkboxes."""
    if len(row.cells) != 1:
        return False
    cell, value = row.cells[0], form.value
    low, high = _HEIGHT_RATIOS
    return (bool(_WORD.search(cell.text)) and not cell.text.endswith(":")
            and len(cell.text) <= MAX_CAPTION_CHARS and not _BOX_MARKS & set(cell.text)
            and any(abs(cell.x0 - c.x0) <= _ALIGN_HEIGHTS * value.height for c in form.captions)
            # the whole caption, ascenders and all, in the caption size
            and low * value.height <= cell.height and cell.tallest <= high * value.height)


def _empty_captions(rows: list[Row], forms: dict[int, _FormRow], taken: set[int]) -> set[int]:
    """Rows that are captions of a form standing alone, their value left empty.

    Read as a bare line, such a caption ("Verwendungszweck") is followed by the next one ("IBAN
    für den Gebühreneinzug") and the model took that for the value. A lone line counts when it
    lies among the form's rows (``forms``: by index; ``taken``: rows merged into caption lines),
    starts in a caption column and is set in the caption size, not the values' size (which a
    section heading has)."""
    if len(forms) < 2:
        return set()
    last = max(forms)
    found: set[int] = set()
    for i in range(min(forms) + 1, len(rows)):
        if i in forms or i in taken:
            continue
        form = _form_above(forms, i)
        if form is not None and _is_empty_caption(rows[i], form) and not (
                i + 1 < len(rows) and _stacked_like(rows[i], rows[i + 1], form)):
            found.add(i)
        elif i > last:
            break  # below the form's last value only its trailing empty captions
    return found


def captioned_lines(rows: list[Row], *, exact_sizes: bool) -> list[str]:
    """One text line per row, with every caption row merged into its value row; with
    ``exact_sizes`` (word heights are font sizes) every empty caption of a form written as
    ``caption:`` and captions named after their section (``reading.sections``)."""
    merged: dict[int, list[tuple[str, str]]] = {}
    forms = {i: form for i, row in enumerate(rows) if (form := _side_by_side(row)) is not None}
    i = 0
    while i + 1 < len(rows):
        # A single caption is one when its value sits as close under it as the form's values
        # do (also right under a heading: "Zuzug aus dem Ausland, Staat" under "Bisherige
        # Wohnung"); further down is the next heading, and before any form row such a pair may
        # be a letterhead.
        form = _form_above(forms, i)
        continues = form is not None and _stacked_like(rows[i], rows[i + 1], form)
        lines = _captioned(rows[i], rows[i + 1], continues_form=continues)
        if lines is None:
            i += 1
            continue
        merged[i] = lines
        forms[i] = _FormRow(rows[i].cells, max(rows[i + 1].cells, key=lambda c: c.height),
                            value_gap=rows[i + 1].top - rows[i].bottom)
        forms.pop(i + 1, None)
        i += 2
    taken = {j for i in merged for j in (i, i + 1)}
    empty = _empty_captions(rows, forms, taken) if exact_sizes else set()
    sections = section_names(rows, merged) if exact_sizes else {}
    out: list[str] = []
    i = 0
    while i < len(rows):
        if i in merged:
            names = sections.get(i) or [""] * len(merged[i])
            out.extend(f"{caption}{f' ({name})' if name else ''}{CAPTION_SEPARATOR}{value}".rstrip()
                       for (caption, value), name in zip(merged[i], names, strict=True))
            i += 2
            continue
        text = rows[i].text
        out.append(f"{text}{CAPTION_SEPARATOR.rstrip()}" if i in empty else text)
        i += 1
    return out


def split_line(line: str, separator: str) -> tuple[str, str] | None:
    """(caption, answer) of a form line written as ``caption<separator>answer`` (``": "`` or
    ``COLUMN_GAP``), both non-empty; None for any other line."""
    caption, found, answer = line.strip().partition(separator)
    return (caption, answer) if found and caption and answer.strip() else None
