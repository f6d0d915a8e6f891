"""Loading the files that sit beside a type's ``definition.py``."""

from __future__ import annotations

from pathlib import Path

from apptypes.base import TypeConfig, load_config, load_prompt


def package_files(definition_file: str) -> tuple[TypeConfig, str]:
    """``config.yaml`` and ``prompt.md`` of the package whose ``definition.py`` is given."""
    folder = Path(definition_file).parent
    return load_config(folder / "config.yaml"), load_prompt(folder / "prompt.md")
