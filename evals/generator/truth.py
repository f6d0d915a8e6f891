"""Expected rule codes, route and recommendation, computed from the drawn values.

This is a second, deliberately small implementation of the spec's rules: it must not share
code with the project's rule engine, otherwise a wrong rule would be graded right."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from evals.generator.catalog import (
    BOCHUM_POSTCODES,
    FORBIDDEN_LETTERS,
    GEBURT,
    HOME_DISTRICTS,
    KENNZEICHEN,
    PARKEN,
    REJECT_RULES,
    TAKEN_PLATES,
    WOHNSITZ,
    ZONES,
    required_fields,
)
from evals.generator.model import JsonValue

_BOCHUM_TOWNS = frozenset({"bochum", "wattenscheid", "langendreer", "linden", "weitmar",
                           "querenburg", "stiepel", "gerthe", "harpen", "hiltrop", "riemke",
                           "hofstede", "werne", "höntrop", "wiemelhausen", "altenbochum"})


@dataclass(frozen=True)
class Facts:
    fields: Mapping[str, JsonValue]
    submitted_at: date
    side: Mapping[str, bool]

    def text(self, key: str) -> str:
        value = self.fields.get(key)
        return "" if value is None else str(value)

    def day(self, key: str) -> date | None:
        value = self.fields.get(key)
        return date.fromisoformat(value) if isinstance(value, str) else None


def in_bochum(facts: Facts, prefix: str) -> bool:
    town = facts.text(f"{prefix}.ort").strip().lower()
    return facts.text(f"{prefix}.plz") in BOCHUM_POSTCODES and (
        town.split("-")[0] in _BOCHUM_TOWNS)


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _wohnsitz(f: Facts) -> dict[str, bool]:
    moved = f.day("einzugsdatum")
    born = f.day("geburtsdatum")
    confirmed = f.day("wohnungsgeber.einzugsdatum")
    has_wgb = f.side.get("wgb_present", True)
    return {
        "W1_ausserhalb": not in_bochum(f, "neue_wohnung"),
        "W2_wgb_fehlt": not has_wgb,
        "W3_wgb_abweichung": has_wgb and (
            (confirmed is not None and moved is not None and confirmed != moved)
            or not f.side.get("wgb_address_matches", True)
            or not f.side.get("wgb_person_matches", True)),
        "W4_frist": moved is not None and (f.submitted_at - moved).days > 14,
        "W5_zukunft": moved is not None and moved > f.submitted_at,
        "W6_minderjaehrig": born is not None and _age(born, f.submitted_at) < 16,
    }


def _geburt(f: Facts) -> dict[str, bool]:
    place = f.text("person.geburtsort").strip().lower()
    count = f.fields.get("anzahl")
    return {
        "G1_nicht_bochum": bool(place) and place.split("-")[0] not in _BOCHUM_TOWNS,
        "G2_berechtigung": f.fields.get("verhaeltnis") in ("geschwister", "sonstiges"),
        "G3_anzahl": isinstance(count, int) and not 1 <= count <= 10,
    }


_PLATE = re.compile(r"^([A-ZÄÖÜ]{1,3})-([A-Z]+) ([0-9]+)$")


def plate_problems(plate: str) -> set[str]:
    match = _PLATE.match(plate)
    if not match:
        return {"K2_format"}
    district, letters, digits = match.groups()
    problems = set()
    if district not in HOME_DISTRICTS:
        problems.add("K1_bezirk")
    if not (1 <= len(letters) <= 2 and 1 <= len(digits) <= 4 and not digits.startswith("0")
            and len(district + letters + digits) <= 8):
        problems.add("K2_format")
    if letters in FORBIDDEN_LETTERS:
        problems.add("K3_unzulaessig")
    if plate in TAKEN_PLATES:
        problems.add("K5_vergeben")
    return problems


def _kennzeichen(f: Facts) -> dict[str, bool]:
    found = plate_problems(f.text("kennzeichen")) if f.text("kennzeichen") else set()
    codes = {code: code in found for code in ("K1_bezirk", "K2_format", "K3_unzulaessig",
                                              "K5_vergeben")}
    return {**codes, "K4_wohnsitz": not in_bochum(f, "halter.anschrift")}


def _folded(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _parken(f: Facts) -> dict[str, bool]:
    applicant = f"{f.text('antragsteller.vornamen')} {f.text('antragsteller.familienname')}"
    keeper = f.text("fahrzeugschein.halter_name")
    zone_streets = ZONES.get(f.text("parkzone"), ())
    return {
        "P1_ausserhalb": not in_bochum(f, "antragsteller.anschrift"),
        "P2_kennzeichen": f.text("kennzeichen") != f.text("fahrzeugschein.kennzeichen"),
        "P3_halter": _folded(keeper) != _folded(applicant)
                     and f.fields.get("halterverhaeltnis") != "firmenwagen",
        "P4_zone": f.text("antragsteller.anschrift.strasse") not in zone_streets,
    }


_CHECKS: dict[str, Callable[[Facts], dict[str, bool]]] = {
    WOHNSITZ: _wohnsitz, GEBURT: _geburt, KENNZEICHEN: _kennzeichen, PARKEN: _parken}

# Without a landlord confirmation its fields are missing by definition; W2 already says so.
_SUBSUMED_BY = {"W2_wgb_fehlt": ("wohnungsgeber.name", "wohnungsgeber.einzugsdatum")}


@dataclass(frozen=True)
class Verdict:
    rules: list[str]
    route: str
    recommendation: str


def expected_verdict(application_type: str, facts: Facts, suspicious: bool) -> Verdict:
    fired = [code for code, hit in _CHECKS[application_type](facts).items() if hit]
    subsumed = {key for code in fired for key in _SUBSUMED_BY.get(code, ())}
    missing = [f"missing_field:{key}" for key in required_fields(application_type)
               if facts.fields.get(key) is None and key not in subsumed]
    rules = fired + missing + (["suspicious_content"] if suspicious else [])
    return Verdict(
        rules=rules,
        route="clerk_review" if rules else "auto_approve",
        recommendation="reject" if REJECT_RULES.intersection(rules) else "approve",
    )
