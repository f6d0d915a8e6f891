"""The document store writes durably: fsync of the file and its directory, no temp file left."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from storage.document_store import FileDocumentStore


def test_a_failed_write_leaves_no_temp_file(tmp_path: Path) -> None:
    store = FileDocumentStore(tmp_path)
    # A directory where the file should go: the rename fails, as on a full or read-only disk.
    (tmp_path / "cases" / "c1" / "record.json" / "x").mkdir(parents=True)
    with pytest.raises(OSError):
        store.put_json("cases/c1/record.json", {"status": "approved"})
    leftovers = [p.name for p in (tmp_path / "cases" / "c1").iterdir() if p.name != "record.json"]
    assert leftovers == []  # before: one .tmp-* file per attempt, each holding the record


def test_a_write_is_synced_to_disk_with_its_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[tuple[int, bool]] = []
    real_fsync = os.fsync

    def spy(fd: int) -> None:
        info = os.fstat(fd)
        synced.append((info.st_ino, stat.S_ISDIR(info.st_mode)))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", spy)
    store = FileDocumentStore(tmp_path)
    store.put("cases/neu/artefact.pdf", b"%PDF-1.7")
    path = tmp_path / "cases" / "neu" / "artefact.pdf"
    assert path.read_bytes() == b"%PDF-1.7"
    inodes = {ino for ino, _ in synced}
    assert path.stat().st_ino in inodes, "file not fsync'd"  # before: nothing was fsync'd
    assert path.parent.stat().st_ino in inodes, "directory entry not fsync'd"
    # The directories created for the key are durable too.
    assert (tmp_path / "cases").stat().st_ino in inodes
    assert tmp_path.stat().st_ino in inodes
