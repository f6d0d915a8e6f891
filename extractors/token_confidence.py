"""Per-field confidence from the model's token log-probabilities.

The structured answer is JSON text; each leaf value occupies a character span of it. The
confidence of a value is the geometric mean of its tokens' probabilities (how sure the model was
about exactly these characters). Endpoints without logprobs yield no entry here.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any


def _token_spans(tokens: Sequence[tuple[str, float]]) -> list[tuple[int, int, float]]:
    spans, pos = [], 0
    for text, logprob in tokens:
        spans.append((pos, pos + len(text), logprob))
        pos += len(text)
    return spans


def _value_span(content: str, key: str, value: Any, start: int) -> tuple[int, int] | None:
    leaf = key.rsplit(".", 1)[-1]
    literal = json.dumps(value, ensure_ascii=False)
    m = re.compile(re.escape(json.dumps(leaf)) + r"\s*:\s*").search(content, start)
    if not m:
        return None
    at = content.find(literal, m.end())
    if at != m.end():
        # Not exactly where expected (escaping differences): fall back to the first occurrence.
        at = content.find(literal, m.end())
        if at < 0:
            return None
    return at, at + len(literal)


def value_confidences(
    content: str, tokens: Sequence[tuple[str, float]] | None, flat_values: Mapping[str, Any]
) -> dict[str, float]:
    if not tokens or "".join(t for t, _ in tokens) != content:
        return {}
    spans = _token_spans(tokens)
    out: dict[str, float] = {}
    for key, value in flat_values.items():
        where = _value_span(content, key, value, 0)
        if where is None:
            continue
        lo, hi = where
        logprobs = [lp for s, e, lp in spans if e > lo and s < hi]
        if logprobs:
            out[key] = math.exp(sum(logprobs) / len(logprobs))
    return out
