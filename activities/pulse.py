"""Heartbeats while an activity waits on something that says nothing meanwhile (the model).

A model call can take minutes and gives no sign of life until it answers; ``Pulse`` beats every
``every`` seconds with the current phase, so the heartbeat timeout can stay short (a dead worker
is noticed in seconds) without failing a slow but live call. The phase is the beat's detail, so
an operator sees in the pending activity what it is waiting for.
"""

from __future__ import annotations

import asyncio
import contextlib
from types import TracebackType

from temporalio import activity


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
