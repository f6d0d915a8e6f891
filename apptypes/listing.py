"""What ``antragswerk types list`` shows: each registered type with its version and forms."""

from __future__ import annotations

from dataclasses import dataclass

from rich.table import Table

from activities.type_version import type_version
from apptypes.registry import all_types
from forms.registry import registered_forms


@dataclass(frozen=True)
class TypeSummary:
    key: str
    title: str
    version: str
    """The hash each case records when it starts (activities/type_version.py)."""
    auto_approval: bool
    threshold: float
    forms: tuple[str, ...]


def type_summaries() -> list[TypeSummary]:
    forms = registered_forms()
    return [
        TypeSummary(key=t.key, title=t.title, version=type_version(t),
                    auto_approval=t.config.auto_approve_allowed,
                    threshold=t.config.confidence_threshold,
                    forms=tuple(f.name for f in forms if f.application_type == t.key))
        for t in sorted(all_types().values(), key=lambda t: t.key)
    ]


def types_table(types: list[TypeSummary]) -> Table:
    table = Table(title="Application types")
    for column in ("Key", "Title", "Version", "Auto-approval", "Threshold", "Forms"):
        table.add_column(column, no_wrap=True)
    for t in types:
        table.add_row(t.key, t.title, t.version, yes_no(t.auto_approval),
                      f"{t.threshold:.3f}", "\n".join(t.forms) or "–")
    return table


def yes_no(flag: bool) -> str:
    return "yes" if flag else "no"
