"""Faults injected into the real stack: a store that refuses one write, a case id known in advance.

The tests run as root, so file permissions do not make the store unwritable. A directory where
the store wants to put a file does: ``os.replace`` then fails with ``IsADirectoryError`` on every
attempt, exactly like a full or read-only disk does for that one key, and nothing else is hit.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from intake.submit import case_id_for
from storage.document_store import sha256_hex


def case_id_of(files: Sequence[tuple[str, bytes]]) -> str:
    """The id a submission of ``files`` will get, before it is submitted."""
    return case_id_for([sha256_hex(data) for _, data in files])


@contextmanager
def unwritable(store_dir: Path, key: str) -> Iterator[None]:
    """Every write of ``key`` fails until the block ends."""
    blocker = store_dir / key
    blocker.mkdir(parents=True)
    (blocker / "blocked").write_text("fault injected by the test")
    try:
        yield
    finally:
        shutil.rmtree(blocker)
