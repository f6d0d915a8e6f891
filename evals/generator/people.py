"""Synthetic people from many origins, written as they would sign (original diacritics)."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Origin:
    key: str
    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[str, ...]
    birthplaces: tuple[tuple[str, str], ...]  # (town, country)
    nationality: str


def _t(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


ORIGINS: tuple[Origin, ...] = (
    Origin("de", _t("Katharina|Ursula|Lea Marie|Sabine|Anke|Jana|Hannelore|Greta"),
           _t("Jürgen|Matthias|Lukas Maximilian|Dieter|Björn|Jörg|Sören|Till"),
           _t("Müller-Lüdenscheidt|Weiß|Schäfer|Kötter|Brückner|Hoffmann|Großmann|Kühn|Becker"),
           (("Bochum", "Deutschland"), ("Gelsenkirchen", "Deutschland"), ("Köln", "Deutschland"),
            ("Münster", "Deutschland"), ("Recklinghausen", "Deutschland")), "deutsch"),
    Origin("tr", _t("Ayşe Gül|Zeynep|Elif|Şükran|İpek|Gülşen"),
           _t("Emre|Mustafa|Oğuz|Ismail|İbrahim|Çağrı"),
           _t("Yılmaz|Öztürk|Şahin|Kılıç|Doğan|Çelik|Aydın|Yıldırım"),
           (("Gaziantep", "Türkei"), ("İzmir", "Türkei"), ("Kayseri", "Türkei"),
            ("Bochum", "Deutschland")), "türkisch"),
    Origin("pl", _t("Agnieszka|Małgorzata|Anna Maria|Zofia|Joanna"),
           _t("Łukasz Paweł|Wojciech|Grzegorz|Michał|Krzysztof"),
           _t("Wiśniewski|Kowalski|Dąbrowski|Łukasiewicz|Wójcik|Zieliński|Kaczmarek"),
           (("Łódź", "Polen"), ("Kraków", "Polen"), ("Gdańsk", "Polen"),
            ("Wrocław", "Polen")), "polnisch"),
    Origin("vn", _t("Nguyễn Thị Thu Hằng|Thảo|Phương Anh|Ngọc Ánh"),
           _t("Trần Văn Đức|Minh Tuấn|Quốc Bảo|Hữu Nghĩa"),
           _t("Nguyễn|Trần|Phạm|Lê|Hoàng|Đặng"),
           (("Hà Nội", "Vietnam"), ("Huế", "Vietnam"), ("Đà Nẵng", "Vietnam")), "vietnamesisch"),
    Origin("ua", _t("Oleksandra|Sofiia|Kateryna|Iryna|Yuliia"),
           _t("Oleksandr|Mykhailo|Andrii|Serhii|Dmytro"),
           _t("Kovalenko|Shevchenko|Bondarenko|Tkachenko|Kravchuk|Melnyk"),
           (("Charkiw", "Ukraine"), ("Lwiw", "Ukraine"), ("Odesa", "Ukraine")), "ukrainisch"),
    Origin("ru", _t("Jekaterina|Swetlana|Natalja|Olga"),
           _t("Sergej|Dmitrij|Wladimir|Alexej"),
           _t("Iwanow|Smirnowa|Kusnezow|Popowa|Wolkow"),
           (("Nowosibirsk", "Russland"), ("Omsk", "Russland"), ("Samara", "Russland")),
           "russisch"),
    Origin("ar", _t("Fatima az-Zahra|Amira|Layla|Rana"),
           _t("Mohammed|Abdul-Rahman|Khalid|Yusuf"),
           _t("Al-Hassan|El-Sayed|Haddad|Abu Bakr|Al-Khalil|Nasser"),
           (("Damaskus", "Syrien"), ("Aleppo", "Syrien"), ("Bagdad", "Irak")), "syrisch"),
    Origin("gr", _t("Eleni|Dimitra|Konstantina|Sofía"),
           _t("Georgios|Dimitrios|Nikólaos|Konstantinos"),
           _t("Papadopoulos|Konstantinidou|Georgiou|Nikolaidis"),
           (("Thessaloniki", "Griechenland"), ("Athen", "Griechenland")), "griechisch"),
    Origin("it", _t("Giulia|Francesca|Chiara"),
           _t("Niccolò|Giuseppe|Luca"),
           _t("Esposito|Di Stefano|Mancuso|Lo Cascio"),
           (("Palermo", "Italien"), ("Bari", "Italien")), "italienisch"),
    Origin("es", _t("María José|Lucía|Begoña"),
           _t("José Ángel|Íñigo|Andrés"),
           _t("Muñoz|García Peña|Ibáñez|Fernández"),
           (("Málaga", "Spanien"), ("Córdoba", "Spanien")), "spanisch"),
    Origin("fr", _t("Hélène|Amélie|Céline"),
           _t("Frédéric|Jérôme|Benoît"),
           _t("Lefèvre|Dupré|Bécaud|Garnier"),
           (("Besançon", "Frankreich"), ("Nîmes", "Frankreich")), "französisch"),
)

# German origin is the most frequent in Bochum; every other origin still shows up often.
_WEIGHTS = (5, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1)

BIRTH_NAMES = _t("Schulte|Krämer|Öztürk|Nowak|Brandt|Papadaki|Jäger")


@dataclass(frozen=True)
class Person:
    familienname: str
    vornamen: str
    geburtsname: str | None
    geburtsdatum: date
    geburtsort: str
    geburtsland: str
    geschlecht: str  # spec enum
    staatsangehoerigkeiten: tuple[str, ...]

    @property
    def full_name(self) -> str:
        return f"{self.vornamen} {self.familienname}"


def draw_origin(rng: random.Random) -> Origin:
    return rng.choices(ORIGINS, weights=_WEIGHTS)[0]


def birth_date(rng: random.Random, on: date, min_age: int, max_age: int) -> date:
    """A birth date making the person between min_age and max_age (inclusive) years old."""
    latest = date(on.year - min_age, on.month, min(on.day, 28)) - timedelta(days=1)
    earliest = date(on.year - max_age - 1, on.month, min(on.day, 28)) + timedelta(days=1)
    return earliest + timedelta(days=rng.randrange((latest - earliest).days + 1))


def draw_person(rng: random.Random, on: date, min_age: int = 18, max_age: int = 80,
                origin: Origin | None = None) -> Person:
    origin = origin or draw_origin(rng)
    female = rng.random() < 0.55
    sex = "weiblich" if female else "maennlich"
    if rng.random() < 0.04:
        sex = rng.choice(("divers", "ohne_angabe"))
    town, country = rng.choice(origin.birthplaces)
    nationalities = [origin.nationality]
    if origin.key != "de" and rng.random() < 0.3:
        nationalities.append("deutsch")
    birth_name = rng.choice(BIRTH_NAMES) if female and rng.random() < 0.25 else None
    return Person(
        familienname=rng.choice(origin.family),
        vornamen=rng.choice(origin.female if female else origin.male),
        geburtsname=birth_name,
        geburtsdatum=birth_date(rng, on, min_age, max_age),
        geburtsort=town, geburtsland=country, geschlecht=sex,
        staatsangehoerigkeiten=tuple(nationalities),
    )


_ASCII = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ß": "ss", "đ": "d", "Đ": "D"})


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_ASCII))
    return "".join(ch for ch in decomposed if ord(ch) < 128)


def _mail_address(rng: random.Random, first: str, last: str) -> str:
    local = ascii_fold(f"{first}.{last}").lower().replace(" ", "").replace("'", "")
    return f"{local}{rng.choice(('', '86', '.bo', '1'))}@{rng.choice(_MAIL_DOMAINS)}"


def email_for(rng: random.Random, person: Person) -> str:
    return _mail_address(rng, person.vornamen.split()[0], person.familienname)


_MAIL_DOMAINS = ("posteo.de", "web.de", "gmx.net", "mailbox.org", "t-online.de")


def phone(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"0234 {rng.randrange(100000, 9999999)}"
    return f"+49 17{rng.randrange(10)} {rng.randrange(1000000, 99999999)}"


def iban(rng: random.Random) -> str:
    """A German IBAN with a valid check number, grouped in fours as printed on forms."""
    bban = "43050001" + "".join(str(rng.randrange(10)) for _ in range(10))
    check = 98 - int(bban + "131400") % 97  # "DE" -> 13 14, then "00"
    raw = f"DE{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def email_for_name(rng: random.Random, full_name: str) -> str:
    """An address for a sender of whom only the signed name is known."""
    parts = full_name.split()
    return _mail_address(rng, parts[0], parts[-1])
