"""One kit per application type: how to draw its values and turn them into documents."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from evals.generator import geburt, kennzeichen, parken, wohnsitz, wohnsitz_docs
from evals.generator.catalog import GEBURT, KENNZEICHEN, PARKEN, WOHNSITZ
from evals.generator.context import DrawContext
from evals.generator.docs_common import Writer
from evals.generator.model import JsonValue, SourceDoc
from evals.generator.places import Address

V = TypeVar("V")


def _no_side_facts(_: object) -> dict[str, bool]:
    return {}


@dataclass(frozen=True)
class TypeKit(Generic[V]):
    key: str
    office: str
    what: str  # object of "anbei übersende ich Ihnen …" in a cover letter
    draw: Callable[[random.Random, DrawContext], V]
    fields: Callable[[V, str | None], dict[str, JsonValue]]
    documents: Callable[[V, Writer, random.Random], list[SourceDoc]]
    pii: Callable[[V, Writer], list[str]]
    applicant: Callable[[V], tuple[str, Address]]
    missing_candidates: tuple[str, ...]
    side_facts: Callable[[V], dict[str, bool]] = _no_side_facts


KITS: dict[str, TypeKit[Any]] = {
    WOHNSITZ: TypeKit[wohnsitz.WohnsitzValues](
        WOHNSITZ, "buergerbuero", "meine Anmeldung", wohnsitz.draw, wohnsitz.fields,
        wohnsitz_docs.documents, wohnsitz_docs.pii,
        lambda v: (v.person.full_name, v.flat), wohnsitz.MISSING_CANDIDATES,
        wohnsitz.side_facts),
    GEBURT: TypeKit[geburt.GeburtValues](
        GEBURT, "standesamt", "meinen Antrag auf eine Geburtsurkunde", geburt.draw, geburt.fields,
        geburt.documents, geburt.pii, lambda v: (v.applicant.full_name, v.address),
        geburt.MISSING_CANDIDATES),
    KENNZEICHEN: TypeKit[kennzeichen.KennzeichenValues](
        KENNZEICHEN, "strassenverkehr", "meinen Antrag auf ein Wunschkennzeichen",
        kennzeichen.draw, kennzeichen.fields, kennzeichen.documents, kennzeichen.pii,
        lambda v: (v.keeper.full_name, v.address), kennzeichen.MISSING_CANDIDATES),
    PARKEN: TypeKit[parken.ParkenValues](
        PARKEN, "strassenverkehr", "meinen Antrag auf einen Bewohnerparkausweis", parken.draw,
        parken.fields, parken.documents, parken.pii,
        lambda v: (v.applicant.full_name, v.address), parken.MISSING_CANDIDATES),
}
