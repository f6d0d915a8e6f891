"""Generic prompt texts (files beside this module); type-specific prompts live with each type."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_HERE = Path(__file__).parent


@cache
def load(name: str) -> str:
    """``load("extraction_system")`` → the text of ``prompts/extraction_system.md``."""
    return (_HERE / f"{name}.md").read_text(encoding="utf-8").strip()
