"""Rules P1–P4 of the resident parking permit: one pure function per rule code."""

from __future__ import annotations

from apptypes._common.names import full_name, same_name
from apptypes._common.places import outside_bochum, street_key
from apptypes._common.plates import same_plate
from apptypes.base import Rule, RuleContext, TypeConfig

ZONES_OPTION = "parkzonen"


def address_outside_city(ctx: RuleContext) -> bool:
    return outside_bochum(ctx, "antragsteller.anschrift")


def plates_differ(ctx: RuleContext) -> bool:
    applied, registered = ctx.text("kennzeichen"), ctx.text("fahrzeugschein.kennzeichen")
    return bool(applied and registered) and not same_plate(applied, registered)


def keeper_is_someone_else(ctx: RuleContext) -> bool:
    """Order- and spelling-insensitive: ``MÜLLER, HANS`` is keeper ``Hans Müller``."""
    keeper = ctx.text("fahrzeugschein.halter_name")
    applicant = full_name(ctx.text("antragsteller.vornamen"),
                          ctx.text("antragsteller.familienname"))
    if not keeper or not applicant or ctx.text("halterverhaeltnis") == "firmenwagen":
        return False
    return not same_name(keeper, applicant)


def zone_streets(config: TypeConfig) -> dict[str, frozenset[str]]:
    """Zone code → street keys, from ``options.parkzonen`` in config.yaml."""
    table: dict[str, list[str]] = config.options.get(ZONES_OPTION, {})
    return {zone.strip().upper(): frozenset(street_key(s) for s in streets)
            for zone, streets in table.items()}


def street_not_in_zone(ctx: RuleContext) -> bool:
    """Also fires for a zone code that does not exist: no zone, no permit."""
    street, zone = ctx.text("antragsteller.anschrift.strasse"), ctx.text("parkzone")
    if not street or not zone:
        return False
    streets = zone_streets(ctx.config).get(zone.replace(" ", "").upper())
    return streets is None or street_key(street) not in streets


RULES: tuple[Rule, ...] = (
    Rule("P1_ausserhalb",
         "Der Hauptwohnsitz liegt nicht in Bochum. Bewohnerparkausweise gibt es nur für "
         "Bochumer Anwohner; Empfehlung: ablehnen.",
         address_outside_city, "reject", ("antragsteller.anschrift.plz",
                                          "antragsteller.anschrift.ort")),
    Rule("P2_kennzeichen",
         "Das Kennzeichen im Fahrzeugschein weicht vom Kennzeichen im Antrag ab. Bitte klären.",
         plates_differ, "approve", ("kennzeichen", "fahrzeugschein.kennzeichen")),
    Rule("P3_halter",
         "Halter/in laut Fahrzeugschein ist nicht die antragstellende Person und es ist kein "
         "Firmenwagen angegeben. Bitte Nutzungsberechtigung prüfen.",
         keeper_is_someone_else, "approve", ("fahrzeugschein.halter_name", "halterverhaeltnis")),
    Rule("P4_zone",
         "Die Straße liegt nicht in der angegebenen Parkzone (oder in keiner Zone). Ein "
         "Bewohnerparkausweis ist so nicht möglich; bitte Zone prüfen.",
         street_not_in_zone, "approve", ("parkzone", "antragsteller.anschrift.strasse")),
)
