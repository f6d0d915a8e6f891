"""Facts the worker reads from the documents itself (``DocumentCheck``)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from apptypes.base import DocumentCheck
from domain.fields import FieldData, FieldValue
from extractors.field_kinds import FieldKind
from extractors.sources import SourceFinders

# An OCR slip in a long line may cost a little similarity; numbers must match exactly (157 and
# 151 are 95 % similar as "Westenfelder Straße 15x").
_MIN_SIMILARITY = 0.9


def _numbers(text: str) -> set[str]:
    return {t.casefold() for t in re.findall(r"\w*\d\w*", text)}


def checked(check: DocumentCheck, values: Mapping[str, FieldData],
            sources: SourceFinders) -> FieldValue:
    text = check.text(values)
    finder = sources.of_kind(check.kind)
    if not text or finder is None:
        return FieldValue(value=None, confidence=1.0, source="derived")
    evidence = [e for e in finder.locate(text, FieldKind("str"))
                if e.similarity >= _MIN_SIMILARITY and _numbers(text) <= _numbers(e.text)]
    return FieldValue(value=bool(evidence), confidence=1.0, evidence=evidence,
                      found_in_source=bool(evidence), source="derived")
