"""Address checks shared by the types: is an address in the city, which street is it."""

from __future__ import annotations

import re

from apptypes._common.text import fold_marks
from apptypes.base import RuleContext
from domain.bochum import is_bochum_postcode, is_bochum_town

# "Kortumstr. 45" read into the street field: the trailing number (with a letter) is the house.
_NUMBER_IN_STREET = re.compile(r"^(?P<street>.*[^\d\s])\s*(?P<number>\d+\s?[a-zA-Z]?)$")
# "178a", "178 A", "178a (EG rechts)": the number and a single suffix letter.
_HOUSE_NUMBER = re.compile(r"(\d+)\s*([a-z](?![a-z]))?")


def outside_bochum(ctx: RuleContext, prefix: str) -> bool:
    """True when the address under ``prefix`` (``neue_wohnung``) is known to lie outside Bochum.

    A missing postcode or town does not count: the generic ``missing_field`` reason covers it.
    """
    plz, ort = ctx.text(f"{prefix}.plz"), ctx.text(f"{prefix}.ort")
    return bool(plz and not is_bochum_postcode(plz)) or bool(ort and not is_bochum_town(ort))


def street_key(street: str) -> str:
    """Spelling-insensitive street key: ``"Oskar-Hoffmann-Str."`` == ``"oskar hoffmann straße"``."""
    text = re.sub(r"str\.?$", "strasse", fold_marks(street).strip())
    return re.sub(r"[^0-9a-z]", "", text)


def house_number_key(number: str) -> str:
    """``"178 A"`` == ``"178a"``; floor notes after the number are ignored (``"45, 2. OG"``)."""
    folded = fold_marks(number)
    found = _HOUSE_NUMBER.search(folded)
    if found is None:
        return re.sub(r"[^0-9a-z]", "", folded)
    return str(int(found.group(1))) + (found.group(2) or "")


def postcode_key(plz: str) -> str:
    return re.sub(r"\D", "", plz)


def split_street_line(street: str, number: str) -> tuple[str, str]:
    """Street and house number, taking the number out of the street when it was left there."""
    found = None if number.strip() else _NUMBER_IN_STREET.match(street.strip())
    return (found["street"], found["number"]) if found else (street, number)
