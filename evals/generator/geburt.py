"""A `geburtsurkunde` case: values and the application (form or letter)."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date

from evals.generator import people, places
from evals.generator.context import DrawContext
from evals.generator.docs_common import Application, Triple, Writer, application, name_rows
from evals.generator.model import JsonValue, SourceDoc
from evals.generator.people import Person
from evals.generator.places import Address

MISSING_CANDIDATES = ("person.geburtsdatum", "urkundenart", "antragsteller.anschrift.hausnummer")
RELATION_WRITTEN = {
    "selbst": "ich selbst (eigene Urkunde)", "ehegatte": "Ehegatte/Ehegattin",
    "lebenspartner": "eingetragene/r Lebenspartner/in", "elternteil": "Mutter/Vater",
    "kind": "Sohn/Tochter", "enkel": "Enkel/Enkelin", "grosselternteil": "Großmutter/Großvater",
    "geschwister": "Bruder/Schwester", "sonstiges": "Sonstiges: Nachlasspfleger/in",
}
# Age range of the person the certificate is about, given the applicant's relation to them.
SUBJECT_AGE = {"selbst": (18, 80), "ehegatte": (25, 80), "lebenspartner": (25, 80),
               "elternteil": (0, 40), "kind": (45, 95), "enkel": (70, 100),
               "grosselternteil": (0, 25), "geschwister": (20, 80), "sonstiges": (30, 95)}
KIND_WRITTEN = {"geburtsurkunde": "Geburtsurkunde",
                "internationale_geburtsurkunde": "Internationale Geburtsurkunde (mehrsprachig)",
                "beglaubigter_registerausdruck": "Beglaubigter Ausdruck aus dem Geburtenregister"}
PURPOSES = ("Eheschließung", "Rentenangelegenheit", "Vorlage beim Konsulat", "Erbschaft",
            "Einbürgerung")


@dataclass(frozen=True)
class GeburtValues:
    applicant: Person
    address: Address
    email: str | None
    phone: str | None
    iban: str | None
    subject: Person
    relation: str
    kind: str
    copies: int
    purpose: str | None
    signed: date


def _relation(rng: random.Random, scenario: str) -> str:
    if scenario == "G2_berechtigung":
        return rng.choice(("geschwister", "sonstiges"))
    return rng.choice(("selbst",) * 4 + ("ehegatte", "lebenspartner", "elternteil", "kind",
                                         "enkel", "grosselternteil"))


def draw(rng: random.Random, ctx: DrawContext) -> GeburtValues:
    applicant = people.draw_person(rng, ctx.submitted_at)
    relation = _relation(rng, ctx.scenario)
    low, high = SUBJECT_AGE[relation]
    subject = applicant if relation == "selbst" else people.draw_person(
        rng, ctx.submitted_at, low, high)
    family = subject.geburtsname or (
        applicant.familienname if rng.random() < 0.7 else subject.familienname)
    born_in = subject.geburtsort if subject.geburtsort not in ("Bochum",) else "Dortmund"
    if ctx.scenario != "G1_nicht_bochum":
        born_in = "Wattenscheid" if rng.random() < 0.1 else "Bochum"
    subject = replace(subject, familienname=family, geburtsort=born_in)
    address = places.bochum_address(rng) if rng.random() < 0.8 else places.outside_address(rng)
    if ctx.missing_key == "antragsteller.anschrift.hausnummer":
        address = places.without_number(address)
    return GeburtValues(
        applicant=applicant, address=address,
        email=people.email_for(rng, applicant) if rng.random() < 0.5 else None,
        phone=people.phone(rng) if rng.random() < 0.3 else None,
        iban=people.iban(rng) if rng.random() < 0.3 else None,
        subject=subject, relation=relation, kind=rng.choice(tuple(KIND_WRITTEN)),
        copies=rng.choice((12, 15, 20, 25)) if ctx.scenario == "G3_anzahl" else (
            rng.choice((1, 1, 1, 2, 3))),
        purpose=rng.choice(PURPOSES) if rng.random() < 0.6 else None,
        signed=ctx.days_before(rng, 0, 3),
    )


def fields(v: GeburtValues, missing: str | None) -> dict[str, JsonValue]:
    a, s = v.applicant, v.subject
    out: dict[str, JsonValue] = {
        "antragsteller.familienname": a.familienname, "antragsteller.vornamen": a.vornamen,
        "antragsteller.anschrift.strasse": v.address.strasse,
        "antragsteller.anschrift.hausnummer": v.address.hausnummer or None,
        "antragsteller.anschrift.plz": v.address.plz, "antragsteller.anschrift.ort": v.address.ort,
        "antragsteller.email": v.email,
        "person.familienname": s.familienname, "person.vornamen": s.vornamen,
        "person.geburtsdatum": s.geburtsdatum.isoformat(), "person.geburtsort": s.geburtsort,
        "verhaeltnis": v.relation, "urkundenart": v.kind, "anzahl": v.copies,
        "verwendungszweck": v.purpose,
    }
    if missing:
        out[missing] = None
    return out


def documents(v: GeburtValues, w: Writer, rng: random.Random) -> list[SourceDoc]:
    a, s = v.applicant, v.subject
    applicant_rows: list[Triple] = [*name_rows(w, a.familienname, a.vornamen),
                      *w.address_rows("antragsteller.anschrift", v.address),
                      ("", w.label("email"), v.email), ("", w.label("telefon"), v.phone)]
    subject_rows: list[Triple] = [("", "Familienname bei Geburt", s.familienname),
                    ("", w.label("vornamen"), s.vornamen),
                    ("person.geburtsdatum", w.label("geburtsdatum"), w.day(s.geburtsdatum)),
                    ("", w.label("geburtsort"), s.geburtsort)]
    order_rows: list[Triple] = [
                  ("", "Ich bin (Verhältnis zur Person)", RELATION_WRITTEN[v.relation]),
                  ("urkundenart", "Art der Urkunde", KIND_WRITTEN[v.kind]),
                  ("", "Anzahl der Exemplare", str(v.copies)),
                  ("", "Verwendungszweck", v.purpose),
                  ("", "IBAN für den Gebühreneinzug", v.iban)]
    frame = Application(
        "antrag", "antrag_geburtsurkunde",
        rng.choice(("Antrag auf Ausstellung einer Geburtsurkunde",
                    "Bestellung einer Personenstandsurkunde")), "standesamt", a.full_name,
        v.address, v.address.ort, w.day(v.signed), "Antrag auf Ausstellung einer Geburtsurkunde")
    about = "mich selbst" if v.relation == "selbst" else "die folgende Person"
    body = (f"hiermit beantrage ich {v.copies} Exemplar(e) einer Urkunde über die Geburt für "
            f"{about}.",
            w.lines(order_rows[1:2]),
            "Angaben zur Person:\n" + w.lines(subject_rows),
            w.lines(order_rows[:1] + order_rows[3:]),
            w.lines(applicant_rows[-2:]))
    sections = [("Antragsteller/in", applicant_rows),
                ("Person, deren Geburt beurkundet ist", subject_rows), ("Bestellung", order_rows)]
    return [application(frame, w, sections, body)]


def pii(v: GeburtValues, w: Writer) -> list[str]:
    a, s = v.applicant, v.subject
    found = [a.familienname, a.vornamen, v.address.street_line, v.email, v.phone, v.iban,
             s.familienname, s.vornamen,
             w.value("person.geburtsdatum", w.day(s.geburtsdatum))]
    return list(dict.fromkeys(x for x in found if x))
