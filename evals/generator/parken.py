"""A `bewohnerparkausweis` case: values, the application and the vehicle certificate."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from evals.generator import people, places
from evals.generator.catalog import ZONES
from evals.generator.context import DrawContext
from evals.generator.docs_common import Application, Triple, Writer, application, name_rows
from evals.generator.model import FormDoc, JsonValue, Row, Section, SourceDoc
from evals.generator.people import Person
from evals.generator.places import Address
from evals.generator.plates import Plate, written

MISSING_CANDIDATES = ("antragsteller.anschrift.hausnummer", "halterverhaeltnis")
RELATION_WRITTEN = {"eigenes_fahrzeug": "Ich bin selbst Halter/in des Fahrzeugs",
                    "firmenwagen": "Firmenwagen (Halter ist mein Arbeitgeber)",
                    "sonstiges": "Sonstiges: Fahrzeug eines Familienangehörigen"}
COMPANIES = ("Ruhr Logistik GmbH", "Brenner Haustechnik GmbH & Co. KG", "Pflegedienst Hellweg e.K.")
CARS = (("VOLKSWAGEN", "GOLF"), ("OPEL", "CORSA"), ("FORD", "FIESTA"), ("SKODA", "OCTAVIA"),
        ("RENAULT", "CLIO"), ("TOYOTA", "YARIS"))


@dataclass(frozen=True)
class Keeper:
    family: str  # C.1.1: family name or company
    given: str  # C.1.2: empty for a company
    address: Address

    @property
    def printed(self) -> str:
        return f"{self.given} {self.family}".strip()


@dataclass(frozen=True)
class ParkenValues:
    applicant: Person
    address: Address
    zone: str
    plate: Plate
    plate_written: str
    certificate_plate: Plate
    relation: str
    keeper: Keeper
    vin: str
    car: tuple[str, str]
    first_registered: date
    signed: date


def _address_and_zone(rng: random.Random, scenario: str) -> tuple[Address, str]:
    zone = rng.choice(sorted(ZONES))
    if scenario == "P1_ausserhalb":
        return places.outside_address(rng), zone
    if scenario == "P4_zone":
        if rng.random() < 0.5:
            return places.bochum_address(rng, places.ZONELESS_STREETS), zone
        other = rng.choice([z for z in sorted(ZONES) if z != zone])
        return places.zone_address(rng, other), zone
    return places.zone_address(rng, zone), zone


def _keeper(rng: random.Random, ctx: DrawContext, applicant: Person, address: Address,
            relation: str) -> Keeper:
    if relation == "firmenwagen":
        return Keeper(rng.choice(COMPANIES), "", places.bochum_address(rng))
    if ctx.scenario == "P3_halter":
        other = people.draw_person(rng, ctx.submitted_at, 40, 85)
        while other.vornamen == applicant.vornamen:
            other = people.draw_person(rng, ctx.submitted_at, 40, 85)
        return Keeper(applicant.familienname if rng.random() < 0.6 else other.familienname,
                      other.vornamen, address)
    return Keeper(applicant.familienname, applicant.vornamen, address)


def _relation(rng: random.Random, ctx: DrawContext) -> str:
    if ctx.scenario == "P3_halter":
        return rng.choice(("sonstiges", "sonstiges", "eigenes_fahrzeug"))
    if ctx.scenario in ("clean", "suspicious") and rng.random() < 0.2:
        return "firmenwagen"
    return "eigenes_fahrzeug"


def draw(rng: random.Random, ctx: DrawContext) -> ParkenValues:
    applicant = people.draw_person(rng, ctx.submitted_at)
    address, zone = _address_and_zone(rng, ctx.scenario)
    if ctx.missing_key == "antragsteller.anschrift.hausnummer":
        address = places.without_number(address)
    plate = ctx.plates.fresh(rng)
    relation = _relation(rng, ctx)
    return ParkenValues(
        applicant=applicant, address=address, zone=zone, plate=plate,
        plate_written=written(plate, rng),
        certificate_plate=ctx.plates.variant_of(rng, plate) if ctx.scenario == "P2_kennzeichen"
        else plate,
        relation=relation, keeper=_keeper(rng, ctx, applicant, address, relation),
        vin="W" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16)),
        car=rng.choice(CARS), first_registered=ctx.days_before(rng, 200, 5000),
        signed=ctx.days_before(rng, 0, 3))


def fields(v: ParkenValues, missing: str | None) -> dict[str, JsonValue]:
    out: dict[str, JsonValue] = {
        "antragsteller.familienname": v.applicant.familienname,
        "antragsteller.vornamen": v.applicant.vornamen,
        "antragsteller.anschrift.strasse": v.address.strasse,
        "antragsteller.anschrift.hausnummer": v.address.hausnummer or None,
        "antragsteller.anschrift.plz": v.address.plz, "antragsteller.anschrift.ort": v.address.ort,
        "parkzone": v.zone, "kennzeichen": v.plate.normalised, "halterverhaeltnis": v.relation,
        "fahrzeugschein.halter_name": v.keeper.printed,
        "fahrzeugschein.kennzeichen": v.certificate_plate.normalised}
    if missing:
        out[missing] = None
    return out


def _application(v: ParkenValues, w: Writer, rng: random.Random) -> SourceDoc:
    a = v.applicant
    person_rows = [*name_rows(w, a.familienname, a.vornamen),
                   *w.address_rows("antragsteller.anschrift", v.address)]
    plate_label = w.label("kennzeichen").replace("Wunschkennzeichen", "Amtliches Kennzeichen")
    permit_rows: list[Triple] = [
        ("", "Bewohnerparkzone", v.zone), ("", plate_label, v.plate_written),
        ("halterverhaeltnis", "Halter des Fahrzeugs", RELATION_WRITTEN[v.relation])]
    frame = Application(
        "antrag", "antrag_parkausweis",
        rng.choice(("Antrag auf Erteilung eines Bewohnerparkausweises",
                    "Bewohnerparkausweis – Antrag")), "strassenverkehr", a.full_name, v.address,
        "Bochum", w.day(v.signed), "Antrag auf einen Bewohnerparkausweis")
    body = (f"hiermit beantrage ich einen Bewohnerparkausweis für die Bewohnerparkzone {v.zone} "
            f"für das Fahrzeug mit dem Kennzeichen {v.plate_written}.",
            w.lines(permit_rows[2:]), "Meine Angaben:\n" + w.lines(person_rows),
            "Eine Kopie der Zulassungsbescheinigung Teil I liegt bei.")
    return application(frame, w, [("Antragsteller/in (Hauptwohnsitz)", person_rows),
                                  ("Parkausweis", permit_rows)], body)


def _certificate(v: ParkenValues, w: Writer, rng: random.Random) -> SourceDoc:
    k = v.keeper
    plate = v.certificate_plate
    rows = (Row("(A) Amtliches Kennzeichen", f"{plate.district} {plate.letters} {plate.digits}"
                if rng.random() < 0.5 else plate.normalised),
            Row("(B) Datum der Erstzulassung", v.first_registered.strftime("%d.%m.%Y")),
            Row("(C.1.1) Name oder Firmenname", k.family),
            Row("(C.1.2) Vorname(n)", k.given),
            Row("(C.1.3) Anschrift", f"{k.address.street_line}, {k.address.town_line}"),
            Row("(D.1) Marke", v.car[0]), Row("(D.3) Handelsbezeichnung(en)", v.car[1]),
            Row("(E) Fahrzeug-Identifizierungsnummer", v.vin), Row("(J) Fahrzeugklasse", "M1"),
            Row("(I) Datum dieser Zulassung",
                (v.first_registered + timedelta(days=rng.randint(0, 400))).strftime("%d.%m.%Y")))
    form = FormDoc("Zulassungsbescheinigung Teil I", "(Fahrzeugschein) – MUSTER, kein amtliches "
                   "Dokument", (Section("Fahrzeug und Halter", rows),),
                   notes=("MUSTER – Nachbildung für Testzwecke",), specimen=True)
    return SourceDoc("fahrzeugschein", "fahrzeugschein", form)


def documents(v: ParkenValues, w: Writer, rng: random.Random) -> list[SourceDoc]:
    return [_application(v, w, rng), _certificate(v, w, rng)]


def pii(v: ParkenValues, w: Writer) -> list[str]:
    a, k = v.applicant, v.keeper
    found = [a.familienname, a.vornamen, v.address.street_line, v.vin]
    if k.given and k.printed != a.full_name:
        found += [k.given, k.family]
    return list(dict.fromkeys(x for x in found if x))
