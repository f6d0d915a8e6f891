"""Spelling-insensitive text folding for comparisons (never for stored values)."""

from __future__ import annotations

import unicodedata

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def fold(text: str) -> str:
    """NFC, case-folded, German umlauts spelt out: ``"Weiß"`` and ``"WEISS"`` fold alike."""
    return unicodedata.normalize("NFC", text).casefold().translate(_UMLAUTS)
