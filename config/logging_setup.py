"""Logging for worker, stack and CLI: a log file in the state dir and the console, both redacted.

The redaction sits on the *handlers*, so every logger that propagates to the root (ours,
temporalio's, httpx's, uvicorn's) is covered. Messages go through ``RedactingLogFilter``;
tracebacks and stack dumps are rendered by the formatter after filters ran, so the formatter
redacts those itself (an exception message may quote a value, e.g. an endpoint echoing input).
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TypeAlias

from config.settings import Settings
from redaction import RedactingLogFilter, redact_text

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_FILE_BYTES = 10 * 1024 * 1024
LOG_FILE_BACKUPS = 5
_MARK = "_antragswerk_handler"

ExcInfo: TypeAlias = (
    tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]
)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached its unredacted traceback text on the record.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: ExcInfo) -> str:
        return redact_text(super().formatException(ei)).text

    def formatStack(self, stack_info: str) -> str:
        return redact_text(super().formatStack(stack_info)).text


def log_file(settings: Settings) -> Path:
    return settings.state_dir / "logs" / "antragswerk.log"


def _redacting(handler: logging.Handler) -> logging.Handler:
    handler.addFilter(RedactingLogFilter())
    handler.setFormatter(RedactingFormatter(LOG_FORMAT))
    setattr(handler, _MARK, True)
    return handler


def configure_logging(
    settings: Settings, *, level: int = logging.INFO, console: bool = True
) -> Path:
    """Installs the handlers on the root logger (again on a repeated call: replaces them);
    returns the log file's path."""
    path = log_file(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_logging()
    root = logging.getLogger()
    handlers: list[logging.Handler] = [
        RotatingFileHandler(
            path, maxBytes=LOG_FILE_BYTES, backupCount=LOG_FILE_BACKUPS, encoding="utf-8"
        )
    ]
    if console:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        root.addHandler(_redacting(handler))
    root.setLevel(level)
    # Request lines of the model client carry no data but drown the log at INFO.
    logging.getLogger("httpx").setLevel(max(level, logging.WARNING))
    return path


def remove_logging() -> None:
    """Takes the handlers of ``configure_logging`` off the root logger again."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(handler)
        handler.close()
