"""What a written name looks like: capitalised words of any Latin script, hyphenated parts."""

from __future__ import annotations

import regex

# "Brückner-Weiß", "Yılmaz", "Nguyễn", "O'Neill", "ŁUKASZ" (forms in capitals).
NAME_TOKEN = r"\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:['’-]\p{Lu}?[\p{Ll}\p{Lu}\p{M}]+)*"
PARTICLE = r"(?:von|van|vom|de|der|den|zu|zum|al|el|bin|ibn|di|da|dos|du|la|le|ten|ter)"
NAME_TOKEN_RE = regex.compile(NAME_TOKEN)
