"""Spec fields joined from parts the model read separately (``ComposedField``)."""

from __future__ import annotations

from collections.abc import Mapping

from apptypes.base import ComposedField
from domain.fields import FieldValue


def composed_value(composed: ComposedField, fields: Mapping[str, FieldValue]) -> FieldValue:
    """The parts that were read, joined; as sure as the least sure of them.

    Found in the source only when every part read was found: the join itself never stands in
    the document, its parts do."""
    parts = [fields[p] for p in composed.parts if p in fields and fields[p].value is not None]
    if not parts:
        absent = [fields[p].confidence for p in composed.parts if p in fields]
        return FieldValue(value=None, confidence=min(absent, default=0.0))
    return FieldValue(
        value=composed.separator.join(str(p.value) for p in parts),
        confidence=min(p.confidence for p in parts),
        evidence=[e for p in parts for e in p.evidence],
        found_in_source=all(p.found_in_source for p in parts),
    )
