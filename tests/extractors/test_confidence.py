"""One confidence per field from the model's certainty and the evidence check."""

from __future__ import annotations

from domain.fields import Evidence
from extractors.confidence import (
    DEFAULT_MODEL_CONFIDENCE,
    DERIVED_NOT_FOUND_FACTOR,
    MODEL_WEIGHT,
    NOT_FOUND_FACTOR,
    combine,
    model_certainty,
)
from extractors.field_kinds import FieldKind

TEXT = FieldKind("str")
ENUM = FieldKind("enum", ("alleinige", "haupt", "neben"))


def ev(similarity: float) -> Evidence:
    return Evidence(doc_id="d", filename="d.pdf", page=1, text="x", similarity=similarity)


def test_found_exactly_keeps_the_softened_model_confidence() -> None:
    assert combine(0.97, "Bochum", [ev(1.0)], TEXT) == round(model_certainty(0.97), 3)
    # A grammar-forced spelling has near-zero logprob but must not sink below 1 - MODEL_WEIGHT.
    assert combine(0.0, "maennlich", [ev(1.0)], ENUM) == round(1 - MODEL_WEIGHT, 3)
    assert model_certainty(0.5) < model_certainty(0.9) < model_certainty(1.0) == 1.0


def test_without_logprobs_the_default_model_confidence_is_used() -> None:
    assert combine(None, "Bochum", [ev(1.0)], TEXT) == DEFAULT_MODEL_CONFIDENCE


def test_fuzzy_evidence_scales_by_the_weakest_similarity() -> None:
    assert combine(1.0, ["a", "b"], [ev(1.0), ev(0.9)], TEXT) == 0.9
    assert combine(0.9, "Kortumstraße", [ev(0.92)], TEXT) == round(
        model_certainty(0.9) * 0.92, 3)


def test_not_found_is_far_below_any_threshold() -> None:
    assert combine(1.0, "Dortmund", [], TEXT) == NOT_FOUND_FACTOR
    assert combine(None, "Dortmund", [], TEXT) < 0.5


def test_null_value_keeps_the_model_confidence() -> None:
    assert combine(0.8, None, [], TEXT) == round(model_certainty(0.8), 3)
    assert combine(None, None, [], TEXT) == DEFAULT_MODEL_CONFIDENCE


def test_enum_must_be_found_but_a_flag_need_not() -> None:
    assert combine(1.0, "haupt", [], ENUM) == NOT_FOUND_FACTOR
    assert combine(1.0, "haupt", [ev(1.0)], ENUM) == 1.0
    assert combine(1.0, "haupt", [ev(0.75)], ENUM) == 0.75
    assert combine(1.0, True, [], FieldKind("bool")) == DERIVED_NOT_FOUND_FACTOR


def test_result_is_clamped_to_unit_interval() -> None:
    assert combine(1.7, "x", [ev(1.0)], TEXT) == 1.0
    assert combine(0.5, "x", [ev(1.7)], TEXT) == 1.0


def test_ocr_word_confidence_lowers_the_field() -> None:
    scanned = Evidence(doc_id="d", filename="scan.jpg", page=1, text="Amelie", read_conf=0.93)
    digital = Evidence(doc_id="d", filename="d.pdf", page=1, text="Amelie")
    assert combine(1.0, "Amelie", [scanned], TEXT) == 0.93
    assert combine(1.0, "Amelie", [digital], TEXT) == 1.0
