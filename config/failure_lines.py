"""One console line for a logged failure: which case, which step, which attempt, and why.

A retried activity is routine (the workflow's retry policy handles it), yet the SDK logs each
failed attempt with its whole traceback, which tore the progress display of ``antragswerk up``
apart. On the console such a record becomes one line; the log file keeps the traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

MAX_CAUSE_CHARS = 200


def cause(error: BaseException) -> str:
    """The innermost cause's type and first line (a wrapper's message rarely says why)."""
    while error.__cause__ is not None:
        error = error.__cause__
    first_line = (str(error).strip().splitlines() or [""])[0]
    if len(first_line) > MAX_CAUSE_CHARS:
        first_line = first_line[: MAX_CAUSE_CHARS - 1] + "…"
    return f"{type(error).__name__}: {first_line}" if first_line else type(error).__name__


def failure_line(record: logging.LogRecord, log_file: str) -> str | None:
    """The console line of a record that carries an exception; None for any other record."""
    if not record.exc_info or record.exc_info[1] is None:
        return None
    why = cause(record.exc_info[1])
    activity: Mapping[str, Any] | None = getattr(record, "temporal_activity", None)
    if activity:
        where = (f"Fall {activity.get('workflow_id')}, Schritt {activity.get('activity_type')}, "
                 f"Versuch {activity.get('attempt')}")
    else:
        where = record.name
    return f"{record.levelname} {where}: {why} (Details: {log_file})"
