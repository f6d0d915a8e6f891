"""A watched drop folder for scanners.

A file dropped into the folder is one submission; a sub-folder is one submission of all its
files (a ``case.json`` inside may name the type and the order). A file is taken once its size
has been stable for one poll (scanners write slowly). After submission it moves to
``eingereicht/``; if the submission cannot be started it moves to ``fehler/`` with a note — the
original is never deleted.

Whoever can write into the folder must not be able to submit other files of the machine: the
documents a ``case.json`` names (and the files of a sub-folder, symlinks resolved) must lie
inside that sub-folder, and each file is held to ``max_document_bytes``.
"""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path

from rich.console import Console
from temporalio.client import Client

from config.settings import Settings
from intake.document_files import read_document_file
from intake.submit import SubmissionError, submit_documents
from orchestration.client import connect_client
from orchestration.reconnect import Backoff, reason, unreachable, with_backoff

DONE_DIR = "eingereicht"
FAILED_DIR = "fehler"


def _entries(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.iterdir()
        if not p.name.startswith(".") and p.name not in (DONE_DIR, FAILED_DIR)
    )


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


class EntryRefused(ValueError):
    """German message for the ``.fehler.txt`` note."""


def _inside(entry: Path, candidate: Path) -> Path:
    """``candidate`` with symlinks resolved, if it is a file inside ``entry``."""
    resolved = candidate.resolve()
    if not resolved.is_relative_to(entry.resolve()) or not resolved.is_file():
        raise EntryRefused(f"„{candidate.name}“ liegt nicht als Datei in „{entry.name}“.")
    return resolved


def _files_of(entry: Path) -> tuple[list[Path], str | None]:
    if entry.is_file():
        return [entry], None
    meta_file = entry / "case.json"
    if meta_file.exists():
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        documents = meta.get("documents", []) if isinstance(meta, dict) else None
        declared = meta.get("application_type") if isinstance(meta, dict) else None
        if not isinstance(documents, list) or not all(isinstance(d, str) for d in documents) \
                or not isinstance(declared, str | None):
            raise EntryRefused("case.json: „documents“ ist keine Liste von Dateinamen.")
        return [_inside(entry, entry / d) for d in documents], declared
    return sorted(_inside(entry, p) for p in entry.iterdir() if p.is_file()), None


def load_entry(settings: Settings, entry: Path) -> tuple[list[tuple[str, bytes]], str | None]:
    """The documents of a drop-folder entry and the type its ``case.json`` declares."""
    files, declared = _files_of(entry)
    return [(f.name, read_document_file(f, settings.max_document_bytes)) for f in files], declared


async def submit_entry(
    client: Client, settings: Settings, entry: Path, application_type: str | None
) -> str:
    documents, declared = load_entry(settings, entry)
    result = await submit_documents(
        client,
        documents,
        application_type=declared or application_type,
        channel="drop_folder",
        settings=settings,
    )
    return result.case_id


def _move(entry: Path, target_dir: Path) -> Path:
    target_dir.mkdir(exist_ok=True)
    target = target_dir / entry.name
    n = 1
    while target.exists():
        target = target_dir / f"{entry.stem}-{n}{entry.suffix}"
        n += 1
    shutil.move(str(entry), target)
    return target


async def scan_once(
    client: Client,
    settings: Settings,
    folder: Path,
    application_type: str | None,
    sizes: dict[Path, int],
    console: Console,
) -> list[str]:
    started: list[str] = []
    for entry in _entries(folder):
        size = _size(entry)
        if sizes.get(entry) != size:
            sizes[entry] = size  # still being written, or new: look again next poll
            continue
        sizes.pop(entry, None)
        try:
            case_id = await submit_entry(client, settings, entry, application_type)
        except (SubmissionError, OSError, ValueError) as exc:
            moved = _move(entry, folder / FAILED_DIR)
            moved.with_name(moved.name + ".fehler.txt").write_text(str(exc), encoding="utf-8")
            console.print(f"[red]{entry.name}: nicht eingereicht[/] ({exc})")
            continue
        _move(entry, folder / DONE_DIR)
        console.print(f"{entry.name} → Fall {case_id}")
        started.append(case_id)
    return started


async def watch_folder(
    settings: Settings,
    folder: Path,
    application_type: str | None,
    *,
    console: Console,
    poll_seconds: float = 2.0,
) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    client = await with_backoff(lambda: connect_client(settings), say=console.print)
    console.print(f"Überwache {folder} (Strg+C beendet)")
    sizes: dict[Path, int] = {}
    backoff = Backoff()
    while True:
        try:
            await scan_once(client, settings, folder, application_type, sizes, console)
        except Exception as exc:
            if not unreachable(exc):
                raise
            # The entry stays in the folder (its original is already in the store) and is
            # submitted on a later scan; the same documents give the same case.
            delay = backoff.next()
            console.print(f"Temporal nicht erreichbar, neuer Versuch in {delay:.0f} s "
                          f"({reason(exc)})")
            await asyncio.sleep(delay)
            continue
        backoff.reset()
        await asyncio.sleep(poll_seconds)
