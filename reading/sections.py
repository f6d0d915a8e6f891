"""Side-by-side sections of a form, named in its captions.

Registration forms print the new and the previous address in two columns under the headings
"Neue Wohnung" and "Bisherige Wohnung", with the same captions in both ("Straße, Hausnummer,
Zusätze"). Read as caption lines, both columns come out alike and the model cannot tell which
address is which; named after their section ("Straße, Hausnummer, Zusätze (Bisherige
Wohnung): Hustadtring 61") they can.

A heading row is recognised by geometry: two or more distinct cells of words, set clearly
larger than the captions below them, each over its own column (a caption belongs to the heading
whose centre is nearest to its own); it names the caption rows below it up to the next line of a
single cell, which ends the section block, and only where the same caption stands in two
sections: only then is there something to tell apart. Text-layer pages only: OCR box heights
vary too much to tell a heading from a row of values.
"""

from __future__ import annotations

from collections.abc import Collection

from reading.rows import Cell, Row

_MIN_SECTIONS = 2
_HEADING_OVER_CAPTION = 1.2


def _centre(cell: Cell) -> float:
    return (cell.x0 + cell.x1) / 2


def _heading_row(row: Row) -> bool:
    texts = [c.text for c in row.cells]
    return (len(texts) >= _MIN_SECTIONS and len(set(texts)) == len(texts)
            and all(any(ch.isalpha() for ch in t) and not any(ch.isdigit() for ch in t)
                    for t in texts))


def _names(heading: Row, captions: Row) -> list[str]:
    centres = [_centre(c) for c in heading.cells]
    return [heading.cells[min(range(len(centres)),
                              key=lambda k: abs(centres[k] - _centre(cell)))].text
            for cell in captions.cells]


def section_names(rows: list[Row], caption_rows: Collection[int]) -> dict[int, list[str]]:
    """For caption rows (``caption_rows``: indexes of rows merged with the value row below)
    under a heading row: the section of each caption cell."""
    named: dict[int, list[str]] = {}
    for h, heading in enumerate(rows):
        if h in caption_rows or h - 1 in caption_rows or not _heading_row(heading):
            continue
        found: dict[int, list[str]] = {}
        for i in range(h + 1, len(rows)):
            if i in caption_rows:
                if _HEADING_OVER_CAPTION * max(c.height for c in rows[i].cells) > heading.height:
                    break  # captions are set smaller than the headings over them
                found[i] = _names(heading, rows[i])
            elif i - 1 not in caption_rows and len(rows[i].cells) == 1:
                break
        sections_of: dict[str, set[str]] = {}
        for i, names in found.items():
            for cell, name in zip(rows[i].cells, names, strict=True):
                sections_of.setdefault(cell.text, set()).add(name)
        if any(len(sections) > 1 for sections in sections_of.values()):
            named.update(found)
    return named
