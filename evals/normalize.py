"""Value normalisation and string similarity used by the scorer.

Comparison is directed by the expected value's type, because the ground truth is the one side
whose format the spec fixes (application-types.md), while a prediction may spell the same value
differently (``03.07.1988`` for ``1988-07-03``, ``2`` for ``"2"``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime

from domain.fields import FieldData

ANLS_THRESHOLD = 0.5

_WHITESPACE = re.compile(r"\s+")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_GERMAN_DATE = re.compile(r"^(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{4})$")
_TRUE = frozenset({"true", "ja", "yes", "1", "x", "wahr"})
_FALSE = frozenset({"false", "nein", "no", "0", "", "falsch"})


def normalize_spacing(text: str) -> str:
    """Unicode NFC, runs of whitespace collapsed to one space, trimmed."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def normalize_text(text: str) -> str:
    """:func:`normalize_spacing` plus case folding (so ``ß`` equals ``SS``)."""
    return normalize_spacing(text).casefold()


def parse_date(value: object) -> date | None:
    """A date from ISO (``1988-07-03``, with or without time) or German (``3.7.1988``) text."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    text = normalize_spacing(value)
    iso = _ISO_DATE.match(text)
    if iso:
        year, month, day = iso.groups()
    else:
        german = _GERMAN_DATE.match(text)
        if not german:
            return None
        day, month, year = german.groups()
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def is_absent(value: FieldData) -> bool:
    """Null, empty or blank text and empty lists all mean "not found"."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list):
        return all(is_absent(v) for v in value)
    return False


def canonical(value: FieldData) -> str:
    """One comparable text per scalar: ISO for dates, folded text, plain numbers."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"{value:.12g}"
    if isinstance(value, list):
        return ", ".join(canonical(v) for v in value)
    parsed = parse_date(value)
    return parsed.isoformat() if parsed else normalize_text(value)


def _as_bool(value: FieldData) -> bool | None:
    if isinstance(value, bool):
        return value
    text = canonical(value)
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    return None


def _as_set(value: FieldData) -> frozenset[str]:
    items: Sequence[FieldData] = value if isinstance(value, list) else [value]
    return frozenset(canonical(v) for v in items if not is_absent(v))


def values_match(expected: FieldData, predicted: FieldData) -> bool:
    """Exact match after normalisation; an expected null is matched only by an absent value."""
    if is_absent(expected):
        return is_absent(predicted)
    if is_absent(predicted):
        return False
    if isinstance(expected, list):
        return _as_set(expected) == _as_set(predicted)
    if isinstance(expected, bool):
        return _as_bool(predicted) is expected
    return canonical(expected) == canonical(predicted)


def levenshtein(a: str, b: str) -> int:
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def anls(expected: str, predicted: FieldData) -> float:
    """Average Normalised Levenshtein Similarity of one answer (threshold 0.5), on canonical text.

    A normalised distance at or above the threshold scores 0, as in the ANLS definition (Biten et
    al., 2019), so a wholly wrong answer earns nothing for sharing a few letters.
    """
    truth, answer = canonical(expected), canonical(predicted)
    longest = max(len(truth), len(answer))
    if longest == 0:
        return 1.0
    distance = levenshtein(truth, answer) / longest
    return 1.0 - distance if distance < ANLS_THRESHOLD else 0.0
