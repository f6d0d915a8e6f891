"""A retried activity's failure is one console line; the traceback goes to the log file only."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from config.logging_setup import configure_logging, remove_logging
from config.settings import Settings

# What temporalio's activity logger attaches to its records (ActivityLoggerAdapter).
ACTIVITY = {"activity_id": "3", "activity_type": "extract_fields", "attempt": 2,
            "namespace": "default", "task_queue": "antragswerk-llm",
            "workflow_id": "case-17", "workflow_run_id": "r", "workflow_type": "CaseWorkflow"}


@dataclass(frozen=True)
class Logs:
    file: Path
    console: io.StringIO


@pytest.fixture
def logs(tmp_path: Path) -> Iterator[Logs]:
    path = configure_logging(Settings(state_dir=tmp_path), level=logging.INFO)
    console = io.StringIO()
    for handler in logging.getLogger().handlers:
        if type(handler) is logging.StreamHandler:  # the console handler (stderr)
            handler.setStream(console)
    yield Logs(path, console)
    remove_logging()


def _fail_like_the_sdk() -> None:
    try:
        try:
            raise ConnectionError("503 Eingabe abgelehnt: Frau Kowalski, Kortumstraße 12")
        except ConnectionError as refused:
            raise RuntimeError("extraction failed") from refused
    except RuntimeError:
        logging.getLogger("temporalio.activity").warning(
            "Completing activity as failed (%s)", ACTIVITY, exc_info=True,
            extra={"temporal_activity": ACTIVITY})


def test_a_failed_attempt_is_one_console_line_with_case_step_attempt_and_cause(
        logs: Logs) -> None:
    _fail_like_the_sdk()
    console = logs.console.getvalue().splitlines()
    assert len(console) == 1, console
    line = console[0]
    assert "WARNING Fall case-17, Schritt extract_fields, Versuch 2: ConnectionError: 503" in line
    assert str(logs.file) in line
    assert "Kowalski" not in line and "Kortumstraße" not in line
    logged = logs.file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "The above exception was the direct cause of the following exception" in logged
    assert "Kowalski" not in logged


def test_records_without_an_exception_print_as_before(logs: Logs) -> None:
    logging.getLogger("antragswerk.test").warning("worker started on %s", "antragswerk-ocr")
    assert logs.console.getvalue().rstrip().endswith(
        "WARNING antragswerk.test: worker started on antragswerk-ocr")
