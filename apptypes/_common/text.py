"""Spelling-insensitive text folding for comparisons (never for stored values)."""

from __future__ import annotations

import unicodedata

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_PLAIN_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
# Letters that Unicode does not decompose into base letter + mark.
_UNMARKED = str.maketrans({"ı": "i", "ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe"})


def fold(text: str) -> str:
    """NFC, case-folded, German umlauts spelt out: ``"Weiß"`` and ``"WEISS"`` fold alike."""
    return _folded(text, _UMLAUTS)


def fold_marks(text: str, *, spell_out_umlauts: bool = True) -> str:
    """``fold`` without any diacritic, because forms, OCR and keyboards drop them:
    ``"Yılmaz"`` == ``"YILMAZ"``, ``"Wiśniewski"`` == ``"Wisniewski"``.

    German umlauts are spelt out (``"Müller"`` == ``"Mueller"``) or, with
    ``spell_out_umlauts=False``, reduced to the bare vowel (``"Müller"`` == ``"Muller"``).
    """
    folded = _folded(text, _UMLAUTS if spell_out_umlauts else _PLAIN_UMLAUTS)
    decomposed = unicodedata.normalize("NFKD", folded.translate(_UNMARKED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _folded(text: str, umlauts: dict[int, str]) -> str:
    return unicodedata.normalize("NFC", text).casefold().translate(umlauts)
