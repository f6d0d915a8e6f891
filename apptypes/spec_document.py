"""Reading the process owners' field catalog (``application-types.md``) into comparable facts.

Only the parts the check compares are read: per type section (``## `key` ``) the field table
(``| key | type | req | meaning |``) and the rule bullets (``- `W1_ausserhalb`: …``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_SECTION = re.compile(r"^## `([a-z0-9_]+)`")
_RULE = re.compile(r"^- `([A-Z]+\d+_[a-z0-9_]+)`")
_CODE = re.compile(r"`([^`]+)`")


@dataclass
class SpecField:
    required: bool
    enum: tuple[str, ...] = ()


@dataclass
class SpecType:
    key: str
    fields: dict[str, SpecField] = field(default_factory=dict)
    rules: list[str] = field(default_factory=list)


def read_spec(path: Path) -> dict[str, SpecType]:
    return parse_spec(path.read_text(encoding="utf-8"))


def parse_spec(text: str) -> dict[str, SpecType]:
    types: dict[str, SpecType] = {}
    current: SpecType | None = None
    in_field_table = False
    for line in text.splitlines():
        section = _SECTION.match(line)
        if section:
            current = types.setdefault(section.group(1), SpecType(section.group(1)))
            continue
        if current is None:
            continue
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if cells[:3] == ["key", "type", "req"]:
                in_field_table = True
            elif in_field_table and not set(cells[0]) <= set("-: "):
                _add_row(current, cells)
            continue
        in_field_table = False
        rule = _RULE.match(line)
        if rule:
            current.rules.append(rule.group(1))
    return types


def _add_row(spec: SpecType, cells: list[str]) -> None:
    kind, req = cells[1], cells[2] == "req"
    enum = tuple(_CODE.findall(kind)) if kind.startswith("enum") else ()
    for key in expand_keys(cells[0]):
        spec.fields[key] = SpecField(required=req, enum=enum)


def expand_keys(cell: str) -> list[str]:
    """``a.strasse / .plz`` → ``["a.strasse", "a.plz"]``."""
    first, *rest = [part.strip().strip("`") for part in cell.split("/")]
    parent = first.rsplit(".", 1)[0]
    return [first, *(f"{parent}{suffix}" for suffix in rest)]
