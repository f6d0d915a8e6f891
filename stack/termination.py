"""SIGTERM ends a long command the way Ctrl-C does: the running task is cancelled, so the
``async with`` blocks that own child processes (Temporal dev server, llama-server) stop them.
Without it, ``kill`` left an orphaned Temporal server behind an evaluation run."""

from __future__ import annotations

import asyncio
import signal


def cancel_current_task_on_sigterm() -> None:
    task = asyncio.current_task()
    if task is not None:
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, task.cancel)
