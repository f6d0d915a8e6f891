"""A `wunschkennzeichen` case: values and the reservation request (form or letter)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from evals.generator import people, places
from evals.generator.catalog import FORBIDDEN_LETTERS, TAKEN_PLATES
from evals.generator.context import DrawContext
from evals.generator.docs_common import Application, Writer, application, name_rows
from evals.generator.model import JsonValue, SourceDoc
from evals.generator.people import Person
from evals.generator.places import Address
from evals.generator.plates import Plate, PlateBook, parse, written

MISSING_CANDIDATES = ("halter.anschrift.hausnummer",)
VEHICLE_WRITTEN = {"pkw": "Pkw", "motorrad": "Motorrad", "lkw": "Lkw", "anhaenger": "Anhänger",
                   "sonstiges": "Wohnmobil"}


@dataclass(frozen=True)
class KennzeichenValues:
    keeper: Person
    address: Address
    plate: Plate
    plate_written: str
    vehicle: str | None
    email: str | None
    signed: date


def _plate(rng: random.Random, scenario: str, book: PlateBook) -> Plate:
    if scenario == "K1_bezirk":
        return book.draw(rng, district=rng.choice(("E", "DO", "HER", "GE", "RE")))
    if scenario == "K2_format":
        shape = rng.choice(((None, 3, 2), (None, 1, 5), ("WAT", 2, 4)))
        return book.draw(rng, district=shape[0], n_letters=shape[1], n_digits=shape[2])
    if scenario == "K3_unzulaessig":
        return book.draw(rng, district="BO", letters=rng.choice(sorted(FORBIDDEN_LETTERS)))
    if scenario == "K5_vergeben":
        return parse(rng.choice(TAKEN_PLATES))
    return book.fresh(rng)


def draw(rng: random.Random, ctx: DrawContext) -> KennzeichenValues:
    keeper = people.draw_person(rng, ctx.submitted_at)
    address = places.outside_address(rng) if ctx.scenario == "K4_wohnsitz" else (
        places.bochum_address(rng))
    if ctx.missing_key == "halter.anschrift.hausnummer":
        address = places.without_number(address)
    plate = _plate(rng, ctx.scenario, ctx.plates)
    return KennzeichenValues(
        keeper=keeper, address=address, plate=plate, plate_written=written(plate, rng),
        vehicle=rng.choice(tuple(VEHICLE_WRITTEN)) if rng.random() < 0.7 else None,
        email=people.email_for(rng, keeper) if rng.random() < 0.4 else None,
        signed=ctx.days_before(rng, 0, 3))


def fields(v: KennzeichenValues, missing: str | None) -> dict[str, JsonValue]:
    out: dict[str, JsonValue] = {
        "halter.familienname": v.keeper.familienname, "halter.vornamen": v.keeper.vornamen,
        "halter.anschrift.strasse": v.address.strasse,
        "halter.anschrift.hausnummer": v.address.hausnummer or None,
        "halter.anschrift.plz": v.address.plz, "halter.anschrift.ort": v.address.ort,
        "kennzeichen": v.plate.normalised, "fahrzeugart": v.vehicle}
    if missing:
        out[missing] = None
    return out


def documents(v: KennzeichenValues, w: Writer, rng: random.Random) -> list[SourceDoc]:
    k = v.keeper
    keeper_rows = [*name_rows(w, k.familienname, k.vornamen),
                   ("", w.label("geburtsdatum"), w.day(k.geburtsdatum)),
                   *w.address_rows("halter.anschrift", v.address),
                   ("", w.label("email"), v.email)]
    plate_rows = [("", w.label("kennzeichen"), v.plate_written),
                  ("", "Fahrzeugart", VEHICLE_WRITTEN.get(v.vehicle or ""))]
    frame = Application(
        "antrag", "antrag_wunschkennzeichen",
        rng.choice(("Antrag auf Reservierung eines Wunschkennzeichens",
                    "Reservierung Wunschkennzeichen")), "strassenverkehr", k.full_name,
        v.address, v.address.ort, w.day(v.signed), "Reservierung eines Wunschkennzeichens")
    body = (f"hiermit beantrage ich die Reservierung des Wunschkennzeichens {v.plate_written} "
            "für mein Fahrzeug.", w.lines(plate_rows[1:]),
            "Angaben zur Halterin/zum Halter:\n" + w.lines(keeper_rows))
    return [application(frame, w, [("Halter/in", keeper_rows),
                                   ("Gewünschtes Kennzeichen", plate_rows)], body)]


def pii(v: KennzeichenValues, w: Writer) -> list[str]:
    k = v.keeper
    found = [k.familienname, k.vornamen, w.day(k.geburtsdatum), v.address.street_line, v.email]
    return [x for x in found if x]
