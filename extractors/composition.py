"""Spec fields joined from parts the model read separately (``ComposedField``)."""

from __future__ import annotations

from collections.abc import Mapping

from apptypes.base import ComposedField
from domain.fields import FieldValue


def composed_value(composed: ComposedField, fields: Mapping[str, FieldValue]) -> FieldValue:
    """The parts that were read, joined; as sure as the least sure of them.

    Found in the source only when every part read was found: the join itself never stands in
    the document, its parts do."""
    read = [fields[p] for p in composed.parts if p in fields and fields[p].value is not None]
    # A company in C.1.1 has no first names; the model then repeats a word of the name there.
    parts = [p for p in read if not any(q is not p and _words_within(p, q) for q in read)]
    if not parts:
        absent = [fields[p].confidence for p in composed.parts if p in fields]
        return FieldValue(value=None, confidence=min(absent, default=0.0))
    return FieldValue(
        value=composed.separator.join(str(p.value) for p in parts),
        confidence=min(p.confidence for p in parts),
        evidence=[e for p in parts for e in p.evidence],
        found_in_source=all(p.found_in_source for p in parts),
    )


def _words_within(part: FieldValue, other: FieldValue) -> bool:
    """Every word of ``part`` is a word of ``other`` (and ``other`` is longer)."""
    words, others = str(part.value).casefold().split(), str(other.value).casefold().split()
    return len(words) < len(others) and all(w in others for w in words)
