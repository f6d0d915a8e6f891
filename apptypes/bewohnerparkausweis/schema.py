"""What the LLM extracts for ``bewohnerparkausweis``. Keys and enum values must match the spec."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from apptypes._common.schema_fields import optional, text
from apptypes._common.schema_sections import Anschrift

# No example plate here: the small model copies examples into its answers.
PLATE = "genau wie im Dokument geschrieben"
# Plates have at most 8 letters and digits; a longer bound let the model copy the 17-character
# vehicle identification number printed two lines below field A.
PLATE_CHARS = 14


class Antragsteller(BaseModel):
    familienname: str | None = text("Familienname der antragstellenden Person")
    vornamen: str | None = text("Vornamen der antragstellenden Person")
    anschrift: Anschrift | None = optional("Hauptwohnsitz der antragstellenden Person")


class Fahrzeugschein(BaseModel):
    halter_familienname: str | None = text("Feld C.1.1 des Fahrzeugscheins: Name oder "
                                           "Firmenname der Halterin / des Halters")
    halter_vornamen: str | None = text("Feld C.1.2 des Fahrzeugscheins: Vorname(n) der "
                                       "Halterin / des Halters; bei Firmen null")
    kennzeichen: str | None = text(
        f"Feld (A) Amtliches Kennzeichen des Fahrzeugscheins (nicht Feld E), {PLATE}", PLATE_CHARS)


HALTER_PARTS = ("fahrzeugschein.halter_vornamen", "fahrzeugschein.halter_familienname")
"""``fahrzeugschein.halter_name`` (spec) is joined from these: first names, then name."""


class Bewohnerparkausweis(BaseModel):
    antragsteller: Antragsteller | None = optional("Wer den Parkausweis beantragt")
    parkzone: str | None = text("Zonencode der Parkzone, genau wie auf dem Antrag", 8)
    kennzeichen: str | None = text(f"Kennzeichen laut Antrag, {PLATE}", PLATE_CHARS)
    halterverhaeltnis: Literal["eigenes_fahrzeug", "firmenwagen", "sonstiges"] | None = optional(
        "Wem das Fahrzeug gehört: eigenes_fahrzeug, firmenwagen (Dienst-/Firmenwagen) "
        "oder sonstiges")
    fahrzeugschein: Fahrzeugschein | None = optional(
        "Angaben aus dem Fahrzeugschein (Zulassungsbescheinigung Teil I), nicht aus dem Antrag")
