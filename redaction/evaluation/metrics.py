"""Precision, recall and F2 of redaction on a labelled set.

A labelled entity counts as found only when every non-blank character of it is hidden (a half
redacted name still leaks); a redacted span is correct when it touches a labelled entity.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from redaction.redact import find_spans
from redaction.spans import RedactedSpan

PAGE_CHARS = 2500


class LabelledEntity(BaseModel):
    type: str
    start: int
    end: int


class LabelledDoc(BaseModel):
    text: str
    entities: list[LabelledEntity]


def load_set(path: Path) -> list[LabelledDoc]:
    with path.open(encoding="utf-8") as lines:
        return [LabelledDoc.model_validate(json.loads(line)) for line in lines if line.strip()]


@dataclass
class Scores:
    gold: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    correct: Counter[str] = field(default_factory=Counter)
    chars: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    def recall(self, kind: str | None = None) -> float:
        gold = self.gold[kind] if kind else sum(self.gold.values())
        found = self.found[kind] if kind else sum(self.found.values())
        return found / gold if gold else 1.0

    def precision(self, kind: str | None = None) -> float:
        predicted = self.predicted[kind] if kind else sum(self.predicted.values())
        correct = self.correct[kind] if kind else sum(self.correct.values())
        return correct / predicted if predicted else 1.0

    def f2(self, kind: str | None = None) -> float:
        p, r = self.precision(kind), self.recall(kind)
        return 5 * p * r / (4 * p + r) if p + r else 0.0

    def ms_per_page(self) -> float:
        return 1000 * self.seconds / max(self.chars / PAGE_CHARS, 1e-9)


def _hidden(text: str, entity: LabelledEntity, spans: list[RedactedSpan]) -> bool:
    covered = {i for s in spans for i in range(max(s.start, entity.start), min(s.end, entity.end))}
    return all(i in covered or text[i].isspace() for i in range(entity.start, entity.end))


def score_doc(doc: LabelledDoc, spans: list[RedactedSpan], scores: Scores) -> None:
    for entity in doc.entities:
        scores.gold[entity.type] += 1
        if _hidden(doc.text, entity, spans):
            scores.found[entity.type] += 1
        else:
            scores.misses.append(f"{entity.type}: {doc.text[entity.start:entity.end]!r}")
    for span in spans:
        scores.predicted[span.type] += 1
        if any(e.start < span.end and span.start < e.end for e in doc.entities):
            scores.correct[span.type] += 1
        else:
            scores.false_alarms.append(f"{span.type}: {doc.text[span.start:span.end]!r}")


def evaluate_set(docs: list[LabelledDoc]) -> Scores:
    scores = Scores()
    find_spans("Aufwärmen: Frau Muster, Kortumstraße 1, 44787 Bochum")  # analyzer loaded
    for doc in docs:
        started = time.perf_counter()
        spans = find_spans(doc.text)
        scores.seconds += time.perf_counter() - started
        scores.chars += len(doc.text)
        score_doc(doc, spans, scores)
    return scores
