"""``deny_list_from_values``: a case's extracted values as the strings to redact, including the
other ways the same value is written (dates, street + number, single name parts)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

from redaction.written_dates import written_forms

# Keys whose values are no personal data on their own: enums, counts, zone codes, nationality
# adjectives, flags, free place names (redacting "Bochum" everywhere would hide the authority).
_NOT_PERSONAL_KEYS = frozenset({
    "geschlecht", "wohnungsstatus", "staatsangehoerigkeiten", "verhaeltnis", "urkundenart",
    "anzahl", "parkzone", "halterverhaeltnis", "fahrzeugart", "art", "ist_eigentuemer", "ort",
    "geburtsort", "zusatz", "verwendungszweck", "application_type",
})
_NAME_KEYS = frozenset({"familienname", "vornamen", "geburtsname", "name", "halter_name"})
_PARTICLES = frozenset({"von", "van", "vom", "de", "der", "den", "zu", "zum", "al", "el", "bin",
                        "ibn", "di", "da", "dos", "du", "la", "le", "ten", "ter", "und", "gmbh",
                        "eg", "kg", "ag", "mbh", "co"})
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _leaf_key(key: str) -> str:
    return key.rsplit(".", 1)[-1]


def _name_parts(value: str) -> list[str]:
    parts = re.split(r"[\s,]+", value)
    hyphen_parts = [p for part in parts if "-" in part for p in part.split("-")]
    return [p for p in parts + hyphen_parts
            if len(p) >= 2 and p.lower() not in _PARTICLES and not p.isdigit()]


def _street_forms(street: str, number: str) -> list[str]:
    forms = [f"{street} {number}", f"{street}{number}"]
    short = re.sub(r"(?i)stra(ß|ss)e$", "str.", street)
    if short != street:
        forms += [f"{short} {number}", f"{short}{number}", short, street]
    return [*forms, street]


def _values_of(value: object) -> Iterable[str]:
    if isinstance(value, bool) or value is None or isinstance(value, int | float):
        return []
    if isinstance(value, list | tuple | set):
        return [str(v) for v in value if isinstance(v, str)]
    if isinstance(value, date):
        return [value.isoformat()]
    return [str(value)]


def deny_list_from_values(values: Mapping[str, object]) -> list[str]:
    """Flattened dot-path values (``familienname``, ``neue_wohnung.strasse``) -> deny list."""
    out: list[str] = []
    for key, value in values.items():
        leaf = _leaf_key(key)
        if leaf in _NOT_PERSONAL_KEYS or leaf == "hausnummer":
            continue
        for text in _values_of(value):
            text = " ".join(text.split())
            if not text:
                continue
            if _ISO_DATE.match(text):
                out += written_forms(text)
                continue
            if leaf == "strasse":
                prefix = key[: -len("strasse")]
                number = values.get(prefix + "hausnummer")
                out += _street_forms(text, str(number)) if number else [text]
                continue
            if leaf == "plz" and not re.fullmatch(r"\d{5}", text):
                continue
            out.append(text)
            if leaf in _NAME_KEYS or leaf.endswith("name"):
                out += _name_parts(text)
    return list(dict.fromkeys(v for v in out if len(v) >= 2))
