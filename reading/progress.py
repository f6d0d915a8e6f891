"""Progress of a reading, page by page, for whoever wants to know (the activity's heartbeat).

Readers call ``page_read`` after every page; ``reporting_to`` installs the listener for the
current thread of work (a context variable, so parallel readings in the OCR worker's threads
each report to their own activity). Without a listener nothing happens: the reading library
stays usable outside Temporal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

PageListener = Callable[[int], None]

_listener: ContextVar[PageListener | None] = ContextVar("page_listener", default=None)


@contextmanager
def reporting_to(listener: PageListener) -> Iterator[None]:
    token = _listener.set(listener)
    try:
        yield
    finally:
        _listener.reset(token)


def page_read(page: int) -> None:
    listener = _listener.get()
    if listener is not None:
        listener(page)
