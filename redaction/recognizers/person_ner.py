"""Person names in running text from a small spaCy NER trained on generated German documents.

The list- and cue-based recognizers miss names that are in no list and follow no cue word; the
NER judges by word shape and context instead. Its score stays below the list matches' so that a
listed name wins the type, and above the analyzer's threshold so that its finds are redacted.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.language import Language
from spacy.tokens import Span

from redaction.entities import PERSON
from redaction.names import lexicon
from redaction.recognizers.name_tokens import PersonRecognizer

MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "ner-person"
NER_SCORE = 0.6


class PersonNerRecognizer(PersonRecognizer):
    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        self._model_dir = model_dir
        self._nlp: Language | None = None
        super().__init__()

    def load(self) -> None:
        if self._nlp is None:
            self._nlp = spacy.load(self._model_dir)

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if PERSON not in entities:
            return []
        self.load()
        assert self._nlp is not None
        results: list[RecognizerResult] = []
        for ent in self._nlp(text).ents:
            name = _without_form_words(ent) if ent.label_ == PERSON else None
            if name is not None:
                results.append(RecognizerResult(PERSON, name.start_char, name.end_char,
                                                 NER_SCORE))
        return results


def _without_form_words(ent: Span) -> Span | None:
    """Form words (``Ihr``, ``Anschrift``) are never a name, as in the list recognizer: they are
    cut from the edges of a find, and a find with one inside is dropped."""
    words = lexicon()
    start, end = ent.start, ent.end
    while start < end and words.is_form_word(ent.doc[start].text):
        start += 1
    while end > start and words.is_form_word(ent.doc[end - 1].text):
        end -= 1
    inner = ent.doc[start:end]
    if not len(inner) or any(words.is_form_word(t.text) for t in inner):
        return None
    return inner


def ner_model_present(model_dir: Path = MODEL_DIR) -> bool:
    return (model_dir / "meta.json").is_file()
