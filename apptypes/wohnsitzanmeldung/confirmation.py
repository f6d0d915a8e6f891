"""Rule W3: does the landlord's confirmation (§ 19 BMG) agree with the registration form?

Three things are compared: the move-in date, the flat's street/house number/postcode, and
whether the applicant is among the persons the confirmation names. The comparison is tolerant
of spelling (case, spacing, "Str." / "Straße", "178 A" / "178a", diacritics, name order),
because a clerk should not see a case for "Kortumstr. 45" against "Kortumstraße 45".

A value missing on either side is never a disagreement: a missing required value already sends
the case to a clerk (``missing_field``), and the confirmation's flat and persons are auxiliary
keys that the model may fail to read; W3 then compares what it has (e.g. only the dates).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from itertools import pairwise

from apptypes._common.dates import parse_date
from apptypes._common.names import among, full_name
from apptypes._common.places import (
    house_number_key,
    postcode_key,
    split_street_line,
    street_key,
)
from apptypes.base import Corroboration, RuleContext
from domain.fields import FieldData

FORM_FLAT = ("neue_wohnung.strasse", "neue_wohnung.hausnummer", "neue_wohnung.plz")
CONFIRMED_FLAT = ("wohnungsgeber.wohnung_strasse", "wohnungsgeber.wohnung_hausnummer",
                  "wohnungsgeber.wohnung_plz")
CONFIRMED_PERSONS = "wohnungsgeber.eingezogene_personen"
NAMES_THE_FLAT = "wohnungsgeber.nennt_neue_wohnung"
"""Worker-read fact (``DocumentCheck``): the confirmation names the form's street and number."""
# Several persons in one list item ("Ayşe Yılmaz und Emre Yılmaz"); a comma stays, because
# "Yılmaz, Ayşe" is one person.
_PERSON_SEPARATORS = re.compile(r"\s+(?:und|&)\s+|[;\n]")


def move_in_dates_differ(ctx: RuleContext) -> bool:
    form = parse_date(ctx.get("einzugsdatum"))
    confirmed = parse_date(ctx.get("wohnungsgeber.einzugsdatum"))
    return form is not None and confirmed is not None and form != confirmed


def flat_differs(ctx: RuleContext) -> bool:
    """Street, house number or postcode differ; each part is compared only when both have it.

    The model often reads the landlord's own address as the flat's; when the confirmation
    names the form's street and number verbatim (``NAMES_THE_FLAT``), it names this flat."""
    if ctx.get(NAMES_THE_FLAT) is True:
        return False
    form, confirmed = _flat_keys(ctx, FORM_FLAT), _flat_keys(ctx, CONFIRMED_FLAT)
    return any(a and b and a != b for a, b in zip(form, confirmed, strict=True))


def form_flat_line(values: Mapping[str, FieldData]) -> list[str]:
    """"Kortumstraße 45": how the confirmation would name the form's flat."""
    street, number = values.get("neue_wohnung.strasse"), values.get("neue_wohnung.hausnummer")
    return [f"{street} {number}"] if street and number else []


def applicant_not_confirmed(ctx: RuleContext) -> bool:
    """The applicant (person 1 of the form) is not among the persons the landlord confirms."""
    vornamen, familienname = ctx.text("vornamen"), ctx.text("familienname")
    persons = named_persons(ctx.get(CONFIRMED_PERSONS))
    if not (vornamen and familienname and persons):
        return False
    return not among(full_name(vornamen, familienname), with_column_pairs(persons))


def confirmation_disagrees(ctx: RuleContext) -> bool:
    return any(check(ctx) for check in DISAGREEMENTS)


def named_persons(value: FieldData) -> list[str]:
    items = value if isinstance(value, list) else [value] if isinstance(value, str) else []
    return [name.strip() for item in items for name in _PERSON_SEPARATORS.split(item)
            if name.strip()]


def with_column_pairs(persons: list[str]) -> list[str]:
    """The persons plus each two neighbours joined: a confirmation's table has the family name
    and the given names in two columns, and the model lists the cells one by one
    (["Brückner-Weiß", "Katharina Sophie"] for one person)."""
    return [*persons, *(f"{a} {b}" for a, b in pairwise(persons))]


def _flat_keys(ctx: RuleContext, keys: tuple[str, str, str]) -> tuple[str, str, str]:
    street_at, number_at, plz_at = keys
    street, number = split_street_line(ctx.text(street_at), ctx.text(number_at))
    return street_key(street), house_number_key(number), postcode_key(ctx.text(plz_at))


DISAGREEMENTS: tuple[Callable[[RuleContext], bool], ...] = (
    move_in_dates_differ, flat_differs, applicant_not_confirmed)


def _same_date(value: FieldData, others: tuple[FieldData, ...]) -> bool:
    a, b = parse_date(str(value)), parse_date(str(others[0]))
    return a is not None and a == b


def _same(key_of: Callable[[str], str]) -> Callable[[FieldData, tuple[FieldData, ...]], bool]:
    def agrees(value: FieldData, others: tuple[FieldData, ...]) -> bool:
        mine = key_of(str(value))
        return bool(mine) and mine == key_of(str(others[0]))

    return agrees


def _names_applicant(value: FieldData, others: tuple[FieldData, ...]) -> bool:
    vornamen, familienname = (str(o) for o in others)
    return among(full_name(vornamen, familienname), with_column_pairs(named_persons(value)))


CORROBORATIONS = (
    Corroboration("wohnungsgeber.einzugsdatum", ("einzugsdatum",), _same_date),
    Corroboration("wohnungsgeber.wohnung_strasse", ("neue_wohnung.strasse",), _same(street_key)),
    Corroboration("wohnungsgeber.wohnung_hausnummer", ("neue_wohnung.hausnummer",),
                  _same(house_number_key)),
    Corroboration("wohnungsgeber.wohnung_plz", ("neue_wohnung.plz",), _same(postcode_key)),
    Corroboration(CONFIRMED_PERSONS, ("vornamen", "familienname"), _names_applicant),
)
"""What the confirmation states that the registration form states too (also what W3 compares)."""
