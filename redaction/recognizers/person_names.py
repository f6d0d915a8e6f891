"""Person names without a cue, from the shipped name lists of many origins.

A run of capitalised words is a name when it holds listed given and family names; a word that is
also an ordinary German word (``Winter``, ``Koch``) counts only next to another name. An unknown
word directly after a listed given name is taken as the family name (``Oleksandra Kovalenko``).
"""

from __future__ import annotations

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.entities import PERSON
from redaction.names import NameLexicon, lexicon
from redaction.recognizers.name_tokens import NAME_TOKEN, PARTICLE, PersonRecognizer

_RUN = regex.compile(rf"{NAME_TOKEN}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{NAME_TOKEN})*")
_TOKEN = regex.compile(NAME_TOKEN)
_AFTER_LABEL = regex.compile(r":[ \t]*\Z")
_LINE_START = regex.compile(r"(?:\A|\n)[ \t]*\Z")
_LINE_END = regex.compile(r"[ \t]*(?:\r?\n|\Z)")

PAIR_SCORE = 0.8
RUN_SCORE = 0.65
SINGLE_SCORE = 0.55


def _kind(word: str, words: NameLexicon) -> str:
    if words.is_form_word(word):
        return "stop"
    given, family = words.is_given(word), words.is_family(word)
    if not (given or family):
        return "unknown"
    kind = "given" if given else "family"
    return kind + ("?" if words.is_ambiguous(word) else "")


def _score(kinds: list[str], is_value: bool) -> float:
    """``is_value``: the run is the value of a ``Label:`` line or a line of its own (flattened
    forms), so listed words that are also German words count, and one listed word is enough."""
    if is_value and any(k.startswith(("given", "family")) for k in kinds):
        return PAIR_SCORE if len(kinds) > 1 else SINGLE_SCORE
    listed = [k for k in kinds if k != "unknown"]
    sure = [k for k in listed if not k.endswith("?")]
    has_given = any(k.startswith("given") for k in listed)
    has_family = any(k.startswith("family") for k in listed)
    if len(kinds) == 1:
        return SINGLE_SCORE if sure else 0.0
    if has_given and (has_family or "unknown" in kinds):
        return PAIR_SCORE if sure or not kinds.count("unknown") else RUN_SCORE
    return RUN_SCORE if sure else 0.0


def _segments(tokens: list[regex.Match[str]], kinds: list[str]) -> list[tuple[int, int]]:
    """Index ranges of name-like tokens; an unknown word survives only after a given name."""
    segments: list[tuple[int, int]] = []
    start: int | None = None
    for i, kind in enumerate(kinds):
        keep = kind not in ("stop", "unknown") or (
            kind == "unknown" and i > 0 and kinds[i - 1].startswith("given")
            and start is not None)
        if keep and start is None:
            start = i
        elif not keep and start is not None:
            segments.append((start, i))
            start = None
    if start is not None:
        segments.append((start, len(kinds)))
    return segments


class PersonNameListRecognizer(PersonRecognizer):
    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        words = lexicon()
        results: list[RecognizerResult] = []
        for run in _RUN.finditer(text):
            tokens = list(_TOKEN.finditer(text, run.start(), run.end()))
            kinds = [_kind(t.group(), words) for t in tokens]
            for first, last in _segments(tokens, kinds):
                begin, end = tokens[first].start(), tokens[last - 1].end()
                is_value = (_AFTER_LABEL.search(text, max(0, begin - 8), begin) is not None
                            or (_LINE_START.search(text, max(0, begin - 8), begin) is not None
                                and _LINE_END.match(text, end) is not None))
                score = _score(kinds[first:last], is_value)
                if score > 0:
                    results.append(RecognizerResult(
                        PERSON, tokens[first].start(), tokens[last - 1].end(), score))
        return results
