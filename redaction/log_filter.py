"""A logging filter that redacts personal data from every record it sees.

Attach it to handlers (``handler.addFilter(RedactingLogFilter())``): a handler filter sees the
records of all loggers below it, a logger filter only its own.
"""

from __future__ import annotations

import logging
import re

from redaction.redact import redact_log_text

# Without digits, '@' or a capitalised word after the first, a message holds no name, date,
# address, number or e-mail the recognizers could find: skip the analyzer.
_MAYBE_PERSONAL = re.compile(r"[\d@]|(?<=\W)[A-ZÄÖÜ]")
CHEAP_PATH_MAX_LENGTH = 200


def needs_analysis(message: str) -> bool:
    return len(message) > CHEAP_PATH_MAX_LENGTH or _MAYBE_PERSONAL.search(message) is not None


class RedactingLogFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = str(record.msg)
        if needs_analysis(message):
            message = redact_log_text(message)
        record.msg = message
        record.args = None
        return True
