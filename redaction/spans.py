"""From overlapping analyzer results to disjoint spans that hide every flagged character."""

from __future__ import annotations

from collections.abc import Iterable

from presidio_analyzer import RecognizerResult
from pydantic import BaseModel

from redaction.entities import DENY_LIST


class RedactedSpan(BaseModel):
    """Where something was redacted; the original text is deliberately not kept."""

    type: str
    start: int
    end: int
    score: float


def _rank(result: RecognizerResult) -> tuple[bool, float, int]:
    # A case value is certain but says nothing about its kind: a typed result names the span.
    return (result.entity_type != DENY_LIST, result.score, result.end - result.start)


def resolve_spans(results: Iterable[RecognizerResult]) -> list[RedactedSpan]:
    """Greedy by rank; a lower-ranked result that overlaps is merged into the winner's span so
    that no part of it stays visible."""
    accepted: list[RedactedSpan] = []
    for result in sorted(results, key=_rank, reverse=True):
        overlapping = [s for s in accepted if s.start < result.end and result.start < s.end]
        if not overlapping:
            accepted.append(RedactedSpan(type=result.entity_type, start=result.start,
                                         end=result.end, score=result.score))
            continue
        winner = overlapping[0]
        for other in overlapping[1:]:
            accepted.remove(other)
        winner.start = min([result.start, *(s.start for s in overlapping)])
        winner.end = max([result.end, *(s.end for s in overlapping)])
        winner.score = max([result.score, *(s.score for s in overlapping)])
    return sorted(accepted, key=lambda s: s.start)


def replace_spans(text: str, spans: Iterable[RedactedSpan], placeholders: Iterable[str]) -> str:
    pieces: list[str] = []
    cursor = 0
    for span, placeholder in zip(spans, placeholders, strict=True):
        pieces.append(text[cursor:span.start])
        pieces.append(placeholder)
        cursor = span.end
    pieces.append(text[cursor:])
    return "".join(pieces)
