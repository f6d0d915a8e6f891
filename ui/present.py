"""Formatting for German screens: dates, durations, confidences and editable field values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from domain.fields import FieldData

LOCAL_TZ = ZoneInfo("Europe/Berlin")
HIGH_CONFIDENCE = 0.9
MEDIUM_CONFIDENCE = 0.7


class ValueFormatError(ValueError):
    """German message naming the expected format (never the value)."""


@dataclass(frozen=True)
class Confidence:
    percent: int
    level: str
    label: str


def confidence(value: float) -> Confidence:
    percent = round(value * 100)
    if value >= HIGH_CONFIDENCE:
        return Confidence(percent, "hoch", "hoch")
    if value >= MEDIUM_CONFIDENCE:
        return Confidence(percent, "mittel", "mittel")
    return Confidence(percent, "niedrig", "niedrig")


def local_datetime(moment: datetime | None) -> str:
    if moment is None:
        return "–"
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(LOCAL_TZ).strftime("%d.%m.%Y, %H:%M")


def local_date(day: date | datetime | None) -> str:
    if day is None:
        return "–"
    if isinstance(day, datetime):
        day = (day if day.tzinfo else day.replace(tzinfo=UTC)).astimezone(LOCAL_TZ).date()
    return day.strftime("%d.%m.%Y")


def duration(span: timedelta | float) -> str:
    """Human German duration, coarse on purpose: a queue needs days and hours, not seconds."""
    seconds = span.total_seconds() if isinstance(span, timedelta) else span
    minutes = int(max(seconds, 0) // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days} {'Tag' if days == 1 else 'Tage'} {hours} Std."
    if hours:
        return f"{hours} Std. {mins} Min."
    if minutes:
        return f"{mins} Min."
    return f"{int(max(seconds, 0))} Sek."


def display_value(value: FieldData) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, list):
        return ", ".join(value)
    return str(value)


def parse_value(text: str, like: FieldData) -> FieldData:
    """The clerk's input converted to the type of the value it replaces."""
    text = " ".join(text.split())
    if text == "":
        return None
    if isinstance(like, bool):
        lowered = text.lower()
        if lowered in ("ja", "true", "1"):
            return True
        if lowered in ("nein", "false", "0"):
            return False
        raise ValueFormatError("Bitte „ja“ oder „nein“ eingeben.")
    if isinstance(like, int):
        try:
            return int(text)
        except ValueError:
            raise ValueFormatError("Bitte eine ganze Zahl eingeben.") from None
    if isinstance(like, float):
        try:
            return float(text.replace(",", "."))
        except ValueError:
            raise ValueFormatError("Bitte eine Zahl eingeben.") from None
    if isinstance(like, list):
        return [part.strip() for part in text.split(",") if part.strip()]
    return text
