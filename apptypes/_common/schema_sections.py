"""Schema sections that several types share; the parent field's description says whose it is."""

from __future__ import annotations

from pydantic import BaseModel

from apptypes._common.schema_fields import text


class Anschrift(BaseModel):
    strasse: str | None = text("Straße ohne Hausnummer")
    hausnummer: str | None = text("Hausnummer mit Buchstabenzusatz, wie geschrieben", 12)
    plz: str | None = text("Postleitzahl (in Deutschland 5 Ziffern)", 10)
    ort: str | None = text("Gemeinde, ohne Ortsteil", 40)
