"""A Presidio NLP engine on a blank spaCy ``de`` pipeline: German tokens, no model to download.

The German recognizers here are pattern- and list-based, so the engine only needs tokens (for
Presidio's context enhancer); no statistical model is loaded.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import spacy
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine
from spacy.language import Language


class BlankSpacyNlpEngine(NlpEngine):
    """Tokenizes with ``spacy.blank(lang)``; lemmas are the lower-cased tokens."""

    engine_name = "blank_spacy"
    is_available = True

    def __init__(self, languages: Iterable[str] = ("de",)) -> None:
        self._languages = tuple(languages)
        self._nlp: dict[str, Language] = {}

    def load(self) -> None:
        self._nlp = {lang: spacy.blank(lang) for lang in self._languages}

    def is_loaded(self) -> bool:
        return bool(self._nlp)

    def _pipeline(self, language: str) -> Language:
        if not self._nlp:
            self.load()
        try:
            return self._nlp[language]
        except KeyError:
            raise ValueError(f"Sprache '{language}' wird nicht unterstützt") from None

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        doc = self._pipeline(language)(text)
        return NlpArtifacts(
            entities=[], tokens=doc, tokens_indices=[t.idx for t in doc],
            lemmas=[t.lower_ for t in doc], nlp_engine=self, language=language, scores=[])

    def process_batch(self, texts: Iterable[str], language: str, batch_size: int = 1,
                      n_process: int = 1, **kwargs: Any) -> Iterator[tuple[str, NlpArtifacts]]:
        for text in texts:
            yield text, self.process_text(text, language)

    def is_stopword(self, word: str, language: str) -> bool:
        return bool(self._pipeline(language).vocab[word].is_stop)

    def is_punct(self, word: str, language: str) -> bool:
        return bool(self._pipeline(language).vocab[word].is_punct)

    def get_supported_entities(self) -> list[str]:
        return []

    def get_supported_languages(self) -> list[str]:
        return list(self._languages)
