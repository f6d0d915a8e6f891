"""Facts about the city that the rules of several types share."""

from __future__ import annotations

import re

# Postcodes in use in Bochum (Deutsche Post); the spec's ranges 44787–44809 and 44866–44894
# contain gaps, and e.g. 44623 (Herne) must not pass.
BOCHUM_POSTCODES: frozenset[str] = frozenset(
    {
        "44787",
        "44789",
        "44791",
        "44793",
        "44795",
        "44797",
        "44799",
        "44801",
        "44803",
        "44805",
        "44807",
        "44809",
        "44866",
        "44867",
        "44869",
        "44879",
        "44892",
        "44894",
    }
)

BOCHUM_TOWN_NAMES: frozenset[str] = frozenset(
    {
        "bochum",
        "wattenscheid",
        "langendreer",
        "linden",
        "dahlhausen",
        "weitmar",
        "querenburg",
        "stiepel",
        "gerthe",
        "harpen",
        "hiltrop",
        "riemke",
        "hofstede",
        "grumme",
        "werne",
        "laer",
        "wiemelhausen",
        "altenbochum",
        "hamme",
        "hordel",
        "eppendorf",
        "höntrop",
        "sevinghausen",
        "günnigfeld",
        "leithe",
        "westenfeld",
        "bergen",
        "kornharpen",
    }
)


def is_bochum_postcode(plz: str | None) -> bool:
    return bool(plz) and re.sub(r"\s", "", str(plz)) in BOCHUM_POSTCODES


def is_bochum_town(ort: str | None) -> bool:
    if not ort:
        return False
    first = re.split(r"[,/(-]", str(ort).strip().lower())[0].strip()
    first = re.sub(r"^(stadt|bochum-)\s*", "", first)
    return first in BOCHUM_TOWN_NAMES or str(ort).strip().lower().startswith("bochum")


def is_in_bochum(plz: str | None, ort: str | None) -> bool:
    """An address is in Bochum when its postcode is a Bochum one and its town is Bochum (or a
    district); a missing town does not count against a Bochum postcode."""
    if not is_bochum_postcode(plz):
        return False
    return ort is None or ort == "" or is_bochum_town(ort)
