"""Person names after cue words: ``Frau Yılmaz``, ``Familienname: Brückner-Weiß``,
``Name, Vorname: Brückner-Weiß, Katharina Sophie``, ``i. A. Sabine Lorenz``."""

from __future__ import annotations

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.entities import PERSON
from redaction.names import lexicon
from redaction.recognizers.name_tokens import NAME_TOKEN, NAME_TOKEN_RE, PARTICLE, PersonRecognizer

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
# Long cue words survive one OCR letter error ("Antnagsteller", "Fomilienname").
_FUZZY_CUES = (r"(?:Familienname|Nachname|Vornamen|Geburtsname|Antragsteller(?:in)?|"
               r"Wohnungsgeber(?:in)?|Eigentümer(?:in)?|Vermieter(?:in)?|Halter(?:in)?|"
               r"Inhaber(?:in)?|Ehefrau|Ehemann|geboren){s<=1}")
# "Name des Wohnungsgebers:", "Halter im Fahrzeugschein:", "Eingezogen ist:"
_LABEL_TAIL = r"(?:[ \t]+[\p{L}.()/-]+){0,3}?[ \t]*:"
_NAME_RUN = rf"{NAME_TOKEN}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{NAME_TOKEN}){{0,3}}"
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}])(?:{_CUES}|{_FUZZY_CUES}|Eingezogen|Person)(?![\p{{L}}])"
    rf"(?:{_LABEL_TAIL}|[ \t]*[:,]?)[ \t]*(?P<newline>\r?\n[ \t]*)?"
    rf"(?:(?:Dr\.|Prof\.|Dipl\.-\p{{L}}+\.)[ \t]*)*"
    rf"(?P<name>{_NAME_RUN}(?:,[ \t]*{_NAME_RUN})?)"
)
SCORE = 0.85
_LINE_END = regex.compile(r"[ \t]*(?:\r?\n|\Z)")


def _trim_at_form_word(name: str) -> int:
    """Length of the name up to the first label word (``Name, Vorname`` is a label)."""
    words = lexicon()
    end = 0
    for token in NAME_TOKEN_RE.finditer(name):
        if words.is_form_word(token.group()):
            break
        end = token.end()
    return end


class PersonCueRecognizer(PersonRecognizer):
    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for match in _PATTERN.finditer(text, overlapped=True):
            start = match.start("name")
            length = _trim_at_form_word(match.group("name"))
            # A value on the line below its label fills that line ("Familienname\nYılmaz").
            if match.group("newline") and not _LINE_END.match(text, start + length):
                continue
            if length >= 2:
                results.append(RecognizerResult(PERSON, start, start + length, SCORE))
        return results
