"""What a written name looks like: capitalised words of any Latin script, hyphenated parts."""

from __future__ import annotations

from typing import ClassVar

import regex

from redaction.entities import PERSON
from redaction.names import lexicon
from redaction.recognizers.base import GermanRecognizer

# "Brückner-Weiß", "Yılmaz", "Nguyễn", "O'Neill", "ŁUKASZ" (forms in capitals).
NAME_TOKEN = r"\p{Lu}[\p{Ll}\p{Lu}\p{M}ʼ]*(?:['’ʼ-]\p{Lu}?[\p{Ll}\p{Lu}\p{M}]+)*"
PARTICLE = r"(?:von|van|vom|de|der|den|zu|zum|al|el|bin|ibn|di|da|dos|du|la|le|ten|ter)"
NAME_TOKEN_RE = regex.compile(NAME_TOKEN)


class PersonRecognizer(GermanRecognizer):
    """Base of the name recognizers: they share the name lists, loaded once."""

    ENTITIES: ClassVar[tuple[str, ...]] = (PERSON,)

    def load(self) -> None:
        lexicon()
