"""The ways applicants write dates; the ground truth is always ISO."""

from __future__ import annotations

from datetime import date
from typing import Literal

DateStyle = Literal["dotted", "short", "long", "iso"]
DATE_STYLES: tuple[DateStyle, ...] = ("dotted", "short", "long", "iso")

MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")


def written(day: date, style: DateStyle) -> str:
    """03.07.1988, 3.7.1988, 3. Juli 1988 or 1988-07-03."""
    if style == "dotted":
        return day.strftime("%d.%m.%Y")
    if style == "short":
        return f"{day.day}.{day.month}.{day.year}"
    if style == "long":
        return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"
    return day.isoformat()
