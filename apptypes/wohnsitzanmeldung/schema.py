"""What the LLM extracts for a residence registration (keys fixed by the process owners' spec,
plus auxiliary keys that only rule W3 reads)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, StringConstraints

from apptypes._common.schema_fields import ShortText, iso_date, optional, short_list, text
from apptypes._common.schema_sections import Anschrift


class NeueWohnung(Anschrift):
    zusatz: str | None = text("Lage der Wohnung (Stockwerk, Seite), nur wenn angegeben; sonst null")


class Ausweis(BaseModel):
    art: Literal["personalausweis", "reisepass", "kinderreisepass", "sonstiges"] | None = optional(
        "Art des ersten Dokuments: PA=personalausweis, RP=reisepass, KP=kinderreisepass")
    seriennummer: str | None = text("Seriennummer des ersten Dokuments", 20)


PersonName = Annotated[str, StringConstraints(max_length=60)]

AUXILIARY_KEYS = (
    "wohnungsgeber.wohnung_strasse", "wohnungsgeber.wohnung_hausnummer",
    "wohnungsgeber.wohnung_plz", "wohnungsgeber.eingezogene_personen",
)
"""The confirmation's view of the flat and the persons. The spec has no keys for them, but rule
W3 must compare them with the form; they are extracted for the rules and never scored."""


class Wohnungsgeber(BaseModel):
    name: str | None = text("Name des Wohnungsgebers (Person oder Firma) aus der Bestätigung")
    ist_eigentuemer: bool | None = optional("Wohnungsgeber ist selbst Eigentümer der Wohnung")
    einzugsdatum: str | None = iso_date("Einzugsdatum laut Wohnungsgeberbestätigung")
    wohnung_strasse: str | None = text("Straße aus 'Anschrift der Wohnung' (nicht die Anschrift "
                                       "des Wohnungsgebers), ohne Hausnummer")
    wohnung_hausnummer: str | None = text("Hausnummer der Wohnung laut Bestätigung", 12)
    wohnung_plz: str | None = text("Postleitzahl der Wohnung laut Bestätigung", 10)
    eingezogene_personen: list[PersonName] | None = short_list(
        "Alle eingezogenen Personen laut Bestätigung, je Person Vor- und Familienname", 8)


class Wohnsitzanmeldung(BaseModel):
    familienname: str | None = text("Familienname der ersten Person auf dem Formular")
    vornamen: str | None = text("Alle Vornamen der ersten Person, wie geschrieben")
    geburtsname: str | None = text("Geburtsname, nur wenn angegeben, sonst null")
    geburtsdatum: str | None = iso_date("Geburtsdatum")
    geburtsort: str | None = text("Nur der Ort der Geburt, ohne Land", 60)
    geschlecht: Literal["maennlich", "weiblich", "divers", "ohne_angabe"] | None = optional(
        "Geschlecht; 'männlich' als maennlich")
    staatsangehoerigkeiten: list[ShortText] | None = short_list(
        "Staatsangehörigkeiten als kleine Adjektive in Schreibreihenfolge")
    einzugsdatum: str | None = iso_date("Tag des Einzugs laut Anmeldeformular")
    neue_wohnung: NeueWohnung | None = optional("Anschrift der neuen Wohnung")
    wohnungsstatus: Literal["alleinige", "haupt", "neben"] | None = optional(
        "Die neue Wohnung ist alleinige, Haupt- oder Nebenwohnung")
    bisherige_wohnung: Anschrift | None = optional(
        "Die bisherige Wohnung; null bei Zuzug aus dem Ausland")
    ausweis: Ausweis | None = optional("Erstes Ausweisdokument der ersten Person")
    wohnungsgeber: Wohnungsgeber | None = optional(
        "Angaben aus der Wohnungsgeberbestätigung, nicht aus dem Formular")
