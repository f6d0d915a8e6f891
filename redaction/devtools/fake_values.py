"""Synthetic personal values for the measurement sets (Faker plus German formats by hand)."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from faker import Faker

from redaction.devtools.partition import is_held_out
from redaction.devtools.transliterate import russian, ukrainian
from redaction.written_dates import MONTH_NAMES

ORIGINS: dict[str, Callable[[str], str] | None] = {
    "de_DE": None, "tr_TR": None, "pl_PL": None, "uk_UA": ukrainian, "ru_RU": russian,
    "it_IT": None, "vi_VN": None, "fr_DZ": None, "hr_HR": None, "ro_RO": None, "el_GR": None,
    "es_ES": None, "en_US": None, "sq": None,
}
ORIGIN_WEIGHTS = {"de_DE": 8, "tr_TR": 3, "pl_PL": 2, "uk_UA": 2, "ru_RU": 1, "it_IT": 1,
                  "vi_VN": 1, "fr_DZ": 1, "hr_HR": 1, "ro_RO": 1}
_SERIAL_ALPHABET = "CFGHJKLMNPRTVWXYZ0123456789"
PLATE_DISTRICTS = ("BO", "WAT", "DO", "E", "GE", "HER", "EN", "RE", "D", "K", "MH", "OB", "BOT",
                   "HAM", "UN", "W", "HA", "MK", "GLA", "HAT")
BOCHUM_STREETS = ("Kortumstraße", "Huestraße", "Brückstraße", "Viktoriastraße", "Alleestraße",
                  "Dorstener Straße", "Herner Straße", "Essener Straße", "Königsallee",
                  "Wittener Straße", "Hattinger Straße", "Oskar-Hoffmann-Straße",
                  "Castroper Straße", "Universitätsstraße", "Harpener Hellweg")
STREET_NOUNS = ("Gottesacker", "Kirchberg", "Lindenhof", "Steinkamp", "Mühlenbach", "Vogelsang",
                "Sonnenhang", "Grünen Weg", "Hohen Rain", "Alten Markt", "Rosenbusch")
ADJECTIVE_PLACES = ("Querenburger", "Weitmarer", "Stiepeler", "Gerther", "Riemker", "Lindener",
                    "Dahlhauser", "Laerer", "Hordeler", "Wiemelhauser")
PLACE_NOUNS = ("Höhe", "Straße", "Weg", "Feld", "Heide", "Berg", "Allee", "Ring", "Markt")


class FakeValues:
    def __init__(self, seed: int, held_out_share: float) -> None:
        self.rng = random.Random(seed)
        self.held_out_share = held_out_share
        self.fakers = {loc: Faker(loc if loc != "sq" else "de_DE") for loc in ORIGINS}
        for i, f in enumerate(self.fakers.values()):
            f.seed_instance(seed * 100 + i)
        self.de = self.fakers["de_DE"]

    def _origin(self) -> str:
        origins = list(ORIGIN_WEIGHTS)
        return self.rng.choices(origins, [ORIGIN_WEIGHTS[o] for o in origins])[0]

    def _name(self, kind: str) -> str:
        want_held_out = self.rng.random() < self.held_out_share
        for _ in range(200):
            origin = self._origin()
            faker = self.fakers[origin]
            raw = faker.first_name() if kind == "given" else faker.last_name()
            to_latin = ORIGINS[origin]
            name = to_latin(raw) if to_latin else raw
            if " " in name or not name[:1].isupper():
                continue
            if is_held_out(name) == want_held_out:
                return name
        return name

    def given(self) -> str:
        if self.rng.random() < 0.2:
            return f"{self._name('given')} {self._name('given')}"
        return self._name("given")

    def family(self) -> str:
        if self.rng.random() < 0.1:
            return f"{self._name('family')}-{self._name('family')}"
        return self._name("family")

    def person(self) -> str:
        return f"{self.given()} {self.family()}"

    def house_number(self) -> str:
        number = str(self.rng.randint(1, 320))
        return number + (self.rng.choice("abc") if self.rng.random() < 0.15 else "")

    def street(self) -> str:
        roll = self.rng.random()
        if roll < 0.35:
            name = self.de.street_name()
        elif roll < 0.6:
            name = self.rng.choice(BOCHUM_STREETS)
        elif roll < 0.75:
            name = f"{self.rng.choice(('Am', 'An der', 'Im', 'Auf dem', 'Zum'))} " \
                   f"{self.rng.choice(STREET_NOUNS)}"
        else:
            name = f"{self.rng.choice(ADJECTIVE_PLACES)} {self.rng.choice(PLACE_NOUNS)}"
        if self.rng.random() < 0.15:
            name = name.replace("straße", "str.").replace("Straße", "Str.")
        return f"{name} {self.house_number()}"

    def postcode_city(self) -> str:
        if self.rng.random() < 0.4:
            return f"{self.rng.choice(('44787', '44791', '44799', '44801', '44866', '44892'))} " \
                   f"{self.rng.choice(('Bochum', 'Bochum', 'Bochum, Wattenscheid'))}"
        return f"{self.de.postcode()} {self.de.city()}"

    def birth_date(self) -> date:
        return date(1940, 1, 1) + timedelta(days=self.rng.randint(0, 365 * 80))

    def recent_date(self) -> date:
        return date(2024, 1, 1) + timedelta(days=self.rng.randint(0, 900))

    def written_date(self, d: date) -> str:
        style = self.rng.randint(0, 5)
        month = MONTH_NAMES[d.month - 1]
        return (f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}.{d.month}.{d.year}",
                f"{d.day}.{d.month}.{d.year % 100:02d}", d.isoformat(),
                f"{d.day}. {month} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}")[style]

    def phone(self) -> str:
        area = self.rng.choice(("0234", "0201", "0231", "02327", "0209", "030", "0170", "0151",
                                "0176", "0162"))
        number = str(self.rng.randint(100000, 99999999))
        style = self.rng.randint(0, 5)
        return (f"{area} {number}", f"{area}/{number}", f"({area}) {number[:3]} {number[3:]}",
                f"+49 {area[1:]} {number}", f"+49 (0){area[1:]} {number}",
                f"{area}-{number}")[style]

    def email(self, person: str | None = None) -> str:
        if person and self.rng.random() < 0.6:
            local = ".".join(person.lower().split()[:2])
            local = local.translate(str.maketrans("äöüßışğç", "aousisgc"))
            return f"{local}@{self.rng.choice(('web.de', 'gmx.de', 'gmail.com', 't-online.de'))}"
        return str(self.de.email())

    def iban(self) -> str:
        raw = str(self.de.iban())
        if self.rng.random() < 0.6:
            return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
        return raw

    def plate(self) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
                          for _ in range(self.rng.randint(1, 2)))
        number = self.rng.randint(1, 9999)
        return f"{self.rng.choice(PLATE_DISTRICTS)}-{letters} {number}"

    def _serial(self, first: str) -> str:
        rest = "".join(self.rng.choice(_SERIAL_ALPHABET) for _ in range(8))
        while sum(c.isdigit() for c in first + rest) < 2:
            rest = "".join(self.rng.choice(_SERIAL_ALPHABET) for _ in range(8))
        return first + rest

    def id_card(self) -> str:
        return self._serial(self.rng.choice("LMNPRTVWXY"))

    def passport(self) -> str:
        roll = self.rng.random()
        if roll < 0.5:
            return self._serial(self.rng.choice("CFGHJK"))
        letters = "".join(self.rng.choice("ABCEFKMNTUX") for _ in range(self.rng.randint(1, 2)))
        return letters + str(self.rng.randint(10**6, 10**8 - 1))

    def residence_permit(self) -> str:
        return self._serial(self.rng.choice("YZ"))

    def tax_id(self) -> str:
        from redaction.recognizers.tax_id import tax_id_is_valid
        while True:
            digits = [self.rng.randint(1, 9)] + [self.rng.randint(0, 9) for _ in range(9)]
            candidate = "".join(map(str, digits))
            for check in range(10):
                if tax_id_is_valid(candidate + str(check)):
                    full = candidate + str(check)
                    if self.rng.random() < 0.4:
                        return f"{full[:2]} {full[2:5]} {full[5:8]} {full[8:]}"
                    return full

    def register_number(self) -> str:
        letter, year = self.rng.choice("EGS"), self.rng.randint(1960, 2025)
        return f"{letter} {self.rng.randint(1, 2500)}/{year}"
