"""The shared Presidio analyzer with the German recognizers, loaded once per process."""

from __future__ import annotations

from functools import lru_cache

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

from redaction.entities import LANGUAGE
from redaction.nlp_engine import BlankSpacyNlpEngine
from redaction.offline import make_tldextract_offline
from redaction.recognizers import german_recognizers

SCORE_THRESHOLD = 0.4


@lru_cache(maxsize=1)
def get_analyzer() -> AnalyzerEngine:
    """Build the analyzer; nothing is downloaded (blank spaCy pipeline, bundled suffix list)."""
    make_tldextract_offline()
    nlp_engine = BlankSpacyNlpEngine(languages=(LANGUAGE,))
    nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for recognizer in german_recognizers():
        recognizer.load()
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine,
                          supported_languages=[LANGUAGE],
                          default_score_threshold=SCORE_THRESHOLD)
