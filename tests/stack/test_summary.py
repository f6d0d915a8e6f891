"""The summary of `antragswerk up` as a redirected run, a CI log or a wide terminal prints it."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from rich.console import Console

from domain.case import CaseView, Classification, Submission
from domain.documents import DocumentRef
from domain.routing import RoutingDecision
from stack.cases import CaseDir
from stack.summary import Result, print_summary

REASONS = ["low_confidence:fahrzeug.kennzeichen", "low_confidence:antragsteller.geburtsdatum",
           "Z3_zone_unbekannt"]


def _result(case_id: str, app_type: str, reasons: list[str], seconds: float) -> Result:
    submission = Submission(case_id=case_id, submitted_at=date(2026, 12, 1),
                            documents=[DocumentRef(doc_id="0" * 64, filename="antrag.pdf")])
    view = CaseView(case_id=case_id, status="awaiting_review", submission=submission,
                    classification=Classification(application_type=app_type, confidence=0.9),
                    decision=RoutingDecision(route="clerk_review", recommendation="approve",
                                             reasons=reasons))
    return CaseDir(case_id, Path("."), date(2026, 12, 1), app_type, []), view, seconds


RESULTS = [_result("beispiel-bewohnerparkausweis-01", "bewohnerparkausweis", REASONS, 123.4),
           _result("beispiel-wunschkennzeichen-02", "wunschkennzeichen", [], 48.25)]


def _printed(width: int) -> list[str]:
    out = io.StringIO()  # not a terminal, like a redirected run
    print_summary(Console(file=out, width=width), RESULTS)
    return [line.rstrip() for line in out.getvalue().splitlines()]


@pytest.mark.parametrize("width", [80, 120, 200])
def test_nothing_is_cut_and_every_reason_is_one_line(width: int) -> None:
    lines = _printed(width)
    text = "\n".join(lines)
    assert "…" not in text
    for reason in REASONS:
        assert any(line.strip() == reason for line in lines), (reason, text)
    for case_id, seconds in (("beispiel-bewohnerparkausweis-01", "123.4"),
                             ("beispiel-wunschkennzeichen-02", "48.2")):
        assert any(case_id in line and seconds in line for line in lines), text


def test_a_very_narrow_console_wraps_but_loses_nothing() -> None:
    text = "".join(line.strip() for line in _printed(30))
    assert "…" not in text
    for value in [*REASONS, "beispiel-bewohnerparkausweis-01", "123.4", "48.2"]:
        assert value in text


def test_a_wide_console_gets_the_table_a_narrow_one_a_list() -> None:
    assert any(line.startswith("┃ Fall") for line in _printed(120))
    assert not any("┃" in line for line in _printed(80))
