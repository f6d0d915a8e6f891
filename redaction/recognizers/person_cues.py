"""Person names after cue words: ``Frau Yılmaz``, ``Familienname: Brückner-Weiß``,
``Name, Vorname: Brückner-Weiß, Katharina Sophie``, ``i. A. Sabine Lorenz``."""

from __future__ import annotations

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.entities import LANGUAGE, PERSON
from redaction.names import lexicon
from redaction.recognizers.name_tokens import NAME_TOKEN, NAME_TOKEN_RE, PARTICLE

_CUES = (
    r"Herrn?|Frau|Hr\.|Fr\.|Name|Nachname|Familienname|Vorname(?:n|\(n\))?|Rufname|"
    r"Geburtsname|Passname|Antragsteller(?:in)?|Vermieter(?:in)?|Fahrzeughalter(?:in)?|"
    r"Halter(?:in)?|Wohnungsgeber(?:in)?|Eigentümer(?:in)?|Ehefrau|Ehemann|Ehegatt(?:e|in)|"
    r"Lebenspartner(?:in)?|Sohn|Tochter|Kind|Mutter|Vater|Mieter(?:in)?|Inhaber(?:in)?|"
    r"Kontoinhaber(?:in)?|Sachbearbeiter(?:in)?|Ansprechpartner(?:in)?|Absender|Empfänger|"
    r"Bevollmächtigte[r]?|Vertreter(?:in)?|Dr\.|Prof\.|geb\.|geborene?|verw\.|gez\.|"
    r"i\.\s?A\.|i\.\s?V\.|z\.\s?Hd\.?|Mein Name ist|Ich heiße|ich heiße|heiße|Grüßen|Grüße|"
    r"Gruß|Unterschrift"
)
_NAME_RUN = rf"{NAME_TOKEN}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{NAME_TOKEN}){{0,3}}"
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}])(?:{_CUES})(?![\p{{L}}])[ \t]*[:,]?[ \t]*(?:\r?\n[ \t]*)?"
    rf"(?:(?:Dr\.|Prof\.|Dipl\.-\p{{L}}+\.)[ \t]*)*"
    rf"(?P<name>{_NAME_RUN}(?:,[ \t]*{_NAME_RUN})?)"
)
SCORE = 0.85


def _trim_at_form_word(name: str) -> int:
    """Length of the name up to the first label word (``Name, Vorname`` is a label)."""
    words = lexicon()
    end = 0
    for token in NAME_TOKEN_RE.finditer(name):
        if words.is_form_word(token.group()):
            break
        end = token.end()
    return end


class PersonCueRecognizer(EntityRecognizer):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__(supported_entities=[PERSON], supported_language=LANGUAGE,
                         name="PersonCueRecognizer", context=[])

    def load(self) -> None:
        lexicon()

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for match in _PATTERN.finditer(text, overlapped=True):
            start = match.start("name")
            length = _trim_at_form_word(match.group("name"))
            if length >= 2:
                results.append(RecognizerResult(PERSON, start, start + length, SCORE))
        return results
