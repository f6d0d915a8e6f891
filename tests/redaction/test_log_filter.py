"""Logs never carry personal data."""

from __future__ import annotations

import logging
import sys

import pytest

from redaction import RedactingLogFilter
from redaction.log_filter import needs_analysis
from redaction.redact import redact_log_text


def test_log_messages_and_args_are_redacted(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("antragswerk.test.redaction")
    caplog.handler.addFilter(RedactingLogFilter())
    with caplog.at_level(logging.INFO, logger=logger.name):
        logger.info("Antrag von %s, geb. %s, IBAN %s", "Frau Kowalski", "03.07.1988",
                    "DE02 1203 0000 0000 2020 51")
        logger.info("workflow started")
    messages = [r.getMessage() for r in caplog.records]
    assert messages == ["Antrag von Frau <PERSON>, geb. <DATE_OF_BIRTH>, IBAN <IBAN>",
                        "workflow started"]
    assert "Kowalski" not in caplog.text and "1988" not in caplog.text


def test_cheap_path_skips_plain_lower_case_messages() -> None:
    assert not needs_analysis("workflow started, waiting for review")
    assert needs_analysis("case 17 read")
    assert needs_analysis("sent to Frau Kowalski")


def _chained_traceback_record() -> logging.LogRecord:
    try:
        try:
            raise ValueError("Antwort für Frau Kowalski unlesbar")
        except ValueError as inner:
            raise RuntimeError("The model returned no answer") from inner
    except RuntimeError:
        return logging.LogRecord("antragswerk.test", logging.ERROR, __file__, 1,
                                 "During handling the step failed", None, sys.exc_info())


def test_tracebacks_keep_ordinary_english_words_and_lose_names() -> None:
    from config.logging_setup import RedactingFormatter

    record = _chained_traceback_record()
    assert RedactingLogFilter().filter(record)
    text = RedactingFormatter("%(message)s").format(record)
    assert text.startswith("During handling the step failed\n")
    assert "The above exception was the direct cause of the following exception:" in text
    assert "RuntimeError: The model returned no answer" in text
    assert "Kowalski" not in text and "Frau <PERSON>" in text


@pytest.mark.parametrize(("message", "expected"), [
    ("Die Anfrage an den Server ist fehlgeschlagen.", "Die Anfrage an den Server ist "
     "fehlgeschlagen."),
    ("Antrag von Frau Ob", "Antrag von Frau <PERSON>"),      # a cue still redacts a short name
    ("Name: Man", "Name: <PERSON>"),
    ("Anna The hat angerufen", "<PERSON> hat angerufen"),   # a given name makes it a pair
    ("Wohnt in der Kortumstraße 12", "Wohnt in der <ADDRESS>"),
])
def test_log_redaction_keeps_words_but_not_names(message: str, expected: str) -> None:
    assert redact_log_text(message) == expected
