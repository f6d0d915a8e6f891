"""Shared machinery: a regex recognizer that lets each German recognizer judge its matches."""

from __future__ import annotations

import re
from typing import ClassVar, NamedTuple, Protocol

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.entities import LANGUAGE


class Verdict(NamedTuple):
    entity: str
    score: float
    start: int
    end: int


class Searchable(Protocol):
    """A compiled pattern of ``re`` or of ``regex`` (which adds fuzzy matching for OCR)."""

    def search(self, string: str, pos: int = ..., endpos: int = ...) -> object: ...


def cue_before(text: str, start: int, cue: Searchable, window: int = 40) -> bool:
    """Whether a cue word stands shortly before ``start`` (labels precede values in forms)."""
    return cue.search(text, max(0, start - window), start) is not None


class GermanRecognizer(EntityRecognizer):
    """A German recognizer that reports ``ENTITIES`` and handles context itself."""

    ENTITIES: ClassVar[tuple[str, ...]]

    def __init__(self) -> None:
        super().__init__(supported_entities=list(self.ENTITIES), supported_language=LANGUAGE,
                         name=type(self).__name__, context=[])

    def load(self) -> None:
        """Patterns are compiled at import time; nothing to load."""


class RegexRecognizer(GermanRecognizer):
    """Finds candidates with ``PATTERN``; ``judge`` decides type and score of each (or drops it)."""

    PATTERN: ClassVar[re.Pattern[str]]

    def judge(self, text: str, match: re.Match[str]) -> Verdict | None:
        raise NotImplementedError

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for match in self.PATTERN.finditer(text):
            verdict = self.judge(text, match)
            if verdict is not None and verdict.entity in entities:
                results.append(RecognizerResult(verdict.entity, verdict.start, verdict.end,
                                                verdict.score))
        return results
