"""Temporal briefly unreachable (restart, network blip): wait, say so in one line, try again.

Long-running loops (the drop-folder watcher) wait for as long as it takes; a command
(``antragswerk submit``) gives up after a while with one line, never with a traceback. Only
"cannot reach the server" is retried — any other error is a real one and surfaces as before.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from typing import TypeVar

from temporalio.service import RPCError, RPCStatusCode

T = TypeVar("T")
Say = Callable[[str], None]

_UNREACHABLE = frozenset({RPCStatusCode.UNAVAILABLE, RPCStatusCode.DEADLINE_EXCEEDED})


class TemporalUnreachable(Exception):
    """Gave up; the message is one German line for the user."""


def unreachable(exc: BaseException) -> bool:
    if isinstance(exc, RPCError):
        return exc.status in _UNREACHABLE
    # Client.connect reports a refused or dropped connection as a RuntimeError.
    return isinstance(exc, RuntimeError) and str(exc).startswith("Failed client connect")


def reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 120 else text[:119] + "…"


class Backoff:
    """1, 2, 4 … up to ``longest`` seconds, each with up to 25 % jitter (restarting clients do
    not come back in step)."""

    def __init__(self, first: float = 1.0, longest: float = 30.0) -> None:
        self._first = first
        self._longest = longest
        self._next = first

    def reset(self) -> None:
        self._next = self._first

    def next(self) -> float:
        delay = self._next
        self._next = min(self._next * 2, self._longest)
        return delay * random.uniform(1.0, 1.25)


async def with_backoff(
    call: Callable[[], Awaitable[T]],
    *,
    say: Say,
    give_up_after: float | None = None,
    backoff: Backoff | None = None,
) -> T:
    backoff = backoff or Backoff()
    loop = asyncio.get_running_loop()
    deadline = None if give_up_after is None else loop.time() + give_up_after
    while True:
        try:
            return await call()
        except Exception as exc:
            if not unreachable(exc):
                raise
            delay = backoff.next()
            if deadline is not None and loop.time() + delay > deadline:
                raise TemporalUnreachable(
                    f"Temporal ist nicht erreichbar ({reason(exc)}); aufgegeben."
                ) from None
            say(f"Temporal nicht erreichbar, neuer Versuch in {delay:.0f} s ({reason(exc)})")
            await asyncio.sleep(delay)
