"""The case's own values (its extracted fields), found wherever they are written again:
case-insensitive, with any whitespace between words."""

from __future__ import annotations

import re
from collections.abc import Iterable

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.entities import DENY_LIST, LANGUAGE

MIN_LENGTH = 2


def deny_pattern(values: Iterable[str]) -> re.Pattern[str] | None:
    words = {" ".join(v.split()) for v in values if len(v.strip()) >= MIN_LENGTH}
    if not words:
        return None
    alternatives = (r"[\s-]*".join(re.escape(w) for w in value.split(" "))
                    for value in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)


class DenyListRecognizer(EntityRecognizer):
    """Built per call (a Presidio ad-hoc recognizer); the analyzer itself stays shared."""

    def __init__(self, values: Iterable[str]) -> None:
        self._pattern = deny_pattern(values)
        super().__init__(supported_entities=[DENY_LIST], supported_language=LANGUAGE,
                         name="DenyListRecognizer", context=[])

    def load(self) -> None:
        """The pattern is built in the constructor."""

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if self._pattern is None:
            return []
        return [RecognizerResult(DENY_LIST, m.start(), m.end(), 1.0)
                for m in self._pattern.finditer(text)]
