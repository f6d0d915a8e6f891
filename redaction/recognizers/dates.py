"""Dates in every written form: ``03.07.1988``, ``3.7.88``, ``1988-07-03``, ``3. Juli 1988``.

Next to a birth cue (``geb.``, ``geboren``, ``Geburtsdatum``) a date is a date of birth; any other
full date is still redacted as ``DATE`` (issue dates, marriage dates identify a person too).
"""

from __future__ import annotations

import re
from typing import ClassVar

from redaction.entities import DATE, DATE_OF_BIRTH
from redaction.recognizers.base import RegexRecognizer, Verdict, cue_before

MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3, "mär": 3,
    "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8,
    "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11,
    "nov": 11, "dezember": 12, "dez": 12,
}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_PATTERN = re.compile(
    r"(?<![\d.,/-])(?:"
    r"(?P<d>\d{1,2})[ \t]?[.,/-][ \t]?(?P<m>\d{1,2})[ \t]?[.,/-][ \t]?(?P<y>\d{4}|\d{2})"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    rf"|(?P<td>\d{{1,2}})\.?[ \t]*(?P<tm>{_MONTH_NAMES})\.?[ \t]+(?P<ty>\d{{4}})"
    r")(?![\d])",
    re.IGNORECASE,
)
_BIRTH_CUE = re.compile(
    r"geb\.|geboren|Geburtsdatum|Geburtstag|Geburt|Geb\.-?Datum|\*[ \t]*$|born", re.IGNORECASE)


def date_parts(match: re.Match[str]) -> tuple[int, int, int] | None:
    """(day, month, year) of a match, or None when it is no calendar date."""
    if match.group("d"):
        day, month, year = int(match.group("d")), int(match.group("m")), int(match.group("y"))
    elif match.group("iy"):
        day, month, year = int(match.group("id")), int(match.group("im")), int(match.group("iy"))
    else:
        day, month = int(match.group("td")), MONTHS[match.group("tm").lower()]
        year = int(match.group("ty"))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    if year >= 100 and not 1900 <= year <= 2099:
        return None
    return day, month, year


class DateRecognizer(RegexRecognizer):
    PATTERN: ClassVar[re.Pattern[str]] = _PATTERN
    ENTITIES: ClassVar[tuple[str, ...]] = (DATE_OF_BIRTH, DATE)

    def judge(self, text: str, match: re.Match[str]) -> Verdict | None:
        if date_parts(match) is None:
            return None
        if cue_before(text, match.start(), _BIRTH_CUE, 45):
            return Verdict(DATE_OF_BIRTH, 0.95, match.start(), match.end())
        return Verdict(DATE, 0.6, match.start(), match.end())
