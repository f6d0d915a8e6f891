"""What the LLM extracts for ``bewohnerparkausweis``. Keys and enum values must match the spec."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from apptypes._common.schema_fields import optional, text
from apptypes._common.schema_sections import Anschrift

# No example plate here: the small model copies examples into its answers.
PLATE = "genau wie im Dokument geschrieben"


class Antragsteller(BaseModel):
    familienname: str | None = text("Familienname der antragstellenden Person")
    vornamen: str | None = text("Vornamen der antragstellenden Person")
    anschrift: Anschrift | None = optional("Hauptwohnsitz der antragstellenden Person")


class Fahrzeugschein(BaseModel):
    halter_name: str | None = text("Name der Halterin / des Halters, wie im Fahrzeugschein "
                                   "gedruckt (Name, Vorname)")
    kennzeichen: str | None = text(f"Amtliches Kennzeichen im Fahrzeugschein, {PLATE}", 16)


class Bewohnerparkausweis(BaseModel):
    antragsteller: Antragsteller | None = optional("Wer den Parkausweis beantragt")
    parkzone: str | None = text("Zonencode der Parkzone, genau wie auf dem Antrag", 8)
    kennzeichen: str | None = text(f"Kennzeichen laut Antrag, {PLATE}", 16)
    halterverhaeltnis: Literal["eigenes_fahrzeug", "firmenwagen", "sonstiges"] | None = optional(
        "Wem das Fahrzeug gehört: eigenes_fahrzeug, firmenwagen (Dienst-/Firmenwagen) "
        "oder sonstiges")
    fahrzeugschein: Fahrzeugschein | None = optional(
        "Angaben aus dem Fahrzeugschein (Zulassungsbescheinigung Teil I), nicht aus dem Antrag")
