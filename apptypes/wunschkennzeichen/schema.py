"""What the LLM extracts for a personalised-plate reservation (keys fixed by the spec)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from apptypes._common.schema_fields import optional, text
from apptypes._common.schema_sections import Anschrift


class Halter(BaseModel):
    familienname: str | None = text("Familienname der Halterin / des Halters")
    vornamen: str | None = text("Vornamen der Halterin / des Halters")
    anschrift: Anschrift | None = optional("Wohnanschrift der Halterin / des Halters")


class Wunschkennzeichen(BaseModel):
    halter: Halter | None = optional("Die künftige Halterin / der künftige Halter")
    kennzeichen: str | None = text(
        "Wunschkennzeichen, genau wie im Dokument geschrieben",
        16,
    )
    fahrzeugart: Literal["pkw", "motorrad", "lkw", "anhaenger", "sonstiges"] | None = optional(
        "Fahrzeugart; Anhänger als anhaenger"
    )
