"""The shared Presidio analyzer with the German recognizers, loaded once per process."""

from __future__ import annotations

from functools import lru_cache

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

from redaction.entities import LANGUAGE
from redaction.nlp_engine import BlankSpacyNlpEngine
from redaction.offline import make_tldextract_offline
from redaction.recognizers import german_recognizers
from redaction.recognizers.person_ner import PersonNerRecognizer, ner_model_present

SCORE_THRESHOLD = 0.4


@lru_cache(maxsize=1)
def get_analyzer() -> AnalyzerEngine:
    """Build the analyzer; nothing is downloaded (blank spaCy pipeline, bundled suffix list)."""
    make_tldextract_offline()
    nlp_engine = BlankSpacyNlpEngine(languages=(LANGUAGE,))
    nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    # The NER model ships in the repository; without it the list and cue recognizers still run.
    extra = [PersonNerRecognizer()] if ner_model_present() else []
    for recognizer in [*german_recognizers(), *extra]:
        recognizer.load()
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine,
                          supported_languages=[LANGUAGE],
                          default_score_threshold=SCORE_THRESHOLD)
