"""Ordinary English and German function words, which the name and street lists also hold.

``The`` is a listed family name and ``During`` ends in the street suffix ``-ring``; in running
German text such a word alone is rare, but every Python traceback says "The above exception …"
and "During handling …". A log line flagged only for such words is left as it is; a cue
("Frau Ob", "Name: Man") or a second name still redacts it (their scores are higher).
"""

from __future__ import annotations

from functools import lru_cache

import regex
from spacy.lang.de.stop_words import STOP_WORDS as GERMAN
from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH

from redaction.spans import RedactedSpan

# Below the score of a cue (0.85) or a given+family pair (0.8): list and suffix guesses only.
GUESS_SCORE_BELOW = 0.8
_WORD = regex.compile(r"\p{L}+")


@lru_cache(maxsize=1)
def _ordinary() -> frozenset[str]:
    return frozenset(w.casefold() for w in ENGLISH | GERMAN)


def is_ordinary_text(text: str) -> bool:
    """Only function words (and punctuation): nothing that names a person or a place."""
    words = _WORD.findall(text)
    return bool(words) and all(w.casefold() in _ordinary() for w in words)


def without_ordinary_words(text: str, spans: list[RedactedSpan]) -> list[RedactedSpan]:
    """The spans to redact in a log line: guesses that are only function words are dropped."""
    return [s for s in spans
            if s.score >= GUESS_SCORE_BELOW or not is_ordinary_text(text[s.start:s.end])]
