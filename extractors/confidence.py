"""Combines the model's own certainty with the evidence check into one confidence per field."""

from __future__ import annotations

from domain.fields import Evidence, FieldData
from extractors.field_kinds import FieldKind

# Without token log-probabilities the model's certainty is unknown: assume a moderate value so
# that evidence decides; thresholds are calibrated on that basis (evals/calibration).
DEFAULT_MODEL_CONFIDENCE = 0.9
NOT_FOUND_FACTOR = 0.3
# Booleans are read from checkboxes and wording, not copied: their words need not stand in the
# text, so a missing match only slightly lowers the model's own certainty. Enums must be found
# (their option ticked, or named alone) like any copied value.
DERIVED_NOT_FOUND_FACTOR = 0.95
# Token log-probabilities are measured under the grammar: a value the grammar forces into the
# spec's spelling ("maennlich" where the text says "männlich") gets a very low probability
# although it is right. So the model's certainty may lower the confidence by at most this share.
MODEL_WEIGHT = 0.4


def model_certainty(model_conf: float | None) -> float:
    if model_conf is None:
        return DEFAULT_MODEL_CONFIDENCE
    return (1.0 - MODEL_WEIGHT) + MODEL_WEIGHT * model_conf


def combine(
    model_conf: float | None, value: FieldData, evidence: list[Evidence], kind: FieldKind
) -> float:
    base = model_certainty(model_conf)
    if value is None:
        return round(base, 3)
    if kind.kind == "bool":
        factor = 1.0 if evidence else DERIVED_NOT_FOUND_FACTOR
    elif evidence:
        # A scan read "Amelie" for "Amélie" as surely as the right letters (word confidence
        # 0.93): a value read by OCR is never as sure as the same value from a text layer.
        factor = min(e.similarity * e.read_conf for e in evidence)
    else:
        factor = NOT_FOUND_FACTOR
    return round(max(0.0, min(1.0, base * factor)), 3)
