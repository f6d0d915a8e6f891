"""Is a read document a registered form, and which edition? AcroForm field names decide for
portal exports; printed anchors for flattened prints and scans."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from domain.documents import DocumentReading
from domain.forms import FormMethod
from forms.anchors import IDENTITY, Alignment, align
from forms.blank import pdf_widgets
from forms.template import FormTemplate
from reading.acroform import FormWidget

MIN_FIELD_OVERLAP = 0.9
"""Share of field names two editions must share (Jaccard) to be the same edition."""


@dataclass
class FormMatch:
    template: FormTemplate
    method: FormMethod
    """``acroform`` (values from the fields), ``text_layer`` or ``ocr`` (values from the boxes)."""
    alignments: list[Alignment]
    """Per template page: blank → document page."""
    widgets: list[list[FormWidget]] = field(default_factory=list)
    """AcroForm matches: the document's widgets per page, with their values."""

    @property
    def score(self) -> float:
        return min((a.share for a in self.alignments), default=1.0)

    @property
    def residual(self) -> float:
        return max((a.residual for a in self.alignments), default=0.0)


def recognise(data: bytes, reading: DocumentReading,
              templates: Sequence[FormTemplate]) -> FormMatch | None:
    if reading.error is not None or not reading.pages or not templates:
        return None
    widgets = pdf_widgets(data) if data[:5] == b"%PDF-" else []
    if widgets:
        names = {w.name for page in widgets for w in page if w.kind != "other"}
        by_fields = _by_field_names(names, templates)
        if by_fields is not None:
            return FormMatch(by_fields, "acroform", [IDENTITY] * by_fields.pages, widgets)
    return _by_anchors(reading, templates)


def _by_field_names(names: set[str], templates: Sequence[FormTemplate]) -> FormTemplate | None:
    best: tuple[float, str, FormTemplate] | None = None
    for template in templates:
        known = set(template.fingerprint.acroform_fields)
        if not known:
            continue
        overlap = len(names & known) / len(names | known)
        if overlap >= MIN_FIELD_OVERLAP and (best is None or overlap > best[0]):
            best = (overlap, template.name, template)
    return best[2] if best else None


def _by_anchors(reading: DocumentReading, templates: Sequence[FormTemplate]) -> FormMatch | None:
    best: FormMatch | None = None
    for template in sorted(templates, key=lambda t: t.name):
        if template.pages > len(reading.pages):
            continue
        alignments: list[Alignment] = []
        for number in range(1, template.pages + 1):
            page = reading.pages[number - 1]
            anchors = [a for a in template.anchors if a.page == number]
            found = align(anchors, page.words, fuzzy=page.method == "ocr")
            if found is None:
                break
            alignments.append(found)
        else:
            scanned = any(p.method == "ocr" for p in reading.pages[:template.pages])
            method: FormMethod = "ocr" if scanned else "text_layer"
            match = FormMatch(template, method, alignments)
            if best is None or match.score > best.score:
                best = match
    return best
