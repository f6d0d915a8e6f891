"""The shipped person NER finds names that are in no name list and were never trained on."""

from __future__ import annotations

import pytest

from redaction import get_analyzer, redact_text
from redaction.devtools.partition import is_held_out
from redaction.entities import PERSON
from redaction.names import lexicon
from redaction.recognizers import german_recognizers
from redaction.recognizers.person_ner import PersonNerRecognizer, ner_model_present

# Both words fall in the held-out partition: not in the shipped lists, not in the training data.
UNSEEN = "Zmaić Sapeta"
TEXTS = (f"Urkunde für: {UNSEEN}, geb. 01.06.1980",
         f"Von: {UNSEEN} <zs@web.de>\nBetreff: Ummeldung")


def test_model_ships_with_the_package() -> None:
    assert ner_model_present()


def test_name_is_unseen() -> None:
    words = lexicon()
    for part in UNSEEN.split():
        assert is_held_out(part)
        assert not (words.is_given(part) or words.is_family(part))


@pytest.mark.parametrize("text", TEXTS)
def test_ner_finds_unseen_name_the_lists_miss(text: str) -> None:
    artifacts = get_analyzer().nlp_engine.process_text(text, "de")
    assert not any(r.analyze(text, [PERSON], artifacts) for r in german_recognizers())
    found = [text[r.start:r.end] for r in PersonNerRecognizer().analyze(text, [PERSON])]
    assert found == [UNSEEN]
    assert UNSEEN not in redact_text(text).text
    assert "<PERSON>" in redact_text(text).text


def test_form_words_are_not_names() -> None:
    text = "Anschrift\nBitte bringen Sie Ihren Personalausweis mit."
    assert PersonNerRecognizer().analyze(text, [PERSON]) == []
