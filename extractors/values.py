"""Normalises extracted values to the spec's formats (ISO dates, trimmed strings, plates…)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Any

from domain.fields import FieldData
from extractors.field_kinds import FieldKind

MONTHS = {
    "januar": 1,
    "jan": 1,
    "jänner": 1,
    "februar": 2,
    "feb": 2,
    "märz": 3,
    "maerz": 3,
    "mär": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "dezember": 12,
    "dez": 12,
}
MONTH_NAMES = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]


def clean_text(value: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", value)).strip()


def _year(y: int) -> int:
    if y >= 100:
        return y
    return 2000 + y if y <= (date.today().year % 100) + 1 else 1900 + y


def parse_date(text: str) -> date | None:
    """ISO, 03.07.1988, 3.7.88, 3. Juli 1988, 03/07/1988."""
    t = clean_text(text).lower()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", t)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif m := re.fullmatch(r"(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{2,4})", t):
        d, mo, y = int(m[1]), int(m[2]), _year(int(m[3]))
    elif m := re.fullmatch(r"(\d{1,2})\.?\s*([a-zäöü]+)\.?\s+(\d{2,4})", t):
        month = MONTHS.get(m[2])
        if month is None:
            return None
        d, mo, y = int(m[1]), month, _year(int(m[3]))
    else:
        return None
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def german_date_forms(iso: str) -> list[str]:
    """How an ISO date may be written in a German document."""
    d = parse_date(iso)
    if d is None:
        return [iso]
    return [
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.day}.{d.month}.{d.year}",
        f"{d.day}. {MONTH_NAMES[d.month - 1]} {d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
        d.isoformat(),
    ]


def normalize_value(value: Any, kind: FieldKind) -> FieldData:
    if value is None:
        return None
    if kind.kind == "date":
        parsed = parse_date(str(value))
        return parsed.isoformat() if parsed else clean_text(str(value)) or None
    if kind.kind == "list":
        items = value if isinstance(value, list) else re.split(r"[,;/]", str(value))
        cleaned = [clean_text(str(i)) for i in items]
        return [i for i in cleaned if i] or None
    if kind.kind == "enum":
        text = clean_text(str(value)).lower()
        return text if text in kind.options else None
    if kind.kind in ("bool", "int"):
        return value  # type: ignore[no-any-return]
    text = clean_text(str(value))
    return text or None
