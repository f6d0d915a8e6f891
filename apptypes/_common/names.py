"""Comparing person names written in different orders and spellings."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from apptypes._common.text import fold_marks

# Hyphens separate too: OCR and typists write "Hans-Jürgen" as "Hans Jürgen".
_SEPARATORS = re.compile(r"[\s,;\-‐–]+")


def name_tokens(name: str, *, spell_out_umlauts: bool = True) -> Counter[str]:
    """Case-, order- and diacritic-insensitive tokens: ``"MÜLLER, Hans"`` == ``"Hans Mueller"``."""
    folded = fold_marks(name, spell_out_umlauts=spell_out_umlauts)
    return Counter(t for t in _SEPARATORS.split(folded) if t)


def same_name(a: str, b: str) -> bool:
    """Same tokens, with umlauts either spelt out (``Mueller``) or dropped (``Muller``)."""
    return any(name_tokens(a, spell_out_umlauts=s) == name_tokens(b, spell_out_umlauts=s)
               for s in (True, False))


def among(name: str, names: Iterable[str]) -> bool:
    return any(same_name(name, other) for other in names)


def full_name(vornamen: str, familienname: str) -> str:
    return " ".join(part for part in (vornamen.strip(), familienname.strip()) if part)
