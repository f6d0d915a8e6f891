"""Rules K1–K5 of the plate reservation: one pure function per rule code."""

from __future__ import annotations

from collections.abc import Collection

from apptypes._common.places import outside_bochum
from apptypes._common.plates import MAX_PLATE_CHARS, normalize_plate, plate_district, split_plate
from apptypes.base import Rule, RuleContext

CITY_DISTRICTS = frozenset({"BO", "WAT"})
FORBIDDEN_LETTERS = ("HJ", "KZ", "NS", "SA", "SS")
"""Spec default; ``options.unzulaessige_buchstaben`` in config.yaml replaces it."""
ASSIGNED_OPTION = "vergebene_kennzeichen"


def foreign_district(ctx: RuleContext) -> bool:
    district = plate_district(ctx.text("kennzeichen"))
    return district is not None and district not in CITY_DISTRICTS


def malformed(ctx: RuleContext) -> bool:
    raw = ctx.text("kennzeichen")
    if not raw:
        return False
    parts = split_plate(raw)
    return parts is None or parts.chars > MAX_PLATE_CHARS


def forbidden_letters(ctx: RuleContext) -> bool:
    parts = split_plate(ctx.text("kennzeichen"))
    forbidden: Collection[str] = ctx.config.options.get(
        "unzulaessige_buchstaben", FORBIDDEN_LETTERS
    )
    return parts is not None and parts.letters in forbidden


def keeper_outside_city(ctx: RuleContext) -> bool:
    return outside_bochum(ctx, "halter.anschrift")


def already_taken(ctx: RuleContext) -> bool:
    """Asks the plate register; the configured assigned plates count even without one."""
    plate = normalize_plate(ctx.text("kennzeichen"))
    if plate is None:
        return False
    configured = {normalize_plate(p) for p in ctx.config.options.get(ASSIGNED_OPTION, [])}
    if plate in configured:
        return True
    return ctx.plates is not None and ctx.plates.is_taken(plate, except_case=ctx.case_id or None)


RULES: tuple[Rule, ...] = (
    Rule(
        "K1_bezirk",
        "Das Unterscheidungszeichen ist nicht BO oder WAT. Bochum kann nur Kennzeichen seines "
        "Bezirks reservieren; Empfehlung: ablehnen.",
        foreign_district,
        "reject",
        ("kennzeichen",),
    ),
    Rule(
        "K2_format",
        "Das Kennzeichen hat kein gültiges Format (1–2 Buchstaben, 1–4 Ziffern ohne führende "
        "Null, höchstens 8 Zeichen ohne Trennzeichen). Empfehlung: ablehnen.",
        malformed,
        "reject",
        ("kennzeichen",),
    ),
    Rule(
        "K3_unzulaessig",
        "Die Buchstabenkombination ist nicht zulässig (z. B. HJ, KZ, NS, SA, SS). "
        "Empfehlung: ablehnen.",
        forbidden_letters,
        "reject",
        ("kennzeichen",),
    ),
    Rule(
        "K4_wohnsitz",
        "Die Halteranschrift liegt nicht in Bochum. Zuständig ist die Zulassungsstelle des "
        "Wohnorts; Empfehlung: ablehnen.",
        keeper_outside_city,
        "reject",
        ("halter.anschrift.plz", "halter.anschrift.ort"),
    ),
    Rule(
        "K5_vergeben",
        "Das Kennzeichen ist bereits reserviert oder vergeben. Bitte Alternativen anbieten.",
        already_taken,
        "approve",
        ("kennzeichen",),
    ),
)
