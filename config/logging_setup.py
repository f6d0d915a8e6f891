"""Logging for worker, stack and CLI: a log file in the state dir and the console, both redacted.

The redaction sits on the *handlers*, so every logger that propagates to the root (ours,
temporalio's, httpx's, uvicorn's) is covered. Messages go through ``RedactingLogFilter``;
tracebacks and stack dumps are rendered by the formatter after filters ran, so the formatter
redacts those itself (an exception message may quote a value, e.g. an endpoint echoing input).
"""

from __future__ import annotations

import contextlib
import logging
import re
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TypeAlias

from config.failure_lines import failure_line
from config.settings import Settings
from redaction import RedactingLogFilter
from redaction.redact import redact_log_text

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_FILE_BYTES = 10 * 1024 * 1024
LOG_FILE_BACKUPS = 5
_MARK = "_antragswerk_handler"
# Presidio logs while it redacts (INFO "Loaded recognizer"); through our own handlers that would
# redact again, endlessly.
# Alembic reports its plugins and DDL mode at INFO on every process start; storage.schema logs
# the one line that matters (which upgrade ran).
_QUIET = {"presidio-analyzer": logging.WARNING, "httpx": logging.WARNING,
          "alembic": logging.WARNING}
_redacting_now = threading.local()


class _ReentrancyGuard(logging.Filter):
    """Drops records logged *by* the redaction itself (they hold no citizen data, and
    redacting them would recurse); put before the redacting filter and formatter."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not getattr(_redacting_now, "active", False)


_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|([ntr]))")
_CONTROL = {"n": "\n", "t": "\t", "r": "\r"}


def unescaped(text: str) -> str:
    """Exception texts often quote data as repr/JSON (``Sch\\u00e4fer\\nKortumstr…``); the
    recognizers only see names and addresses in the plain spelling."""

    def plain(m: re.Match[str]) -> str:
        return chr(int(m.group(1), 16)) if m.group(1) else _CONTROL[m.group(2)]

    return _ESCAPE.sub(plain, text)


def _redacted(text: str) -> str:
    _redacting_now.active = True
    try:
        return redact_log_text(unescaped(text))
    finally:
        _redacting_now.active = False


class _GuardedRedactingFilter(RedactingLogFilter):
    def filter(self, record: logging.LogRecord) -> bool:
        with contextlib.suppress(TypeError, ValueError):  # RedactingLogFilter copes then
            record.msg, record.args = unescaped(record.getMessage()), None
        _redacting_now.active = True
        try:
            return super().filter(record)
        finally:
            _redacting_now.active = False

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
        return _redacted(super().formatException(ei))

    def formatStack(self, stack_info: str) -> str:
        return _redacted(super().formatStack(stack_info))


class ConsoleFormatter(RedactingFormatter):
    """The console's formatter: a record with an exception is one line (case, step, attempt,
    cause), its traceback only in the log file."""

    def __init__(self, log_path: Path) -> None:
        super().__init__(LOG_FORMAT)
        self._log_path = str(log_path)

    def format(self, record: logging.LogRecord) -> str:
        line = failure_line(record, self._log_path)
        if line is None:
            return super().format(record)
        return f"{self.formatTime(record)} {_redacted(line)}"


def log_file(settings: Settings) -> Path:
    return settings.state_dir / "logs" / "antragswerk.log"


def _redacting(handler: logging.Handler, formatter: RedactingFormatter) -> logging.Handler:
    handler.addFilter(_ReentrancyGuard())
    handler.addFilter(_GuardedRedactingFilter())
    handler.setFormatter(formatter)
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
    file_handler = RotatingFileHandler(
        path, maxBytes=LOG_FILE_BYTES, backupCount=LOG_FILE_BACKUPS, encoding="utf-8")
    root.addHandler(_redacting(file_handler, RedactingFormatter(LOG_FORMAT)))
    if console:
        root.addHandler(_redacting(logging.StreamHandler(sys.stderr), ConsoleFormatter(path)))
    root.setLevel(level)
    for name, quiet in _QUIET.items():
        logging.getLogger(name).setLevel(max(level, quiet))
    return path


def remove_logging() -> None:
    """Takes the handlers of ``configure_logging`` off the root logger again."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(handler)
        handler.close()
