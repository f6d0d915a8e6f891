"""Spelling-insensitive keys: forms, OCR and keyboards drop diacritics (Yılmaz / Yilmaz)."""

from __future__ import annotations

import unicodedata

# Letters that NFKD does not decompose into base letter + mark.
_SPECIAL = str.maketrans({
    "ß": "ss", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ı": "i", "ø": "o", "Ø": "o",
    "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "ð": "d",
})


def fold(text: str) -> str:
    """Lower-case ASCII-ish key of a word: ``Wiśniewski`` -> ``wisniewski``."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
