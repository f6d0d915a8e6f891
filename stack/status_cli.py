"""``antragswerk status``: the health checks of ``/healthz`` plus the backlog of every queue."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from config.settings import Settings
from orchestration.client import connect_client
from stack.health import health
from stack.queue_depths import queue_depths


async def print_status(settings: Settings, console: Console) -> bool:
    """Prints the status; True when everything is usable."""
    checks = await health(settings, lambda: connect_client(settings))
    for check in checks:
        mark = "[green]ok[/]" if check.ok else "[red]FAILED[/]"
        console.print(f"{check.name:<9} {mark}  {check.detail}", highlight=False)
    temporal_ok = next(c.ok for c in checks if c.name == "temporal")
    if temporal_ok:
        depths = await queue_depths(await connect_client(settings), settings.task_queue)
        table = Table(title="Task queues")
        table.add_column("Task queue", no_wrap=True)
        table.add_column("Kind", no_wrap=True)
        table.add_column("Backlog", justify="right", no_wrap=True)
        table.add_column("Pollers", justify="right", no_wrap=True)
        for depth in depths:
            table.add_row(depth.task_queue, depth.kind, str(depth.backlog), str(depth.pollers))
        console.print(table)
    return all(c.ok for c in checks)
