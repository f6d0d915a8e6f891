"""Heartbeats while an activity waits on something that says nothing meanwhile.

A model call can take minutes and gives no sign of life until it answers; ``Pulse`` beats every
``every`` seconds with the current phase, so the heartbeat timeout can stay short (a dead worker
is noticed in seconds) without failing a slow but live call. The phase is the beat's detail, so
an operator sees in the pending activity what it is waiting for.

``beating`` does the same for the short synchronous steps (classification, rules, redaction,
outcome): they have no pages to count, but without heartbeats a worker killed during one of
them was noticed only after its start-to-close timeout (up to 5 minutes).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import functools
import threading
from collections.abc import Callable
from types import TracebackType
from typing import ParamSpec, TypeVar

from temporalio import activity

P = ParamSpec("P")
R = TypeVar("R")

EVERY = 5.0
"""Seconds between beats: well inside the workflow's 30 s heartbeat timeout, also when the
worker's event loop is busy."""


class Pulse:
    def __init__(self, every: float, phase: str) -> None:
        self._every = every
        self.phase = phase
        self._task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> Pulse:
        self._task = asyncio.create_task(self._beat())
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._task is not None
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task

    async def _beat(self) -> None:
        while True:
            activity.heartbeat(self.phase)
            await asyncio.sleep(self._every)


def beating(fn: Callable[P, R]) -> Callable[P, R]:
    """A synchronous activity that heartbeats from a helper thread while it runs.

    The helper runs in a copy of the activity thread's context, where ``activity.heartbeat``
    is bound to this activity; the SDK hands sync heartbeats to its event loop thread-safely.
    """

    @functools.wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        stop = threading.Event()
        helper = threading.Thread(
            target=contextvars.copy_context().run, args=(_beat_until, stop), daemon=True
        )
        helper.start()
        try:
            return fn(*args, **kwargs)
        finally:
            stop.set()
            helper.join()

    return run


def _beat_until(stop: threading.Event) -> None:
    while not stop.wait(EVERY):
        try:
            activity.heartbeat("working")
        except Exception:  # a missed beat must not end the beats
            continue
