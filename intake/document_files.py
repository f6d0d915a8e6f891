"""Reading submitted files from disk (CLI, drop folder) within the same per-file limit as the
portal API: the size is checked before the file is read, and at most limit + 1 bytes are read
(a file still growing cannot slip past the check)."""

from __future__ import annotations

from pathlib import Path


class DocumentTooLarge(ValueError):
    """German message naming the file (a file name, never its content)."""


def too_large_message(name: str, limit: int) -> str:
    return f"Die Datei „{name}“ ist größer als {limit // (1024 * 1024)} MB."


def read_document_file(path: Path, limit: int) -> bytes:
    if path.stat().st_size > limit:
        raise DocumentTooLarge(too_large_message(path.name, limit))
    with path.open("rb") as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise DocumentTooLarge(too_large_message(path.name, limit))
    return data
