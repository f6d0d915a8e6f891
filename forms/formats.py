"""Composite boxes: one written line that holds several keys.

Official forms save space by asking for "Postleitzahl, Gemeinde" or "Tag, Ort, Land der Geburt"
in one box. A template names the box's format and the keys of its parts; the parts are cut from
the written line here, by the line's own punctuation and shape, never by position on the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Parts = list[str | None]
Splitter = Callable[[str], Parts]

_POSTCODE_TOWN = re.compile(r"^\s*(?:D-)?(\d{5})\b[\s,]*(.*)$")
# A house number: digits, maybe a letter or a range ("12a", "3-5", "7 b"), at the end of the
# street part; what follows a comma is the extra (floor, side, flat number).
_STREET_NUMBER = re.compile(
    r"^(?P<street>.*?\D)\s*(?P<number>\d+(?:\s?[a-zA-Z])?(?:\s?[-/]\s?\d+[a-zA-Z]?)?)\s*$")


def _postcode_town(text: str) -> Parts:
    """"44892 Bochum, Langendreer" → postcode, town, district (after the comma, as the caption
    "Postleitzahl, Gemeinde, Ortsteil" asks); a line without a postcode is all town."""
    m = _POSTCODE_TOWN.match(text)
    place = (m[2] if m is not None else text).strip()
    town, _, district = place.partition(",")
    return [m[1] if m is not None else None, town.strip() or None, district.strip() or None]


def _street_number_extra(text: str) -> Parts:
    """"Kortumstraße 45, 2. OG links" → street, number, extra."""
    head, _, extra = text.partition(",")
    m = _STREET_NUMBER.match(head.strip())
    if m is None:
        return [head.strip() or None, None, extra.strip() or None]
    return [m["street"].strip(), m["number"].replace(" ", ""), extra.strip() or None]


def _comma_parts(count: int) -> Splitter:
    """"12.04.1987, Gelsenkirchen, Deutschland" → its comma-separated parts; a part that is
    missing is None, extra commas stay in the last part."""

    def split(text: str) -> Parts:
        items = [p.strip() for p in text.split(",", count - 1)]
        items += [""] * (count - len(items))
        return [p or None for p in items]

    return split


FORMATS: dict[str, tuple[Splitter, int, str]] = {
    "postcode_town": (_postcode_town, 3, "Postleitzahl, Gemeinde, Ortsteil"),
    "street_number_extra": (_street_number_extra, 3, "Straße, Hausnummer, Zusätze"),
    "date_place_country": (_comma_parts(3), 3, "Tag, Ort, Land (durch Kommas getrennt)"),
    "comma_pair": (_comma_parts(2), 2, "zwei Angaben, durch ein Komma getrennt"),
}
"""Format name → (splitter, number of parts, what the box holds)."""


def split(format_name: str, text: str) -> Parts:
    splitter, count, _ = FORMATS[format_name]
    parts = splitter(text)
    return (parts + [None] * count)[:count]
