"""Reversible pseudonyms for text sent to an external model (``LLM_PRIVACY=pseudonymize``).

One instance per case: the same original always gets the same placeholder (``<PERSON_1>``), so
the model can still tell people and addresses apart, and its answer is mapped back with
``restore``. The mapping lives only in memory.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from redaction.redact import find_spans
from redaction.spans import replace_spans

# Models sometimes drop the angle brackets; both spellings are restored.
_PLACEHOLDER = re.compile(r"<?\b([A-Z][A-Z_]*_\d+)\b>?")


def _key(original: str) -> str:
    return " ".join(original.split()).casefold()


class Pseudonymizer:
    def __init__(self, deny_list: Iterable[str] = (), *, keep: Collection[str] = ()) -> None:
        """``keep``: entity types to leave in clear text (e.g. ``DATE`` when the model must
        compute with move-in dates)."""
        self._deny_list = list(deny_list)
        self._keep = frozenset(keep)
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
        spans = [s for s in find_spans(text, known) if s.type not in self._keep]
        placeholders = [self._placeholder(s.type, text[s.start:s.end]) for s in spans]
        return replace_spans(text, spans, placeholders)

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
