from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from evals.dataset import Prediction
from evals.predictions import read_predictions, write_prediction
from evals.report_json import read_report
from evals.report_model import Report
from evals.reports import write_reports
from evals.svg_charts import readable_text_colour

SPEC_SUMMARY_KEYS = {
    "cases", "classification_accuracy", "field_exact_match", "field_anls", "case_exact_match",
    "hallucination_rate", "false_auto_approvals", "straight_through_rate", "rule_precision",
    "rule_recall", "pii_leak_rate", "seconds_per_case", "llm_tokens_per_case"}


def _write(report: Report, outdir: Path) -> dict[str, Path]:
    return write_reports(report, outdir, title="Evaluation Testlauf",
                         run_info={"model": "qwen-test", "prompt": "v3"})


def test_report_json_has_spec_summary_and_round_trips(hand_report: Report, tmp_path: Path) -> None:
    paths = _write(hand_report, tmp_path)
    data = json.loads(paths["report.json"].read_text(encoding="utf-8"))
    assert data["summary"].keys() >= SPEC_SUMMARY_KEYS
    assert all(isinstance(data["summary"][k], int | float) for k in SPEC_SUMMARY_KEYS)
    assert data["summary"]["false_auto_approvals"] == 2
    assert data["run"] == {"model": "qwen-test", "prompt": "v3"}
    again = read_report(tmp_path)
    assert again.summary == hand_report.summary
    assert again.per_case[0].exact_match == hand_report.per_case[0].exact_match


def test_report_holds_no_pii(hand_report: Report, tmp_path: Path) -> None:
    paths = _write(hand_report, tmp_path)
    for path in paths.values():
        text = path.read_text(encoding="utf-8")
        for secret in ("Müller", "03.07.1988", "Anna Maria", "Yılmaz", "Schmidt"):
            assert secret not in text, (path.name, secret)


def test_markdown_sections(hand_report: Report, tmp_path: Path) -> None:
    text = _write(hand_report, tmp_path)["report.md"].read_text(encoding="utf-8")
    for heading in ("# Evaluation Testlauf", "## Kennzahlen gesamt", "## Kennzahlen je Antragstyp",
                    "## Routing-Konfusionsmatrix (gesamt)", "## Falsche Automatik-Genehmigungen",
                    "## PII-Lecks", "## Felder: wohnsitzanmeldung", "## Methodik"):
        assert heading in text
    assert "| Felder exakt richtig (mikro) | 71,4 % |" in text  # 10/14
    assert "| erwartet clerk_review | 1 | 1 | 1 |" in text
    assert re.search(r"\| A \| wohnsitzanmeldung \| Feld falsch: familienname \|", text)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_html_is_self_contained_and_accessible(hand_report: Report, tmp_path: Path) -> None:
    html = _write(hand_report, tmp_path)["report.html"].read_text(encoding="utf-8")
    parser = _Collector()
    parser.feed(html)
    tags = parser.tags
    assert ("html", {"lang": "de"}) in tags
    for _tag, attrs in tags:
        for name in ("src", "href", "xlink:href", "action"):
            value = attrs.get(name) or ""
            assert not re.match(r"^\s*(https?:)?//", value), value
            assert not value or value.startswith("#"), value
    names = [tag for tag, _ in tags]
    assert "script" not in names and "link" not in names and "img" not in names
    assert "url(" not in html and "@import" not in html
    svgs = [attrs for tag, attrs in tags if tag == "svg"]
    # Confusion heatmap, risk–coverage, field bars for 2 types, stage times.
    assert len(svgs) == 5
    assert all(a.get("role") == "img" and a.get("aria-labelledby") for a in svgs)
    assert names.count("title") >= 6  # page title + one per chart
    assert sum(1 for tag, a in tags if tag == "th" and a.get("scope") == "col") > 20


def test_text_colour_contrast_on_heatmap_fills() -> None:
    assert readable_text_colour((255, 255, 255)) == "#1a1a1a"
    assert readable_text_colour((0x1F, 0x5F, 0xA8)) == "#ffffff"


def test_prediction_round_trip(tmp_path: Path) -> None:
    p = Prediction(application_type="wohnsitzanmeldung", route="clerk_review",
                   fields={"familienname": "Kowalski", "staatsangehoerigkeiten": ["polnisch"]},
                   confidence={"familienname": 0.97}, seconds=1.5, llm_tokens=10,
                   stage_seconds={"read": 0.5})
    path = write_prediction(tmp_path, "rf-1", p)
    assert path == tmp_path / "predictions" / "rf-1.json"
    assert read_predictions(tmp_path) == {"rf-1": p}
    assert read_predictions(tmp_path / "leer") == {}
