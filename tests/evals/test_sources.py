"""The split of the summary by source (digital documents against scans), worked out by hand.

- D1 (digital: text layer): 4 fields, familienname wrong; auto expected and auto predicted →
  false auto-approval; leaks 1 of its 2 PII strings.
- D2 (digital: AcroForm and plain text): 2 fields right; auto expected and predicted.
- S1 (scan: OCR on one page, text layer on another): 3 fields, 2 wrong; auto expected, clerk
  predicted; 1 PII string, not leaked.
- N (no reading method recorded): 1 field right, clerk expected and predicted → left out.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from domain.case import CaseView, Submission
from domain.documents import DocumentRef, ReadingSummary
from evals.aggregate import summarize
from evals.dataset import Dataset, Prediction, load_dataset
from evals.metrics import score
from evals.report_json import read_report
from evals.report_model import Report
from evals.reports import write_reports
from evals.runner import prediction_from_view
from evals.sources import source_of
from storage.document_store import FileDocumentStore
from tests.evals.builders import expected, prediction, write_case

T = "wohnsitzanmeldung"


@pytest.fixture(scope="module")
def source_dataset(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    root = tmp_path_factory.mktemp("sources")
    write_case(root, "D1", application_type=T, expected=expected(T, "auto_approve", {
        "familienname": "Müller", "vornamen": "Eva", "geburtsdatum": "1990-01-02",
        "neue_wohnung.plz": "44787"}, pii=["Müller", "Eva"]))
    write_case(root, "D2", application_type=T, expected=expected(T, "auto_approve", {
        "familienname": "Kaya", "vornamen": "Deniz"}))
    write_case(root, "S1", application_type=T, expected=expected(T, "auto_approve", {
        "familienname": "Nowak", "vornamen": "Jan", "neue_wohnung.plz": "44801"},
        pii=["Nowak"]))
    write_case(root, "N", application_type=T, expected=expected(T, "clerk_review", {
        "familienname": "Ott"}))
    return load_dataset(root)


def _predictions() -> dict[str, Prediction]:
    return {
        "D1": prediction(T, "auto_approve", {
            "familienname": "Muller", "vornamen": "Eva", "geburtsdatum": "1990-01-02",
            "neue_wohnung.plz": "44787"}, redacted=["<PERSON> Eva"],
            read_methods=["text_layer"]),
        "D2": prediction(T, "auto_approve", {"familienname": "Kaya", "vornamen": "Deniz"},
                         read_methods=["acroform", "plain_text"]),
        "S1": prediction(T, "clerk_review", {
            "familienname": "Nowak", "vornamen": "Jon", "neue_wohnung.plz": "44807"},
            redacted=["<PERSON>"], read_methods=["ocr", "text_layer"]),
        "N": prediction(T, "clerk_review", {"familienname": "Ott"}),
    }


@pytest.fixture(scope="module")
def source_report(source_dataset: Dataset) -> Report:
    return score(source_dataset, _predictions(), gated_fields={})


@pytest.mark.parametrize(("methods", "source"), [
    ([], None), (["ocr"], "scan"), (["email", "ocr"], "scan"), (["text_layer"], "digital"),
    (["acroform", "plain_text", "email"], "digital")])
def test_source_of(methods: list[str], source: str | None) -> None:
    assert source_of(methods) == source


def test_digital_cases(source_report: Report) -> None:
    d = source_report.per_source["digital"]
    assert (d.cases, d.fields_scored, d.false_auto_approvals) == (2, 6, 1)
    assert d.field_exact_match == pytest.approx(5 / 6)
    assert d.case_exact_match == pytest.approx(1 / 2)  # D2 only
    assert d.straight_through_rate == 1.0  # D1, D2 both auto-approved
    assert d.pii_leak_rate == pytest.approx(1 / 2)  # "Eva" of D1


def test_scan_cases(source_report: Report) -> None:
    s = source_report.per_source["scan"]
    assert (s.cases, s.fields_scored, s.false_auto_approvals) == (1, 3, 0)
    assert s.field_exact_match == pytest.approx(1 / 3)
    assert s.case_exact_match == 0.0
    assert s.straight_through_rate == 0.0
    assert s.pii_leak_rate == 0.0


def test_cases_without_method_are_left_out(source_report: Report) -> None:
    assert list(source_report.per_source) == ["digital", "scan"]
    assert source_report.summary.cases == 4
    assert sum(s.cases for s in source_report.per_source.values()) == 3
    sources = {c.case_id: c.source for c in source_report.per_case}
    assert sources == {"D1": "digital", "D2": "digital", "N": None, "S1": "scan"}


def test_split_uses_the_per_type_summary(source_report: Report) -> None:
    scan = [c for c in source_report.per_case if c.source == "scan"]
    assert source_report.per_source["scan"] == summarize(scan)


def test_markdown_and_html_table(source_report: Report, tmp_path: Path) -> None:
    paths = write_reports(source_report, tmp_path, title="t", run_info={})
    md = paths["report.md"].read_text(encoding="utf-8")
    assert "## Nach Quelle / by source" in md
    assert ("| Quelle | Fälle | Felder exakt richtig (mikro) | Fälle vollständig richtig | "
            "Falsche Automatik-Genehmigungen | Durchlaufquote (straight-through) | "
            "PII-Leckrate |") in md
    assert ("| digital (Textebene, Formular, Text, E-Mail) | 2 | 83,3 % | 50,0 % | 1 | "
            "100,0 % | 50,0 % |") in md
    assert "| Scan (mindestens eine Seite per OCR) | 1 | 33,3 % | 0,0 % | 0 | 0,0 % | 0,0 % |" in md
    assert "_1 Fälle ohne erfasste Lesemethode fehlen in dieser Aufteilung._" in md
    html = paths["report.html"].read_text(encoding="utf-8")
    section = html.split('<section id="je-quelle">')[1].split("</section>")[0]
    assert "Nach Quelle / by source" in section
    assert '<th scope="row">Scan (mindestens eine Seite per OCR)</th><td>1</td>' in section
    assert "<td>83,3 %</td>" in section


def test_table_says_none_when_no_method_was_recorded(source_dataset: Dataset,
                                                     tmp_path: Path) -> None:
    old = {k: p.model_copy(update={"read_methods": []}) for k, p in _predictions().items()}
    report = score(source_dataset, old, gated_fields={})
    assert {k: s.cases for k, s in report.per_source.items()} == {"digital": 0, "scan": 0}
    md = write_reports(report, tmp_path, title="t", run_info={})["report.md"].read_text()
    assert "## Nach Quelle / by source\n\nKeine.\n" in md


def test_old_files_without_the_new_keys_still_load(source_report: Report,
                                                   tmp_path: Path) -> None:
    assert Prediction.model_validate_json('{"route": "clerk_review"}').read_methods == []
    write_reports(source_report, tmp_path, title="t", run_info={})
    path = tmp_path / "report.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["per_source"]
    for case in data["per_case"]:
        del case["source"]
    path.write_text(json.dumps(data), encoding="utf-8")
    old = read_report(tmp_path)
    assert old.per_source == {} and all(c.source is None for c in old.per_case)
    assert old.summary == source_report.summary


def test_runner_records_the_methods_of_every_document(tmp_path: Path) -> None:
    docs = [DocumentRef(doc_id=f"{n}" * 64, filename=f"{n}.pdf") for n in (1, 2)]

    def reading(doc: DocumentRef, methods: list[str]) -> ReadingSummary:
        return ReadingSummary.model_validate({"doc": doc, "reading_key": doc.doc_id, "pages": 2,
                                              "chars": 10, "methods": methods, "mean_conf": 0.9})

    view = CaseView(case_id="c", status="awaiting_review",
                    submission=Submission(case_id="c", submitted_at=date(2026, 1, 5),
                                          documents=docs),
                    readings=[reading(docs[0], ["text_layer"]),
                              reading(docs[1], ["ocr", "text_layer"])])
    pred = prediction_from_view(view, FileDocumentStore(tmp_path), seconds=1.0)
    assert pred.read_methods == ["ocr", "text_layer"]
    assert source_of(pred.read_methods) == "scan"
