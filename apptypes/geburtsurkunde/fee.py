"""The fee: a first copy plus each further copy, amounts from ``config.yaml``."""

from __future__ import annotations

from collections.abc import Mapping

from apptypes._common.numbers import parse_count
from apptypes.base import TypeConfig
from domain.fields import FieldData

FIRST_COPY, FURTHER_COPY = "erste_urkunde", "weitere_urkunde"


def certificate_fee(fields: Mapping[str, FieldData], config: TypeConfig) -> float | None:
    """None when the number of copies is unknown or not positive; the clerk then decides."""
    copies = parse_count(fields.get("anzahl"))
    if copies is None or copies < 1:
        return None
    first, further = config.fees.get(FIRST_COPY, 0.0), config.fees.get(FURTHER_COPY, 0.0)
    return round(first + (copies - 1) * further, 2)
