"""Rules W1–W6 of the residence registration: one pure function per rule code."""

from __future__ import annotations

from apptypes._common.dates import age_on, parse_date
from apptypes._common.places import outside_bochum
from apptypes.base import Rule, RuleContext
from apptypes.wohnsitzanmeldung.confirmation import (
    CONFIRMED_FLAT,
    CONFIRMED_PERSONS,
    FORM_FLAT,
    NAMES_THE_FLAT,
    confirmation_disagrees,
)

CONFIRMATION_KIND = "wohnungsgeberbestaetigung"
LATE_AFTER_DAYS = 14
ADULT_AGE = 16


def flat_outside_city(ctx: RuleContext) -> bool:
    return outside_bochum(ctx, "neue_wohnung")


def confirmation_missing(ctx: RuleContext) -> bool:
    """No landlord's name, or the documents were classified and none is a confirmation.

    An empty set of document kinds means classification did not record kinds; then the
    landlord's name (which only the confirmation carries) decides alone.
    """
    kinds_known_without_confirmation = (bool(ctx.document_kinds)
                                        and CONFIRMATION_KIND not in ctx.document_kinds)
    return kinds_known_without_confirmation or not ctx.text("wohnungsgeber.name")


def registered_late(ctx: RuleContext) -> bool:
    moved_in = parse_date(ctx.get("einzugsdatum"))
    return moved_in is not None and (ctx.submitted_at - moved_in).days > LATE_AFTER_DAYS


def moves_in_future(ctx: RuleContext) -> bool:
    moved_in = parse_date(ctx.get("einzugsdatum"))
    return moved_in is not None and moved_in > ctx.submitted_at


def applicant_minor(ctx: RuleContext) -> bool:
    born = parse_date(ctx.get("geburtsdatum"))
    return born is not None and age_on(born, ctx.submitted_at) < ADULT_AGE


RULES: tuple[Rule, ...] = (
    Rule("W1_ausserhalb",
         "Die neue Wohnung liegt nicht in Bochum. Die Meldebehörde Bochum ist nicht zuständig; "
         "Empfehlung: ablehnen und an die zuständige Gemeinde verweisen.",
         flat_outside_city, "reject", ("neue_wohnung.plz", "neue_wohnung.ort")),
    Rule("W2_wgb_fehlt",
         "Die Wohnungsgeberbestätigung (§ 19 BMG) fehlt oder enthält keinen Wohnungsgeber. "
         "Bitte nachfordern.",
         confirmation_missing, "approve", ("wohnungsgeber.name",)),
    Rule("W3_wgb_abweichung",
         "Die Wohnungsgeberbestätigung weicht vom Anmeldeformular ab (Einzugsdatum, Anschrift "
         "der Wohnung oder eingezogene Person). Bitte klären, welche Angabe stimmt.",
         confirmation_disagrees, "approve",
         ("einzugsdatum", "wohnungsgeber.einzugsdatum", *FORM_FLAT, *CONFIRMED_FLAT,
          NAMES_THE_FLAT, "vornamen", "familienname", CONFIRMED_PERSONS)),
    Rule("W4_frist",
         "Die Anmeldung ging mehr als 14 Tage nach dem Einzug ein. Sie kann erfolgen; "
         "ein Bußgeldverfahren ist zu prüfen.",
         registered_late, "approve", ("einzugsdatum",)),
    Rule("W5_zukunft",
         "Das Einzugsdatum liegt nach dem Eingangsdatum. Eine Anmeldung ist erst ab dem Einzug "
         "möglich; bitte Datum klären.",
         moves_in_future, "approve", ("einzugsdatum",)),
    Rule("W6_minderjaehrig",
         "Die anmeldende Person ist jünger als 16 Jahre. Die Anmeldung muss durch eine "
         "sorgeberechtigte Person erfolgen.",
         applicant_minor, "approve", ("geburtsdatum",)),
)
