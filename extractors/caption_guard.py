"""Values that are labels: the small model sometimes answers with the caption or the title it
should have read past ("Wohnungsgeberbestätigung" as the landlord's name, "IBAN für den
Gebühreneinzug: DE16 …" as the purpose, "Tel." as the e-mail address)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from domain.documents import DocumentReading
from reading.captions import CAPTION_SEPARATOR, MAX_CAPTION_CHARS, split_line
from reading.rows import COLUMN_GAP

# A lone line start counts as a caption only with several words: an OCR value row that was not
# paired with its captions starts with a value too ("B4   WAT-JG 6").
_LONE_CAPTION_WORDS = 2
_MIN_CHOICE_WORD = 8


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold().rstrip(":").strip()


def _cannot_be_a_name(choice: str) -> bool:
    """A choice of several words or one long word ("Hauptwohnung"); a short one may be a name
    too ("Sohn", "Vater", "Enkel")."""
    return len(choice.split()) >= _LONE_CAPTION_WORDS or len(choice) >= _MIN_CHOICE_WORD


def _is_empty_caption(line: str) -> bool:
    """A caption of several words left empty ("IBAN für den Gebühreneinzug:", as the reader
    writes a form's empty captions); one word may be a value OCR left with a colon."""
    text = line.strip()
    return (text.endswith(":") and len(text) <= MAX_CAPTION_CHARS
            and len(text.split()) >= _LONE_CAPTION_WORDS)


class CaptionGuard:
    def __init__(self, readings: Sequence[DocumentReading], titles: Iterable[str] = (),
                 choices: Iterable[str] = ()) -> None:
        """``titles``: the names of the type's document kinds ("Wohnungsgeberbestätigung");
        ``choices``: how the options of its choice fields are printed ("alleinige Wohnung",
        the answer of "Die Wohnung ist", was taken for the empty caption above it)."""
        # Not the first lines of documents: a letter starts with its sender, who may well be
        # the landlord the field asks for.
        labels = {_fold(t) for t in titles}
        labels |= {_fold(c) for c in choices if _cannot_be_a_name(c)}
        lines = [line for reading in readings for line in reading.text.splitlines()]
        gap_rows = [split for line in lines if (split := split_line(line, COLUMN_GAP)) is not None]
        colon_rows = [split for line in lines
                      if (split := split_line(line, CAPTION_SEPARATOR)) is not None]
        # "Caption: value" only: a line "Kraków:" may be a value that OCR and caption pairing
        # left with a colon
        labels |= {_fold(caption) for caption, _ in colon_rows
                   if len(caption) <= MAX_CAPTION_CHARS}
        labels |= {_fold(line) for line in lines if _is_empty_caption(line)}
        labels.discard("")
        self._labels = labels
        self._long_labels = [label for label in labels
                             if len(label.split()) >= _LONE_CAPTION_WORDS]
        # What begins a line before a column gap ("IBAN für den Gebühreneinzug   DE08 …"): the
        # model wrote such a line as "IBAN für den Gebühreneinzug: DE08 …" for an empty field.
        starts = Counter(_fold(caption) for caption, _ in gap_rows)
        self._line_starts = set(starts)
        # A whole form line as one value, its caption of several words included and the colon
        # left out ("IBAN für den Gebühreneinzug DE08 4305 …" for the empty purpose above it).
        self._whole_lines = {_fold(f"{caption} {answer}")
                             for caption, answer in gap_rows + colon_rows
                             if len(caption.split()) >= _LONE_CAPTION_WORDS}
        # Such a start of several words that stands nowhere else is a caption, also answered
        # alone ("IBAN für den Gebühreneinzug" for the empty purpose above it); a value row of a
        # form ("Wolkow   Olga") has its words elsewhere too (the signature).
        everything = _fold(" \n ".join(r.text for r in readings))
        self._lone_starts = {start for start, n in starts.items()
                             if len(start.split()) >= _LONE_CAPTION_WORDS
                             and everything.count(start) == n}

    def is_label(self, value: str) -> bool:
        """``value`` is a caption or a document kind's title, or a caption with its value."""
        folded = _fold(value)
        if folded in self._labels or folded in self._lone_starts or folded in self._whole_lines:
            return True
        if any(folded.startswith(f"{label} ") for label in self._long_labels):
            return True  # a caption run into the next line ("IBAN für den … Herne, 26. Februar")
        caption, sep, _ = folded.partition(": ")
        return bool(sep) and (caption in self._labels or caption in self._line_starts)
