"""Values of a `wohnsitzanmeldung` case, drawn so that the scenario's rule (and only the rules
the values imply) fires."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta

from evals.generator import people, places
from evals.generator.context import DrawContext
from evals.generator.model import JsonValue
from evals.generator.people import Person
from evals.generator.places import Address

# Only fields that no other line of the documents repeats (the signature repeats the names).
MISSING_CANDIDATES = ("geburtsort", "staatsangehoerigkeiten", "wohnungsstatus")
LANDLORD_COMPANIES = ("Ruhrblick Wohnen GmbH", "Glückauf Wohnbau eG",
                      "Wohnungsgenossenschaft Bochum-Süd eG", "Kemnader Immobilien GmbH & Co. KG")
ID_ALPHABET = "CFGHJKLMNPRTVWXYZ0123456789"


@dataclass(frozen=True)
class Landlord:
    name: str
    contact: str | None  # person signing for a company
    address: Address
    is_owner: bool


@dataclass(frozen=True)
class WohnsitzValues:
    person: Person
    move_in: date
    flat: Address
    flat_detail: str | None
    status: str
    previous: Address | None
    previous_country: str
    id_kind: str | None
    id_serial: str | None
    landlord: Landlord
    confirmed_move_in: date
    confirmed_flat: Address
    confirmed_person: str
    has_confirmation: bool
    phone: str | None
    signed: date


def _id_document(rng: random.Random, person: Person) -> tuple[str | None, str | None]:
    if rng.random() < 0.2:
        return None, None
    if "deutsch" not in person.staatsangehoerigkeiten:
        return "reisepass", "".join(rng.choice("ABEFKX") for _ in range(2)) + str(
            rng.randrange(1000000, 9999999))
    kind = rng.choice(("personalausweis", "personalausweis", "reisepass"))
    first = rng.choice("CFGHJKLMNPRTVWXYZ") if kind == "personalausweis" else "C"
    return kind, first + "".join(rng.choice(ID_ALPHABET) for _ in range(8))


def _landlord(rng: random.Random, flat: Address) -> Landlord:
    if rng.random() < 0.4:
        contact = people.draw_person(rng, date(2026, 1, 1)).full_name
        office = places.bochum_address(rng)
        return Landlord(rng.choice(LANDLORD_COMPANIES), contact, office, True)
    owner = people.draw_person(rng, date(2026, 1, 1), 35, 85)
    return Landlord(owner.full_name, None, places.neighbour(flat, rng), rng.random() < 0.85)


def _move_in(rng: random.Random, ctx: DrawContext) -> date:
    if ctx.scenario == "W4_frist":
        return ctx.days_before(rng, 15, 60)
    if ctx.scenario == "W5_zukunft":
        return ctx.submitted_at + timedelta(days=rng.randint(1, 21))
    if ctx.scenario == "W3_wgb_abweichung":
        return ctx.days_before(rng, 4, 10)  # room for a differing date within the deadline
    return ctx.days_before(rng, 0, 14)


def draw(rng: random.Random, ctx: DrawContext) -> WohnsitzValues:
    minor = ctx.scenario == "W6_minderjaehrig"
    youngest = 16 if rng.random() < 0.1 else 18  # 16/17-year-olds register on their own
    person = people.draw_person(rng, ctx.submitted_at, 14 if minor else youngest,
                                15 if minor else 85)
    if minor:
        person = replace(person, geburtsname=None)
    move_in = _move_in(rng, ctx)
    flat = places.outside_address(rng) if ctx.scenario == "W1_ausserhalb" else (
        places.bochum_address(rng))
    previous = None if rng.random() < 0.15 else (
        places.outside_address(rng) if rng.random() < 0.6 else places.bochum_address(rng))
    id_kind, id_serial = _id_document(rng, person)
    values = WohnsitzValues(
        person=person, move_in=move_in, flat=flat,
        flat_detail=rng.choice(places.FLAT_DETAILS) if rng.random() < 0.6 else None,
        status=rng.choice(("alleinige",) * 7 + ("haupt",) * 2 + ("neben",)),
        previous=previous, previous_country=person.geburtsland if previous is None else "",
        id_kind=id_kind, id_serial=id_serial, landlord=_landlord(rng, flat),
        confirmed_move_in=move_in, confirmed_flat=flat, confirmed_person=person.full_name,
        has_confirmation=ctx.scenario != "W2_wgb_fehlt",
        phone=people.phone(rng) if rng.random() < 0.3 else None,
        signed=max(ctx.days_before(rng, 0, 2), min(move_in, ctx.submitted_at)),
    )
    return _disagree(rng, values) if ctx.scenario == "W3_wgb_abweichung" else values


def _disagree(rng: random.Random, v: WohnsitzValues) -> WohnsitzValues:
    """The landlord confirms another date, another house or another person."""
    what = rng.choice(("date", "address", "person"))
    if what == "date":
        return replace(v, confirmed_move_in=v.move_in + timedelta(days=rng.choice((-3, -2, 2, 3))))
    if what == "address":
        return replace(v, confirmed_flat=places.neighbour(v.flat, rng))
    other = people.draw_person(rng, date(2026, 1, 1))
    while other.vornamen == v.person.vornamen:
        other = people.draw_person(rng, date(2026, 1, 1))
    return replace(v, confirmed_person=f"{other.vornamen} {v.person.familienname}")


def fields(v: WohnsitzValues, missing: str | None) -> dict[str, JsonValue]:
    p = v.person
    prev = v.previous
    wgb = v.has_confirmation
    out: dict[str, JsonValue] = {
        "familienname": p.familienname, "vornamen": p.vornamen, "geburtsname": p.geburtsname,
        "geburtsdatum": p.geburtsdatum.isoformat(), "geburtsort": p.geburtsort,
        "geschlecht": p.geschlecht, "staatsangehoerigkeiten": list(p.staatsangehoerigkeiten),
        "einzugsdatum": v.move_in.isoformat(),
        "neue_wohnung.strasse": v.flat.strasse, "neue_wohnung.hausnummer": v.flat.hausnummer,
        "neue_wohnung.plz": v.flat.plz, "neue_wohnung.ort": v.flat.ort,
        "neue_wohnung.zusatz": v.flat_detail, "wohnungsstatus": v.status,
        "bisherige_wohnung.strasse": prev.strasse if prev else None,
        "bisherige_wohnung.hausnummer": prev.hausnummer if prev else None,
        "bisherige_wohnung.plz": prev.plz if prev else None,
        "ausweis.art": v.id_kind, "ausweis.seriennummer": v.id_serial,
        "wohnungsgeber.name": v.landlord.name if wgb else None,
        "wohnungsgeber.ist_eigentuemer": v.landlord.is_owner if wgb else None,
        "wohnungsgeber.einzugsdatum": v.confirmed_move_in.isoformat() if wgb else None,
    }
    if prev:  # from abroad the form names only the country; leave the town unscored then
        out["bisherige_wohnung.ort"] = prev.ort
    if missing:
        out[missing] = None
    return out


def side_facts(v: WohnsitzValues) -> dict[str, bool]:
    return {"wgb_present": v.has_confirmation,
            "wgb_address_matches": v.confirmed_flat == v.flat,
            "wgb_person_matches": v.confirmed_person == v.person.full_name}
