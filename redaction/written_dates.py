"""The ways a German writes one calendar date."""

from __future__ import annotations

from datetime import date

MONTH_NAMES = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
               "September", "Oktober", "November", "Dezember")


def written_forms(iso: str) -> list[str]:
    """``1988-07-03`` -> ``03.07.1988``, ``3.7.1988``, ``3. Juli 1988``, ``03.07.88``, …"""
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return [iso]
    month = MONTH_NAMES[d.month - 1]
    yy = f"{d.year % 100:02d}"
    return [
        iso, f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}.{d.month}.{d.year}",
        f"{d.day:02d}.{d.month:02d}.{yy}", f"{d.day}.{d.month}.{yy}",
        f"{d.day}. {month} {d.year}", f"{d.day:02d}. {month} {d.year}", f"{d.day} {month} {d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}",
    ]
