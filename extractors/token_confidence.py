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

# Quotes, blanks and separators say nothing about the value: the same JSON can be tokenised as
# ' "' or ' ' + '"', so such a token's probability is split among spellings of one text (the
# opening ' "' of a correct first name had 0.097). Only tokens with value characters count.
_JSON_PUNCTUATION = ' \t\n\r",:[]{}'


def _token_spans(tokens: Sequence[tuple[str, float]]) -> list[tuple[int, int, float, bool]]:
    spans, pos = [], 0
    for text, logprob in tokens:
        spans.append((pos, pos + len(text), logprob, bool(text.strip(_JSON_PUNCTUATION))))
        pos += len(text)
    return spans


def _value_span(content: str, key: str, value: Any, start: int) -> tuple[int, int] | None:
    leaf = key.rsplit(".", 1)[-1]
    # Lists may be written with or without blanks after commas, text with or without escapes.
    literals = dict.fromkeys(
        [
            json.dumps(value, ensure_ascii=False),
            json.dumps(value, ensure_ascii=False, separators=(",", ":")),
            json.dumps(value),
        ]
    )
    m = re.compile(re.escape(json.dumps(leaf)) + r"\s*:\s*").search(content, start)
    if not m:
        return None
    for literal in literals:
        if content.startswith(literal, m.end()):
            return m.end(), m.end() + len(literal)
    # Not exactly where expected: fall back to the first later occurrence.
    found = [(at, literal) for literal in literals if (at := content.find(literal, m.end())) >= 0]
    if not found:
        return None
    at, literal = min(found)
    return at, at + len(literal)


def value_confidences(
    content: str, tokens: Sequence[tuple[str, float]] | None, flat_values: Mapping[str, Any]
) -> dict[str, float]:
    if not tokens:
        return {}
    # llama-server strips a ```json fence from the content but not from the logprobs: locate the
    # content inside the generated text and shift the token spans accordingly.
    offset = "".join(t for t, _ in tokens).find(content)
    if offset < 0:
        return {}
    spans = [(s - offset, e - offset, lp, content_token)
             for s, e, lp, content_token in _token_spans(tokens)]
    out: dict[str, float] = {}
    for key, value in flat_values.items():
        where = _value_span(content, key, value, 0)
        if where is None:
            continue
        lo, hi = where
        logprobs = [lp for s, e, lp, content_token in spans if e > lo and s < hi and content_token]
        if logprobs:
            out[key] = math.exp(sum(logprobs) / len(logprobs))
    return out
