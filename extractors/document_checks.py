"""Facts the worker reads from the documents itself (``DocumentCheck``)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from apptypes.base import DocumentCheck
from domain.fields import FieldData, FieldValue
from extractors.evidence import fold
from extractors.field_kinds import FieldKind
from extractors.sources import SourceFinders

# OCR slips cost similarity ("Mustafa Kiliç" for "Mustafa Kılıç" is 0.85); numbers must match
# exactly (157 and 151 are 95 % similar as "Westenfelder Straße 15x"), and swapped names are
# far below ("Çelik Elif" / "Elif Çelik" 0.5).
_MIN_SIMILARITY = 0.8


def _numbers(text: str) -> set[str]:
    return {t.casefold() for t in re.findall(r"\w*\d\w*", text)}


DISAGREEMENT_FACTOR = 0.75
"""A failed check lowers the confidence of the keys it names like an ambiguous option."""


def checked(check: DocumentCheck, values: Mapping[str, FieldData],
            sources: SourceFinders) -> FieldValue:
    texts = check.texts(values)
    finder = sources.everywhere if check.kind is None else sources.of_kind(check.kind)
    if not texts or finder is None:
        return FieldValue(value=None, confidence=1.0, source="derived")
    # Commas count: "Elif, Çelik" (family name first) is not "Elif Çelik", which the evidence
    # search, blind to punctuation, would take it for.
    evidence = [e for text in texts for e in finder.locate(text, FieldKind("str"), _MIN_SIMILARITY)
                if _numbers(text) <= _numbers(e.text)
                and ("," not in text or fold(text) in fold(e.text))][:1]
    return FieldValue(value=bool(evidence), confidence=1.0, evidence=evidence,
                      found_in_source=bool(evidence), source="derived")


def apply_check(check: DocumentCheck, fields: dict[str, FieldValue],
                values: Mapping[str, FieldData], sources: SourceFinders) -> None:
    """Stores the fact under ``check.key`` and lowers the keys it names when it failed."""
    fact = checked(check, values, sources)
    fields[check.key] = fact
    if fact.value is False:
        for key in check.lowers:
            if key in fields:
                fv = fields[key]
                fields[key] = fv.model_copy(
                    update={"confidence": round(fv.confidence * DISAGREEMENT_FACTOR, 3)})
