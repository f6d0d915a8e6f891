"""Addresses: real Bochum streets with Bochum postcodes, and real streets of neighbouring towns."""

from __future__ import annotations

import random
from dataclasses import dataclass

from evals.generator.catalog import ZONES


@dataclass(frozen=True)
class Address:
    strasse: str
    hausnummer: str
    plz: str
    ort: str
    ortsteil: str | None = None

    @property
    def street_line(self) -> str:
        return f"{self.strasse} {self.hausnummer}".strip()

    @property
    def town_line(self) -> str:
        return f"{self.plz} {self.ort}"


# (street, postcode, district)
BOCHUM_STREETS: tuple[tuple[str, str, str], ...] = (
    ("Kortumstraße", "44787", "Innenstadt"), ("Huestraße", "44787", "Innenstadt"),
    ("Brückstraße", "44787", "Innenstadt"), ("Viktoriastraße", "44787", "Innenstadt"),
    ("Alleestraße", "44793", "Innenstadt"), ("Dorstener Straße", "44809", "Hofstede"),
    ("Herner Straße", "44807", "Riemke"), ("Essener Straße", "44793", "Innenstadt"),
    ("Königsallee", "44789", "Wiemelhausen"), ("Wittener Straße", "44803", "Altenbochum"),
    ("Hattinger Straße", "44795", "Weitmar"), ("Oskar-Hoffmann-Straße", "44789", "Ehrenfeld"),
    ("Castroper Straße", "44791", "Grumme"), ("Universitätsstraße", "44799", "Querenburg"),
    ("Harpener Hellweg", "44805", "Harpen"),
    ("Hustadtring", "44801", "Querenburg"), ("Weitmarer Straße", "44795", "Weitmar"),
    ("Markstraße", "44799", "Wiemelhausen"), ("Hiltroper Straße", "44805", "Hiltrop"),
    ("Dahlhauser Straße", "44879", "Linden"), ("Lewackerstraße", "44879", "Linden"),
    ("Kemnader Straße", "44797", "Stiepel"), ("Unterstraße", "44892", "Langendreer"),
    ("Ümminger Straße", "44892", "Langendreer"), ("Werner Hellweg", "44894", "Werne"),
    ("Hochstraße", "44866", "Wattenscheid"), ("Westenfelder Straße", "44866", "Wattenscheid"),
    ("Höntroper Straße", "44869", "Höntrop"), ("Sevinghauser Straße", "44867", "Wattenscheid"),
    ("Castroper Hellweg", "44805", "Gerthe"),
)
ZONE_OF_STREET: dict[str, str] = {s: zone for zone, streets in ZONES.items() for s in streets}
ZONELESS_STREETS = tuple(s for s in BOCHUM_STREETS if s[0] not in ZONE_OF_STREET)
ZONED_STREETS = tuple(s for s in BOCHUM_STREETS if s[0] in ZONE_OF_STREET)

# Streets of other towns; none of them appears in the zone table.
OUTSIDE_STREETS: tuple[tuple[str, str, str], ...] = (
    ("Bahnhofstraße", "44623", "Herne"), ("Bochumer Straße", "44623", "Herne"),
    ("Holsterhauser Straße", "44625", "Herne"), ("Sodinger Straße", "44627", "Herne"),
    ("Flottmannstraße", "44625", "Herne"), ("Mont-Cenis-Straße", "44628", "Herne"),
    ("Rheinlanddamm", "44139", "Dortmund"), ("Hohe Straße", "44139", "Dortmund"),
    ("Westfalendamm", "44141", "Dortmund"), ("Rüttenscheider Straße", "45130", "Essen"),
    ("Kettwiger Straße", "45127", "Essen"), ("Bochumer Straße", "45879", "Gelsenkirchen"),
    ("Ruhrstraße", "58452", "Witten"), ("Heggerstraße", "45525", "Hattingen"),
    ("Kaiserwall", "45657", "Recklinghausen"),
)

FLAT_DETAILS = ("2. OG links", "EG rechts", "1. OG", "Hinterhaus, 1. OG", "3. OG Mitte",
                "App. 12", "DG")


def house_number(rng: random.Random) -> str:
    number = str(rng.randrange(1, 240))
    return number + rng.choice("abc") if rng.random() < 0.15 else number


def _address(rng: random.Random, row: tuple[str, str, str], bochum: bool) -> Address:
    street, plz, district = row
    return Address(street, house_number(rng), plz, "Bochum" if bochum else district,
                   district if bochum and rng.random() < 0.2 else None)


def bochum_address(rng: random.Random, streets: tuple[tuple[str, str, str], ...] = BOCHUM_STREETS
                   ) -> Address:
    return _address(rng, rng.choice(streets), bochum=True)


def outside_address(rng: random.Random) -> Address:
    return _address(rng, rng.choice(OUTSIDE_STREETS), bochum=False)


def zone_address(rng: random.Random, zone: str) -> Address:
    return bochum_address(rng, tuple(s for s in ZONED_STREETS if ZONE_OF_STREET[s[0]] == zone))


def without_number(address: Address) -> Address:
    """The address as written by someone who forgot the house number."""
    return Address(address.strasse, "", address.plz, address.ort, address.ortsteil)


def neighbour(address: Address, rng: random.Random) -> Address:
    """Another house in the same street (a landlord living next door)."""
    digits = "".join(ch for ch in address.hausnummer if ch.isdigit())
    other = str(int(digits) + rng.choice((2, 4, 6)))
    return Address(address.strasse, other, address.plz, address.ort)
