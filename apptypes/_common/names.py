"""Comparing person names written in different orders and spellings."""

from __future__ import annotations

import re
from collections import Counter

from apptypes._common.text import fold


def name_tokens(name: str) -> Counter[str]:
    """Case-, order- and umlaut-insensitive tokens: ``"MÜLLER, Hans"`` == ``"Hans Mueller"``."""
    return Counter(t for t in re.split(r"[\s,;]+", fold(name)) if t)


def same_name(a: str, b: str) -> bool:
    return name_tokens(a) == name_tokens(b)


def full_name(vornamen: str, familienname: str) -> str:
    return " ".join(part for part in (vornamen.strip(), familienname.strip()) if part)
