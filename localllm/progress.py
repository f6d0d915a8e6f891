"""A progress bar that can be switched off (tests, logs) without changing the calling code."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

SetCompleted = Callable[[float], None]


@contextmanager
def progress_bar(description: str, total: float, *, enabled: bool) -> Iterator[SetCompleted]:
    """Yields ``set_completed(value)``; draws a rich bar on stderr when ``enabled``."""
    if not enabled:
        yield lambda _value: None
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())
    with Progress(*columns, transient=False) as bar:
        task = bar.add_task(description, total=total)
        yield lambda value: bar.update(task, completed=value)
