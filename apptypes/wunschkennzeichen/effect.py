"""On approval: reserve the plate in the plate register (idempotent per case)."""

from __future__ import annotations

from typing import Any

from apptypes._common.plates import normalize_plate
from apptypes.base import ApprovalRefused, EffectContext, TypeConfig
from apptypes.wunschkennzeichen.rules import ASSIGNED_OPTION
from storage.plate_register import CaseHoldsOtherPlate, PlateAlreadyTaken, PlateRegister


def seeded_register(db_url: str, config: TypeConfig) -> PlateRegister:
    """The register with the plates that ``config.yaml`` lists as already assigned."""
    register = PlateRegister(db_url)
    plates = [normalize_plate(p) for p in config.options.get(ASSIGNED_OPTION, [])]
    register.seed_assigned(p for p in plates if p)
    return register


def reserve_plate(ctx: EffectContext) -> dict[str, Any]:
    """Refuses (K5) when another case won the plate since the rules ran."""
    plate = normalize_plate(str(ctx.fields.get("kennzeichen") or ""))
    if plate is None:
        raise ApprovalRefused(
            "K2_format", "Das Kennzeichen ist nicht lesbar; bitte im Vorgang korrigieren."
        )
    try:
        reservation = seeded_register(ctx.db_url, ctx.config).reserve(plate, ctx.case_id)
    except (PlateAlreadyTaken, CaseHoldsOtherPlate) as exc:
        raise ApprovalRefused("K5_vergeben", str(exc)) from exc
    return {
        "kennzeichen": reservation.kennzeichen,
        "status": reservation.status,
        "reserviert_am": reservation.created_at.date().isoformat(),
    }


def release_plate(ctx: EffectContext) -> None:
    """The case's record could not be written: its reservation goes, the plate is free again."""
    PlateRegister(ctx.db_url).release(ctx.case_id)
