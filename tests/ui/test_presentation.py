"""German formatting, value parsing, corrections, statistics and SVG charts."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime, timedelta

import pytest

from domain.case import CaseView, Submission
from domain.documents import DocumentRef
from domain.fields import Evidence, Extraction, FieldValue
from storage.database import session_factory
from ui.audit import AuditLog
from ui.case_model import corrections_from_form, field_rows
from ui.cases import CaseListing
from ui.charts import Bar, gauge, stacked_bars
from ui.labels import field_label, reason_text
from ui.present import ValueFormatError, confidence, duration, local_datetime, parse_value
from ui.stats import overview, route_of


def _view(fields: dict[str, FieldValue]) -> CaseView:
    return CaseView(case_id="fall-1", status="awaiting_review", submission=Submission(
        case_id="fall-1", submitted_at=date(2026, 3, 2),
        documents=[DocumentRef(doc_id="d" * 64, filename="antrag.pdf")]),
        extraction=Extraction(application_type="geburtsurkunde", fields=fields))


def test_confidence_has_number_and_word_not_only_colour() -> None:
    assert confidence(0.93) == confidence(0.9).__class__(93, "hoch", "hoch")
    assert confidence(0.75).label == "mittel"
    assert confidence(0.2).label == "niedrig" and confidence(0.2).percent == 20


def test_durations_and_dates_in_german() -> None:
    assert duration(timedelta(days=2, hours=3)) == "2 Tage 3 Std."
    assert duration(timedelta(hours=1, minutes=5)) == "1 Std. 5 Min."
    assert duration(42) == "42 Sek."
    assert local_datetime(datetime(2026, 7, 1, 10, 0, tzinfo=UTC)) == "01.07.2026, 12:00"


def test_parse_value_follows_the_original_type() -> None:
    assert parse_value(" 3 ", 2) == 3
    assert parse_value("türkisch, deutsch", ["deutsch"]) == ["türkisch", "deutsch"]
    assert parse_value("nein", True) is False
    assert parse_value("", "x") is None
    with pytest.raises(ValueFormatError, match="ganze Zahl"):
        parse_value("drei", 2)


def test_corrections_contain_only_changed_fields() -> None:
    view = _view({"anzahl": FieldValue(value=2, confidence=0.6),
                  "person.vornamen": FieldValue(value="Anna Lena", confidence=0.95)})
    form = {"feld:anzahl": "3", "feld:person.vornamen": "Anna  Lena", "csrf_token": "x"}
    assert corrections_from_form(view, form, parse_value) == {"anzahl": 3}


def test_field_rows_flag_low_confidence_and_keep_order() -> None:
    view = _view({"anzahl": FieldValue(value=2, confidence=0.6),
                  "person.vornamen": FieldValue(value="Anna", confidence=0.95)})
    rows = field_rows(view)
    assert [r.label for r in rows] == ["Anzahl", "Person › Vornamen"]
    assert rows[0].flagged and not rows[1].flagged
    assert field_rows(view, show=lambda _k, _v: "[geschwärzt]")[1].value_text == "[geschwärzt]"


def test_evidence_shows_what_a_second_ocr_pass_read() -> None:
    scan = Evidence(doc_id="d" * 64, filename="scan.jpg", page=1, text="Amélie",
                    read_conf=0.5, alternative="Amelie")
    view = _view({"person.vornamen": FieldValue(value="Amélie", confidence=0.45,
                                                evidence=[scan])})
    (row,) = field_rows(view)
    assert row.evidence_text == "„Amélie“ (scan.jpg, S. 1; zweite Lesung „Amelie“)"
    assert row.flagged


def test_reasons_are_explained() -> None:
    assert "14 Tage" in reason_text("W4_frist")
    assert reason_text("missing_field:neue_wohnung.plz") == \
        "Pflichtangabe fehlt: Neue Wohnung › PLZ"
    assert field_label("staatsangehoerigkeiten") == "Staatsangehörigkeiten"


def _listing(status: str, reasons: list[str], started: datetime,
             closed: datetime | None = None, kind: str = "geburtsurkunde") -> CaseListing:
    return CaseListing(case_id=f"c-{started.timestamp()}", status=status, application_type=kind,
                       reasons=reasons, submitted=started, started=started, closed=closed)


def test_overview_figures() -> None:
    t0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    cases = [
        _listing("approved", [], t0, t0 + timedelta(minutes=2)),
        _listing("approved", ["G2_berechtigung"], t0, t0 + timedelta(hours=4)),
        _listing("rejected", ["G1_nicht_bochum"], t0, t0 + timedelta(hours=6)),
        _listing("awaiting_review", ["W4_frist"], t0, kind="wohnsitzanmeldung"),
        _listing("extracting", [], t0, kind="wohnsitzanmeldung"),
    ]
    assert [route_of(c) for c in cases] == ["auto", "clerk", "clerk", "clerk", "open"]
    figures = overview(cases, now=t0 + timedelta(hours=10))
    assert figures.total == 5
    assert figures.straight_through_rate == pytest.approx(1 / 3)
    assert figures.median_processing_seconds == 4 * 3600
    assert figures.median_waiting_seconds == 10 * 3600 and figures.waiting_now == 1
    by_type = {t.application_type: t.counts for t in figures.per_type}
    assert by_type["geburtsurkunde"] == {"auto": 1, "clerk": 2, "open": 0, "failed": 0}


def test_charts_are_valid_titled_svg() -> None:
    svg = stacked_bars("c1", "Fälle <je> Art", ["a", "b"], [Bar("Geburtsurkunde", [3, 1]),
                                                           Bar("Anmeldung & Co", [0, 2])])
    root = ET.fromstring(str(svg))
    ns = "{http://www.w3.org/2000/svg}"
    assert root.get("role") == "img" and root.findtext(f"{ns}title") == "Fälle <je> Art"
    assert len(root.findall(f"{ns}rect")) == 3 + 2  # 3 non-empty parts + 2 legend swatches
    assert ET.fromstring(str(gauge("g", "Quote", 0.5))).findtext(f"{ns}title") == "Quote: 50 %"


def test_audit_log_newest_first(db_url: str) -> None:
    log = AuditLog(session_factory(db_url))
    log.record("fall-1", "clara", "view_personal_data")
    log.record("fall-1", "clara", "decision", action="approve", detail="anzahl")
    log.record("fall-2", "otto", "view_personal_data")
    entries = log.for_case("fall-1")
    assert [(e.kind, e.action) for e in entries] == [("decision", "approve"),
                                                     ("view_personal_data", None)]
    assert entries[0].at.tzinfo is not None
