"""Logs never carry personal data."""

from __future__ import annotations

import logging

import pytest

from redaction import RedactingLogFilter
from redaction.log_filter import needs_analysis


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
