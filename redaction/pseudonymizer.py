"""Reversible pseudonyms for text sent to an external model (``LLM_PRIVACY=pseudonymize``).

One instance per case: the same original always gets the same placeholder (``<PERSON_1>``), so
the model can still tell people and addresses apart, and its answer is mapped back with
``restore``. The mapping lives only in memory.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from redaction.entities import ADDRESS, DENY_LIST, PERSON
from redaction.redact import find_spans
from redaction.spans import RedactedSpan, replace_spans

# Models sometimes drop the angle brackets; both spellings are restored.
_PLACEHOLDER = re.compile(r"<?\b([A-Z][A-Z_]*_\d+)\b>?")
# Parts of a name: words (a hyphenated name is one part).
_NAME_PART = re.compile(r"[^\s,;]+")
# Parts of an address: house numbers / postcodes apart from street and town names.
_ADDRESS_PART = re.compile(r"\d+(?:[ \t]?[A-Za-z](?![A-Za-z]))?|[^\d\s,;](?:[^\d,;\n]*[^\d\s,;])?")
_SPLIT = {PERSON: _NAME_PART, DENY_LIST: _NAME_PART, ADDRESS: _ADDRESS_PART}


def _key(original: str) -> str:
    return " ".join(original.split()).casefold()


def _parts(text: str, span: RedactedSpan) -> list[RedactedSpan]:
    """A span cut at the boundaries of the values a form asks for separately."""
    pattern = _SPLIT.get(span.type)
    if pattern is None:
        return [span]
    found = [
        RedactedSpan(type=span.type, start=span.start + m.start(), end=span.start + m.end(),
                     score=span.score)
        for m in pattern.finditer(text[span.start:span.end])
    ]
    return found or [span]


class Pseudonymizer:
    def __init__(self, deny_list: Iterable[str] = (), *, keep: Collection[str] = (),
                 parts: bool = False) -> None:
        """``keep``: entity types to leave in clear text (e.g. ``DATE`` when the model must
        compute with move-in dates). ``parts``: one placeholder per name word, street, house
        number, postcode and town instead of one per span, so that a model extracting
        ``familienname`` and ``vornamen`` (or ``strasse`` and ``hausnummer``) separately can
        answer each with its own placeholder and the restored values are exact."""
        self._deny_list = list(deny_list)
        self._keep = frozenset(keep)
        self._parts = parts
        self._by_original: dict[str, str] = {}
        self._by_placeholder: dict[str, str] = {}

    def _placeholder(self, entity: str, original: str) -> str:
        key = _key(original)
        if key not in self._by_original:
            name = f"{entity}_{len(self._by_original) + 1}"
            self._by_original[key] = name
            self._by_placeholder[name] = original
        return f"<{self._by_original[key]}>"

    def pseudonymize(self, text: str) -> str:
        # Originals seen earlier in this case are found again however they are written next time.
        known = [*self._deny_list, *self._by_placeholder.values()]
        spans = self._spans(text, known)
        if self._parts:
            # A name part found in one place ("Şahin Elif") is hidden where it stands alone too
            # ("Name: Şahin"), which the recognizers alone may miss. Numbers are not looked for
            # again: a house number "3" would swallow every other 3 in the text.
            learned = [text[s.start:s.end] for s in spans if s.type == PERSON]
            again = [w for w in learned if w.lower() not in map(str.lower, known)
                     and not any(c.isdigit() for c in w)]
            if again:
                spans = self._spans(text, [*known, *again])
        placeholders = [self._placeholder(s.type, text[s.start:s.end]) for s in spans]
        return replace_spans(text, spans, placeholders)

    def _spans(self, text: str, known: list[str]) -> list[RedactedSpan]:
        spans = [s for s in find_spans(text, known) if s.type not in self._keep]
        return [part for s in spans for part in _parts(text, s)] if self._parts else spans

    def _restore_text(self, text: str) -> str:
        def original(match: re.Match[str]) -> str:
            return self._by_placeholder.get(match.group(1), match.group(0))
        return _PLACEHOLDER.sub(original, text)

    def restore(self, obj: object) -> object:
        """Placeholders back to the originals in a string or nested dicts/lists."""
        if isinstance(obj, str):
            return self._restore_text(obj)
        if isinstance(obj, list | tuple):
            return [self.restore(item) for item in obj]
        if isinstance(obj, dict):
            return {key: self.restore(value) for key, value in obj.items()}
        return obj
