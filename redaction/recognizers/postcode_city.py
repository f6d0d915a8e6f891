"""Postcode and town: ``44787 Bochum``, ``D-44866 Bochum, Wattenscheid``, ``45468 Mülheim an der
Ruhr``."""

from __future__ import annotations

import re
from typing import ClassVar

from redaction.entities import ADDRESS
from redaction.recognizers.base import RegexRecognizer, Verdict

_TOWN = r"[A-ZÄÖÜ][a-zäöüß]+(?:[- ][A-ZÄÖÜ][a-zäöüß]+)?"
_PATTERN = re.compile(
    rf"(?<![\w-])(?:D-?[ \t]?)?(?P<plz>\d{{5}})[ \t]+(?P<town>{_TOWN})"
    r"(?:[ \t]+(?:an der|am|im|in|ob der|vor der)[ \t]+[A-ZÄÖÜ][a-zäöüß]+"
    r"|[ \t]*\([^)\n]{1,20}\)|[ \t]+i\.[ \t]?W\.)?"
    # ", Wattenscheid" (district), but not ", Kortumstraße 45" (a street follows)
    rf"(?:,[ \t]*(?:OT[ \t]+)?[A-ZÄÖÜ][a-zäöüß]+(?![\w-])(?![ \t]*\d))?",
)
_NOT_TOWNS = frozenset({"Euro", "Stück", "Exemplare", "Einwohner", "Seiten", "Personen", "Mal",
                        "Kilometer", "Meter", "Jahre", "Tage", "Punkte", "Zeichen", "Bytes"})


class PostcodeCityRecognizer(RegexRecognizer):
    PATTERN: ClassVar[re.Pattern[str]] = _PATTERN
    ENTITIES: ClassVar[tuple[str, ...]] = (ADDRESS,)

    def judge(self, text: str, match: re.Match[str]) -> Verdict | None:
        if match.group("town").split()[0] in _NOT_TOWNS:
            return None
        return Verdict(ADDRESS, 0.85, match.start(), match.end())
