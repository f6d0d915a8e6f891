"""Values of a fixed shape (``ValueShape``) taken from the documents when the model's answer
does not have it."""

from __future__ import annotations

from collections.abc import Mapping

from apptypes.base import ValueShape
from domain.fields import FieldData
from extractors.sources import SourceFinders


def reshaped(
    values: dict[str, FieldData], shapes: Mapping[str, ValueShape], sources: SourceFinders
) -> dict[str, FieldData]:
    """``values`` where a shaped key's answer is not a value of that shape in its source
    documents and they hold exactly one (several: which one is meant is the clerk's call)."""
    out = dict(values)
    for key, shape in shapes.items():
        answer = out.get(key)
        found = {
            parsed
            for reading in sources.readings_for(key)
            for span in shape.find(reading.text)
            if (parsed := shape.parse(span)) is not None
        }
        if isinstance(answer, str) and shape.parse(answer) in found:
            continue
        # Also a well-formed answer the source does not hold: the model copied the plate of
        # the application form for the certificate's, which hides a mismatch (rule P2).
        if len(found) == 1:
            out[key] = found.pop()
    return out
