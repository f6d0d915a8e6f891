"""``read_known_form``: a document that is a registered form, read box by box into spec keys.

No model is asked: every value comes from a box of the form, with the box as its evidence and a
confidence from the reading itself (field value, text layer, two OCR readings, tick pixels).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from PIL import Image

from apptypes._common.text import fold
from apptypes.registry import get_type
from domain.documents import DocumentReading, Word
from domain.forms import FormReading, FormValue
from extractors.field_kinds import FieldKind
from forms import formats
from forms.blank import inspect_blank
from forms.boxes import (
    DISPUTED,
    BoxRead,
    compared,
    from_page,
    from_widget,
    without_stray_end,
)
from forms.recognise import FormMatch, recognise
from forms.registry import registered_forms
from forms.template import FormTemplate, TemplateField
from reading.errors import ReadError
from reading.progress import page_read

log = logging.getLogger(__name__)
SEVERAL_TICKS = 0.3

Rasters = Mapping[int, Image.Image]
"""Page number → the page image its word boxes refer to (the straightened scan, the render)."""


def read_known_form(data: bytes, reading: DocumentReading, rasters: Rasters | None = None,
                    templates: Sequence[FormTemplate] | None = None) -> FormReading | None:
    """The values of a registered form, or None when the document is none (then the model
    reads it as before)."""
    match = recognise(data, reading, registered_forms() if templates is None else templates)
    if match is None:
        return None
    reads = _read_boxes(match, reading, rasters or {})
    kinds = get_type(match.template.application_type).kinds
    values: dict[str, FormValue] = {}
    ticks: dict[str, list[tuple[TemplateField, BoxRead]]] = {}
    other_texts: list[str] = []
    for field, read in reads:
        if not field.mapped_keys:
            if read.text:
                other_texts.append(f"{field.caption}\t{read.text}")
            continue
        if field.kind == "checkbox":
            if field.key:
                ticks.setdefault(field.key, []).append((field, read))
            continue
        parts = _parts(field, read.text)
        seconds = _parts(field, read.second) if read.second is not None else None
        keys = field.keys if field.format else [field.key]
        for index, (key, part) in enumerate(zip(keys, parts, strict=False)):
            if not key or key not in kinds:
                continue
            if seconds is not None:
                # Each part on its own: a disputed floor must not doubt the street.
                again = seconds[index]
                if part and again:
                    part, _ = without_stray_end(part, again)
                confidence, how, other = compared(part, again)
                if confidence == DISPUTED and again:
                    # The box read alone (Latin model) was right more often where the two
                    # differ (serial numbers, marks German lacks); the clerk sees both anyway.
                    part, other = again, part
                    how = f"zweite Lesung (vorausgefüllt); erste Lesung „{other}“"
                part_read = replace(read, confidence=confidence, how=how, alternative=other)
            else:
                part_read = read
            values[key] = _text_value(key, part, kinds[key], field, part_read)
    for key, group in ticks.items():
        values[key] = _choice(group)
    template = match.template
    return FormReading(
        template=template.name,
        application_type=template.application_type,
        document_kind=template.document_kind,
        method=match.method,
        match_score=match.score,
        alignment_residual=match.residual,
        values=values,
        mapped_keys=sorted(k for k in template.mapped_keys if k in kinds),
        other_texts=other_texts,
    )


def _read_boxes(match: FormMatch, reading: DocumentReading,
                rasters: Rasters) -> list[tuple[TemplateField, BoxRead]]:
    out: list[tuple[TemplateField, BoxRead]] = []
    printed = _printed_words(match.template)
    on_pages: dict[int, list[Word]] = {}
    for field in match.template.fields:
        if not field.mapped_keys and field.kind == "checkbox":
            continue
        if match.method == "acroform":
            out.append((field, from_widget(field, match.widgets[field.page - 1])))
            continue
        page = reading.pages[field.page - 1]
        alignment = match.alignments[field.page - 1]
        if field.page not in on_pages:  # the blank's print, placed on this page once
            on_pages[field.page] = [w.model_copy(update={"bbox": alignment.box(w.bbox)})
                                    for w in printed.get(field.page, [])]
        on_page = on_pages[field.page]
        # An unmapped box is read once, without the second reading: only for redaction.
        raster = rasters.get(page.page) if field.mapped_keys else None
        out.append((field, from_page(field, alignment.box(field.box), page, raster, on_page)))
        # Reading a scan's boxes again takes seconds each: the activity's heartbeat must go on.
        page_read(page.page)
    return out


@lru_cache(maxsize=16)
def _printed_cached(path: str) -> dict[int, list[Word]]:
    try:
        with open(path, "rb") as fh:
            blank = inspect_blank(fh.read())
    except (OSError, ReadError):
        log.error("blank of a registered form unreadable: %s", path)
        return {}
    return {p.number: p.words for p in blank.pages}


def _printed_words(template: FormTemplate) -> dict[int, list[Word]]:
    return _printed_cached(str(template.blank_path))


def _parts(field: TemplateField, text: str) -> list[str | None]:
    return formats.split(field.format, text) if field.format else [text or None]


def _text_value(key: str, text: str | None, kind: FieldKind, field: TemplateField,
                read: BoxRead) -> FormValue:
    shown = text or ""
    value: str | list[str] | None = text or None
    confidence, how = read.confidence, read.how
    if text and kind.kind == "enum":
        value = option_named(text, kind)
        if value is None:
            confidence, how = min(confidence, 0.3), f"„{text}“ ist keine der Auswahlen"
    elif text and kind.kind == "list":
        value = [item.strip() for item in text.split(",") if item.strip()] or None
    return FormValue(value=value, confidence=round(confidence, 3), page=field.page, box=read.box,
                     text=shown, how=how, alternative=read.alternative)


def option_named(text: str, kind: FieldKind) -> str | None:
    """The option a written word names: its own name or a phrase of its wording ("PA",
    "männlich")."""
    written = fold(text).strip(" .")
    for option in kind.options:
        if written in (fold(option), *(fold(p) for p in kind.phrases(option))):
            return option
    return None


def _choice(group: Sequence[tuple[TemplateField, BoxRead]]) -> FormValue:
    ticked = [(f, r) for f, r in group if r.ticked]
    confidence = min(r.confidence for _, r in group)
    first_field, first_read = group[0]
    if len(ticked) == 1:
        field, read = ticked[0]
        return FormValue(value=field.option, confidence=round(confidence, 3), page=field.page,
                         box=read.box, text=field.caption, how=read.how)
    if not ticked:
        unclear = any(r.ticked is None for _, r in group)
        how = "ein Kästchen ist unklar" if unclear else "nichts angekreuzt"
        return FormValue(value=None, confidence=round(confidence, 3), page=first_field.page,
                         box=first_read.box, how=how)
    return FormValue(value=None, confidence=SEVERAL_TICKS, page=first_field.page,
                     box=first_read.box, how="mehrere Kästchen angekreuzt")
