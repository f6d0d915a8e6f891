"""A second OCR pass that catches dropped diacritics.

With German and Latin models together tesseract reads "Amelie" for "Amélie" or "Gülsen" for
"Gülşen" as surely (word confidence 0.96) as right words, and nothing later can tell. The Latin
model alone reads those marks but loses others ("Jorg" for "Jörg") and the German ß. So both
passes run; where their words differ only in diacritics the word keeps the reading with more
marks and records the other as ``alt``, which keeps values read from it away from
auto-approval. Other disagreements are left to the first pass: on the generated suites and the
real forms it was right on 8 such words whose truth was known, the Latin pass on 5 (codes like
"B1" for "Bl"), and the Latin pass breaks every ß ("StraßBe").
"""

from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher

from PIL import Image

from domain.documents import Word
from reading.ocr import OcrResult, run_tesseract

SECOND_LANGUAGES = "Latin"

# Letters with a mark that Unicode does not decompose into base letter + combining mark.
_UNMARKED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o",
                           "Ø": "O", "İ": "I"})
# The marks the German model knows; it reads others as these ("Fernändez").
_UMLAUTS = frozenset("äöüÄÖÜ")


def _decomposed(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def bare(text: str) -> str:
    """The word without its diacritics, case kept: ``Gülşen`` -> ``Gulsen``."""
    return "".join(ch for ch in _decomposed(text.translate(_UNMARKED))
                   if not unicodedata.combining(ch))


def marks(text: str) -> int:
    unmarked = sum(1 for ch in text if ord(ch) in _UNMARKED)
    return unmarked + sum(1 for ch in _decomposed(text) if unicodedata.combining(ch))


def differ_in_diacritics_only(first: str, second: str) -> bool:
    return (unicodedata.normalize("NFC", first) != unicodedata.normalize("NFC", second)
            and bare(first) == bare(second))


def read_twice(image: Image.Image) -> OcrResult:
    first = run_tesseract(image)
    if not first.words:
        return first
    return reconcile(first, run_tesseract(image, languages=SECOND_LANGUAGES))


def reconcile(first: OcrResult, second: OcrResult) -> OcrResult:
    """``first`` with each word whose ``second`` reading differs only in diacritics resolved
    (see ``_second_is_likelier``) and marked with the other reading."""
    words = list(first.words)
    matcher = SequenceMatcher(a=[w.text for w in first.words],
                              b=[w.text for w in second.words], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        # Only word-for-word replacements: where the passes split a line differently no word
        # of one is known to be a word of the other.
        if op != "replace" or i2 - i1 != j2 - j1:
            continue
        for index, other in zip(range(i1, i2), second.words[j1:j2], strict=True):
            words[index] = _resolved(words[index], other.text)
    return OcrResult(words, first.mean_conf)


def _resolved(word: Word, other: str) -> Word:
    if not differ_in_diacritics_only(word.text, other):
        return word
    if _second_is_likelier(word.text, other):
        return word.model_copy(update={"text": other, "alt": word.text})
    return word.model_copy(update={"alt": other})


def _second_is_likelier(first: str, second: str) -> bool:
    """More marks win: each model drops marks it does not know. On a tie a name keeps the
    marks German lacks, which the German model turns into umlauts ("Fernändez", "Wöjcik");
    lower-case words are mostly German ones ("für", not "fúr")."""
    if marks(second) != marks(first):
        return marks(second) > marks(first)
    return first[:1].isupper() and _foreign_marks(second) and not _foreign_marks(first)


def _foreign_marks(text: str) -> bool:
    return any(marks(ch) for ch in unicodedata.normalize("NFC", text) if ch not in _UMLAUTS)
