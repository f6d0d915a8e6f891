"""The routing policy: which findings a case gets and where it goes."""

from __future__ import annotations

import dataclasses

import pytest

from apptypes.base import ApplicationType
from apptypes.registry import all_types
from domain.case import Classification
from domain.documents import DocumentRef, ReadingSummary
from domain.fields import Extraction, FieldData, FieldValue
from domain.routing import Finding, Recommendation
from routing.policy import (
    MIN_CLASSIFICATION_CONFIDENCE,
    MIN_OCR_CONFIDENCE,
    classification_findings,
    decide,
    document_findings,
    field_findings,
)
from routing.reasons import EXPLANATIONS, finding

WOHNSITZ = all_types()["wohnsitzanmeldung"]
THRESHOLD = WOHNSITZ.config.confidence_threshold


def summary(**changes: object) -> ReadingSummary:
    base = ReadingSummary(
        doc=DocumentRef(doc_id="d1", filename="anmeldung.pdf"), reading_key="readings/d1",
        pages=1, chars=1200, methods=["text_layer"], mean_conf=1.0,
    )
    return base.model_copy(update=changes)


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


# --- documents ---------------------------------------------------------------------------


def test_good_readings_have_no_findings() -> None:
    assert document_findings([summary(), summary(methods=["ocr"], mean_conf=0.8)]) == []
    assert document_findings([]) == []


@pytest.mark.parametrize(
    "bad",
    [
        {"error": "Das Dokument ist verschlüsselt."},
        {"chars": 0},
        {"methods": ["ocr"], "mean_conf": MIN_OCR_CONFIDENCE - 0.01},
    ],
)
def test_unreadable_document(bad: dict[str, object]) -> None:
    assert codes(document_findings([summary(), summary(**bad)])) == ["unreadable_document"]


def test_unreadable_is_reported_once_for_several_bad_documents() -> None:
    found = document_findings([summary(chars=0), summary(error="kaputt")])
    assert codes(found) == ["unreadable_document"]


def test_truncated_document() -> None:
    assert codes(document_findings([summary(truncated=True)])) == ["document_truncated"]
    both = document_findings([summary(truncated=True, chars=0)])
    assert codes(both) == ["unreadable_document", "document_truncated"]


# --- classification ----------------------------------------------------------------------


def test_classification_findings() -> None:
    sure = Classification(application_type="wohnsitzanmeldung", confidence=0.9)
    assert classification_findings(sure, known=True) == []
    unsure = Classification(
        application_type="wohnsitzanmeldung", confidence=MIN_CLASSIFICATION_CONFIDENCE - 0.1
    )
    assert codes(classification_findings(unsure, known=True)) == ["classification_uncertain"]
    given = unsure.model_copy(update={"given": True})
    assert classification_findings(given, known=True) == []
    none = Classification(application_type=None, confidence=0.0)
    assert codes(classification_findings(none, known=False)) == ["unclassified"]
    unknown = Classification(application_type="hundesteuer", confidence=1.0, given=True)
    assert codes(classification_findings(unknown, known=False)) == ["unknown_application_type"]


# --- fields ------------------------------------------------------------------------------

COMPLETE: dict[str, FieldData] = {
    "familienname": "Kowalski",
    "vornamen": "Anna Maria",
    "geburtsdatum": "1988-07-03",
    "geburtsort": "Essen",
    "staatsangehoerigkeiten": ["polnisch"],
    "einzugsdatum": "2024-03-01",
    "neue_wohnung.strasse": "Kortumstraße",
    "neue_wohnung.hausnummer": "45",
    "neue_wohnung.plz": "44787",
    "neue_wohnung.ort": "Bochum",
    "wohnungsstatus": "alleinige",
    "wohnungsgeber.name": "Glückauf Wohnbau eG",
    "wohnungsgeber.einzugsdatum": "2024-03-01",
}


def extraction(
    values: dict[str, FieldData] | None = None, overrides: dict[str, FieldValue] | None = None
) -> Extraction:
    values = COMPLETE if values is None else values
    all_fields = {k: FieldValue(value=v, confidence=1.0) for k, v in values.items()}
    all_fields.update(overrides or {})
    return Extraction(application_type=WOHNSITZ.key, fields=all_fields)


def test_complete_confident_extraction_has_no_findings() -> None:
    assert set(WOHNSITZ.required) == set(COMPLETE)
    assert field_findings(WOHNSITZ, extraction()) == []


def test_missing_required_fields() -> None:
    values = {k: v for k, v in COMPLETE.items() if k != "geburtsort"}
    found = field_findings(
        WOHNSITZ,
        extraction(
            values,
            {
                "staatsangehoerigkeiten": FieldValue(value=[], confidence=1.0),
                "vornamen": FieldValue(value="", confidence=1.0),
                "familienname": FieldValue(value=None, confidence=1.0),
            },
        ),
    )
    assert set(codes(found)) == {
        "missing_field:geburtsort", "missing_field:staatsangehoerigkeiten",
        "missing_field:vornamen", "missing_field:familienname",
    }
    assert all(f.fields == [f.code.split(":")[1]] for f in found)
    assert all(f.recommendation == "approve" for f in found)


def test_missing_optional_field_is_fine() -> None:
    no_birth_name = extraction(overrides={"geburtsname": FieldValue(value=None)})
    assert field_findings(WOHNSITZ, no_birth_name) == []


def test_low_confidence_required_field() -> None:
    low = FieldValue(value="44787", confidence=THRESHOLD - 0.01)
    assert codes(field_findings(WOHNSITZ, extraction(overrides={"neue_wohnung.plz": low}))) == [
        "low_confidence:neue_wohnung.plz"
    ]
    at_threshold = FieldValue(value="44787", confidence=THRESHOLD)
    assert field_findings(WOHNSITZ, extraction(overrides={"neue_wohnung.plz": at_threshold})) == []


def test_an_unsure_optional_value_copied_from_the_documents_needs_a_clerk() -> None:
    # "Dort" for "Dortmund" as the previous town auto-approved a real Berlin form.
    unsure = FieldValue(value="Dort", confidence=THRESHOLD - 0.01)
    found = field_findings(WOHNSITZ, extraction(overrides={"bisherige_wohnung.ort": unsure}))
    assert codes(found) == ["low_confidence:bisherige_wohnung.ort"]
    sure = FieldValue(value="Dortmund", confidence=THRESHOLD)
    assert field_findings(WOHNSITZ, extraction(overrides={"bisherige_wohnung.ort": sure})) == []


def test_unsure_optional_flags_and_choices_gate_too() -> None:
    """No unverified value in an approved record: a flag or choice the documents do not make
    sure (``pkw`` for a ticked "Lkw", a landlord's role the model guessed) sends the case to a
    clerk; left empty, it gates nothing."""
    flag = FieldValue(value=True, confidence=0.6)
    assert codes(field_findings(
        WOHNSITZ, extraction(overrides={"wohnungsgeber.ist_eigentuemer": flag}))) == [
        "low_confidence:wohnungsgeber.ist_eigentuemer"]
    empty = FieldValue(value=None, confidence=0.2)
    assert field_findings(
        WOHNSITZ, extraction(overrides={"wohnungsgeber.ist_eigentuemer": empty})) == []


def test_clerk_corrected_value_is_never_low_confidence() -> None:
    corrected = FieldValue(value="44789", confidence=0.0, source="clerk")
    assert field_findings(WOHNSITZ, extraction(overrides={"neue_wohnung.plz": corrected})) == []


def test_extraction_error_is_one_finding() -> None:
    failed = Extraction(application_type=WOHNSITZ.key, error="Ungültige Modellantwort: …")
    assert codes(field_findings(WOHNSITZ, failed)) == ["extraction_failed"]


# --- decision ----------------------------------------------------------------------------


def rule_finding(code: str, recommendation: Recommendation) -> Finding:
    return Finding(code=code, message="Regel", recommendation=recommendation)


def test_no_findings_auto_approves() -> None:
    decision = decide(WOHNSITZ, [])
    assert (decision.route, decision.recommendation) == ("auto_approve", "approve")
    assert decision.reasons == [] and decision.findings == []


def test_any_finding_goes_to_a_clerk_with_approve_recommendation() -> None:
    decision = decide(WOHNSITZ, [rule_finding("W4_frist", "approve")])
    assert (decision.route, decision.recommendation) == ("clerk_review", "approve")
    assert decision.reasons == ["W4_frist"]


def test_reject_recommendation_wins() -> None:
    decision = decide(
        WOHNSITZ,
        [rule_finding("W4_frist", "approve"), rule_finding("W1_ausserhalb", "reject"),
         finding("low_confidence", field="neue_wohnung.plz")],
    )
    assert (decision.route, decision.recommendation) == ("clerk_review", "reject")
    assert decision.reasons == ["W4_frist", "W1_ausserhalb", "low_confidence:neue_wohnung.plz"]


def test_reasons_are_deduplicated_in_order() -> None:
    decision = decide(WOHNSITZ, [finding("unreadable_document"), finding("unreadable_document")])
    assert decision.reasons == ["unreadable_document"]
    assert len(decision.findings) == 2


def no_auto_approval(app_type: ApplicationType) -> ApplicationType:
    config = app_type.config.model_copy(update={"auto_approve_allowed": False})
    return dataclasses.replace(app_type, config=config)


def test_type_without_auto_approval_always_goes_to_a_clerk() -> None:
    decision = decide(no_auto_approval(WOHNSITZ), [])
    assert decision.route == "clerk_review"
    assert decision.recommendation == "approve"
    assert decision.reasons == ["auto_approval_disabled"]


def test_decide_does_not_change_the_callers_findings() -> None:
    findings: list[Finding] = []
    decide(no_auto_approval(WOHNSITZ), findings)
    assert findings == []


def test_no_auto_approval_without_a_known_type() -> None:
    decision = decide(None, [])
    assert decision.route == "clerk_review"
    assert decision.reasons


def test_every_generic_reason_has_a_plain_german_message_without_placeholder() -> None:
    for code in EXPLANATIONS:
        f = finding(code, field="geburtsdatum")
        assert "{" not in f.message and f.message.endswith(".")
