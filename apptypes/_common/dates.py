"""Reading dates from extracted values and date arithmetic for rules."""

from __future__ import annotations

import re
from datetime import date

from domain.fields import FieldData

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_GERMAN = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def parse_date(value: FieldData) -> date | None:
    """ISO ``JJJJ-MM-TT`` (the schema format) or German ``TT.MM.JJJJ``; anything else is None."""
    if not isinstance(value, str):
        return None
    raw = value.strip()
    iso = _ISO.match(raw)
    if iso:
        y, m, d = (int(g) for g in iso.groups())
    else:
        german = _GERMAN.match(raw)
        if not german:
            return None
        d, m, y = (int(g) for g in german.groups())
    try:
        return date(y, m, d)
    except ValueError:
        return None


def age_on(birth: date, day: date) -> int:
    """Completed years of life on ``day`` (the birthday itself counts)."""
    before_birthday = (day.month, day.day) < (birth.month, birth.day)
    return day.year - birth.year - int(before_birthday)


def german_date(value: FieldData) -> str:
    parsed = parse_date(value)
    return parsed.strftime("%d.%m.%Y") if parsed else ("" if value is None else str(value))
