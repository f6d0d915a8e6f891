"""Rules G1–G3 of the birth-certificate request: one pure function per rule code."""

from __future__ import annotations

from apptypes._common.numbers import parse_count
from apptypes.base import Rule, RuleContext
from domain.bochum import is_bochum_town

NEEDS_INTEREST = frozenset({"geschwister", "sonstiges"})
MIN_COPIES, MAX_COPIES = 1, 10


def born_elsewhere(ctx: RuleContext) -> bool:
    place = ctx.text("person.geburtsort")
    return bool(place) and not is_bochum_town(place)


def relation_needs_interest(ctx: RuleContext) -> bool:
    return ctx.text("verhaeltnis") in NEEDS_INTEREST


def copies_out_of_range(ctx: RuleContext) -> bool:
    copies = parse_count(ctx.get("anzahl"))
    return copies is not None and not MIN_COPIES <= copies <= MAX_COPIES


RULES: tuple[Rule, ...] = (
    Rule("G1_nicht_bochum",
         "Die Person ist nicht in Bochum geboren. Das Geburtenregister führt das Standesamt des "
         "Geburtsorts; Empfehlung: ablehnen und dorthin verweisen.",
         born_elsewhere, "reject", ("person.geburtsort",)),
    Rule("G2_berechtigung",
         "Geschwister oder sonstige Personen brauchen ein rechtliches oder berechtigtes "
         "Interesse (§ 62 PStG). Bitte Glaubhaftmachung prüfen.",
         relation_needs_interest, "approve", ("verhaeltnis",)),
    Rule("G3_anzahl",
         "Die Anzahl der Exemplare liegt nicht zwischen 1 und 10. Bitte mit der "
         "antragstellenden Person klären.",
         copies_out_of_range, "approve", ("anzahl",)),
)
