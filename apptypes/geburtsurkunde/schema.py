"""What the LLM extracts for a birth-certificate request (keys fixed by the spec)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from apptypes._common.schema_fields import count, iso_date, optional, text
from apptypes._common.schema_sections import Anschrift

Verhaeltnis = Literal["selbst", "ehegatte", "lebenspartner", "elternteil", "kind", "enkel",
                      "grosselternteil", "geschwister", "sonstiges"]
Urkundenart = Literal["geburtsurkunde", "internationale_geburtsurkunde",
                      "beglaubigter_registerausdruck"]


class Antragsteller(BaseModel):
    familienname: str | None = text("Familienname der antragstellenden Person")
    vornamen: str | None = text("Vornamen der antragstellenden Person")
    anschrift: Anschrift | None = optional("Anschrift, an die die Urkunde geschickt wird")
    email: str | None = text("E-Mail-Adresse der antragstellenden Person", 80)


class Person(BaseModel):
    familienname: str | None = text("Familienname bei Geburt der Person, um die es geht")
    vornamen: str | None = text("Vornamen der Person, um die es geht")
    geburtsdatum: str | None = iso_date("Geburtsdatum der Person")
    geburtsort: str | None = text("Nur der Ort der Geburt, ohne Land", 60)


class Geburtsurkunde(BaseModel):
    antragsteller: Antragsteller | None = optional("Wer den Antrag stellt")
    person: Person | None = optional("Die Person, deren Geburt beurkundet ist")
    verhaeltnis: Verhaeltnis | None = optional(
        "Verhältnis der antragstellenden Person zur Person; 'selbst' bei eigener Urkunde")
    urkundenart: Urkundenart | None = optional("Art der gewünschten Urkunde")
    anzahl: int | None = count("Anzahl der gewünschten Exemplare")
    verwendungszweck: str | None = text("Verwendungszweck, wenn angegeben", 120)
