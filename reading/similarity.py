"""Character-level similarity of expected strings against a read text (for benchmarks only)."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def best_substring_distance(needle: str, haystack: str) -> int:
    """Edit distance of ``needle`` to its best-matching substring of ``haystack``."""
    if not needle:
        return 0
    prev = [0] * (len(haystack) + 1)  # a match may start anywhere: row 0 is all zeros
    for i, nc in enumerate(needle, 1):
        cur = [i] + [0] * len(haystack)
        for j, hc in enumerate(haystack, 1):
            cur[j] = min(prev[j - 1] + (nc != hc), prev[j] + 1, cur[j - 1] + 1)
        prev = cur
    return min(prev)


def found_similarity(expected: list[str], text: str) -> float:
    """Share of expected characters found in ``text`` (1 - edit distance / length, pooled)."""
    hay = normalise(text)
    total = errors = 0
    for s in expected:
        needle = normalise(s)
        if not needle:
            continue
        total += len(needle)
        errors += min(len(needle), best_substring_distance(needle, hay))
    return 1.0 - errors / total if total else 1.0
