"""PII strings are really in the documents' text; injected instructions are really there."""

from __future__ import annotations

from dataclasses import replace

import pytest

from evals.generator import build_cases
from evals.generator.assemble import BuiltCase
from evals.generator.catalog import TYPES
from evals.generator.doctext import document_text, normalised
from evals.generator.model import CaseSpec, Rendering
from evals.generator.wording import INJECTIONS


def _texts(case: BuiltCase, tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp(case.case_id)
    texts = []
    for doc in case.documents:
        path = folder / doc.filename
        path.write_bytes(doc.data)
        text = document_text(path)
        assert text is not None, f"{doc.filename} has no text layer"
        texts.append(text)
    return "\n".join(texts)


@pytest.mark.parametrize("rendering", ["boxed", "two_column", "letter_pdf", "txt", "eml"])
def test_pii_strings_are_in_the_text_of_digital_documents(
        rendering: Rendering, tmp_path_factory: pytest.TempPathFactory) -> None:
    specs = [CaseSpec(f"{rendering}-{t}", t, "clean", rendering, extras=1) for t in TYPES]
    for case in build_cases(specs, seed=9):
        text = _texts(case, tmp_path_factory)
        assert case.expected["pii"]
        for item in case.expected["pii"]:
            assert normalised(item) in text, (case.case_id, item)


def test_injected_instruction_is_in_the_document(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    specs = [CaseSpec(f"inj-{t}", t, "suspicious", "boxed") for t in TYPES]
    for case in build_cases(specs, seed=3):
        text = _texts(case, tmp_path_factory)
        assert any(normalised(i) in text for i in INJECTIONS), case.case_id
        assert case.expected["rules"] == ["suspicious_content"]


def test_missing_field_is_null_and_absent_from_the_form(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    spec = CaseSpec("missing", "geburtsurkunde", "missing", "boxed")
    for seed in range(6):
        (case,) = build_cases([replace(spec, case_id=f"missing-{seed}")], seed=seed)
        (code,) = case.expected["rules"]
        key = code.removeprefix("missing_field:")
        assert case.expected["fields"][key] is None
        assert case.expected["route"] == "clerk_review"


def test_scan_is_raster_only(tmp_path_factory: pytest.TempPathFactory) -> None:
    (case,) = build_cases([CaseSpec("scan", "wunschkennzeichen", "clean", "scan_pdf")], seed=4)
    folder = tmp_path_factory.mktemp("scan")
    (doc,) = case.documents
    (folder / doc.filename).write_bytes(doc.data)
    assert doc.raster and document_text(folder / doc.filename) is None
    assert set(case.expected["pii"]) <= {s for s in doc.strings} | {
        part for s in doc.strings for part in case.expected["pii"] if part in s}
