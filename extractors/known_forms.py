"""Field values of documents a registered form's template has read (``DocumentReading.form``).

They need no model: each value keeps its box as evidence and the reading's own confidence. The
type's normalisers still apply ("Bochum, Langendreer" → "Bochum", nationalities lower case).
"""

from __future__ import annotations

from collections.abc import Sequence

from apptypes.base import ApplicationType
from domain.documents import DocumentReading
from domain.fields import Evidence, FieldData, FieldValue
from domain.forms import FormValue
from extractors.field_kinds import FieldKind
from extractors.values import normalize_value


def read_by_form(reading: DocumentReading, app_type: ApplicationType) -> bool:
    return reading.form is not None and reading.form.application_type == app_type.key


def form_fields(readings: Sequence[DocumentReading], app_type: ApplicationType,
                kinds: dict[str, FieldKind]) -> dict[str, FieldValue]:
    """Every key a recognised form holds — an empty box is an empty value, not a question for
    the model. With two forms in one case, the first that holds a key answers it."""
    out: dict[str, FieldValue] = {}
    for reading in readings:
        form = reading.form
        if form is None or not read_by_form(reading, app_type):
            continue
        raw: dict[str, FieldData] = {}
        for key in form.mapped_keys:
            if key in kinds and key not in out:
                fv = form.values.get(key)
                raw[key] = normalize_value(fv.value, kinds[key]) if fv is not None else None
        values = app_type.normalize(dict(raw)) if app_type.normalize is not None else raw
        for key in raw:
            out[key] = _field_value(values.get(key), form.values.get(key), reading)
    return out


def _field_value(value: FieldData, read: FormValue | None, reading: DocumentReading) -> FieldValue:
    if read is None:
        return FieldValue(value=None, confidence=1.0, source="form")
    evidence = [Evidence(
        doc_id=reading.doc.doc_id, filename=reading.doc.filename, page=read.page,
        text=read.text or read.how, boxes=[read.box] if read.box else [], similarity=1.0,
        read_conf=read.confidence, alternative=read.alternative, how=read.how)]
    return FieldValue(value=value, confidence=read.confidence, evidence=evidence,
                      found_in_source=value is not None, source="form")
