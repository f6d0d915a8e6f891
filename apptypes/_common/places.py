"""Address checks shared by the types: is an address in the city, which street is it."""

from __future__ import annotations

import re

from apptypes._common.text import fold
from apptypes.base import RuleContext
from domain.bochum import is_bochum_postcode, is_bochum_town


def outside_bochum(ctx: RuleContext, prefix: str) -> bool:
    """True when the address under ``prefix`` (``neue_wohnung``) is known to lie outside Bochum.

    A missing postcode or town does not count: the generic ``missing_field`` reason covers it.
    """
    plz, ort = ctx.text(f"{prefix}.plz"), ctx.text(f"{prefix}.ort")
    return bool(plz and not is_bochum_postcode(plz)) or bool(ort and not is_bochum_town(ort))


def street_key(street: str) -> str:
    """Spelling-insensitive street key: ``"Oskar-Hoffmann-Str."`` == ``"oskar hoffmann straße"``."""
    text = re.sub(r"str\.?$", "strasse", fold(street).strip())
    return re.sub(r"[^0-9a-z]", "", text)
