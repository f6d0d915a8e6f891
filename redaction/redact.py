"""``redact_text``: German personal data in a text replaced by ``<TYPE>`` placeholders."""

from __future__ import annotations

from collections.abc import Iterable

from presidio_analyzer import EntityRecognizer
from pydantic import BaseModel, Field

from redaction.analyzer import get_analyzer
from redaction.entities import LANGUAGE
from redaction.ordinary_words import without_ordinary_words
from redaction.recognizers.deny_list import DenyListRecognizer
from redaction.spans import RedactedSpan, replace_spans, resolve_spans


class RedactionResult(BaseModel):
    text: str
    entities: list[RedactedSpan] = Field(default_factory=list)


def find_spans(text: str, deny_list: Iterable[str] = (), *,
               language: str = LANGUAGE) -> list[RedactedSpan]:
    if not isinstance(text, str):
        raise TypeError("Text zum Schwärzen muss eine Zeichenkette sein")
    if not text.strip():
        return []
    ad_hoc: list[EntityRecognizer] = [DenyListRecognizer(deny_list)]
    results = get_analyzer().analyze(text=text, language=language,
                                     ad_hoc_recognizers=ad_hoc)
    return resolve_spans(results)


def redact_text(text: str, deny_list: Iterable[str] = (), *,
                language: str = LANGUAGE) -> RedactionResult:
    """Redact ``text``; ``deny_list`` holds the case's own values (see ``deny_list_from_values``),
    which are removed wherever they occur."""
    return _replaced(text, find_spans(text, deny_list, language=language))


def redact_log_text(text: str) -> str:
    """``redact_text`` for log lines and tracebacks, which are mostly English: a name-list or
    street-suffix guess that is only a function word ("The", "During") is kept as written."""
    return _replaced(text, without_ordinary_words(text, find_spans(text))).text


def _replaced(text: str, spans: list[RedactedSpan]) -> RedactionResult:
    redacted = replace_spans(text, spans, (f"<{s.type}>" for s in spans))
    return RedactionResult(text=redacted, entities=spans)
