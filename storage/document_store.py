"""Document store: originals by content hash, derived artefacts by case.

Temporal carries only keys into this store (claim-check pattern), so histories stay small and
documents never sit in Temporal's database. Keys are relative POSIX paths:
``originals/<sha256>`` and ``cases/<case_id>/<name>``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel

_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._\-/]*$")


class DocumentStore(Protocol):
    def put(self, key: str, data: bytes) -> None: ...
    def get(self, key: str) -> bytes: ...
    def exists(self, key: str) -> bool: ...
    def delete_prefix(self, prefix: str) -> int: ...


def original_key(doc_id: str) -> str:
    return f"originals/{doc_id}"


def case_key(case_id: str, name: str) -> str:
    return f"cases/{case_id}/{name}"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class FileDocumentStore:
    """A directory-backed store; writes are atomic and durable.

    A write goes to a temporary file in the target directory, is fsync'd, renamed over the
    target, and the directory is fsync'd so the rename survives a power cut; directories
    created on the way are fsync'd into their parents. A write that fails removes its
    temporary file: it would hold a case record or a document nobody cleans up.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)

    def _path(self, key: str) -> Path:
        if not _KEY.match(key) or ".." in key.split("/"):
            raise ValueError(f"invalid store key: {key!r}")
        return self.root / key

    def put(self, key: str, data: bytes) -> None:
        path = self._path(key)
        _make_dirs(path.parent)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        _fsync_dir(path.parent)

    def get(self, key: str) -> bytes:
        try:
            return self._path(key).read_bytes()
        except FileNotFoundError:
            raise KeyError(key) from None

    def exists(self, key: str) -> bool:
        return self._path(key).exists()

    def path_of(self, key: str) -> Path:
        """A local path for tools that need a file (tesseract); only for this store kind."""
        return self._path(key)

    def delete_prefix(self, prefix: str) -> int:
        path = self._path(prefix.rstrip("/"))
        if path.is_dir():
            n = sum(1 for p in path.rglob("*") if p.is_file())
            shutil.rmtree(path)
            return n
        if path.is_file():
            path.unlink()
            return 1
        return 0

    # Convenience for the common payload kinds.
    def put_original(self, data: bytes) -> str:
        doc_id = sha256_hex(data)
        key = original_key(doc_id)
        if not self.exists(key):
            self.put(key, data)
        return doc_id

    def put_json(self, key: str, obj: BaseModel | dict[str, Any] | list[Any]) -> None:
        if isinstance(obj, BaseModel):
            self.put(key, obj.model_dump_json().encode())
        else:
            self.put(key, json.dumps(obj, ensure_ascii=False, default=str).encode())

    def get_json(self, key: str) -> Any:
        return json.loads(self.get(key))


def _make_dirs(directory: Path) -> None:
    """``mkdir -p`` whose new entries are durable: each created directory fsync'd in its parent."""
    missing: list[Path] = []
    current = directory
    while not current.is_dir():
        missing.append(current)
        current = current.parent
    for new in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another worker thread was faster
            new.mkdir()
        _fsync_dir(new.parent)


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def open_store(root: Path | None = None) -> FileDocumentStore:
    from config.settings import get_settings

    return FileDocumentStore(root or get_settings().store_dir)
