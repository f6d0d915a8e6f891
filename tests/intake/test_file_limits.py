"""Drop folder and CLI: per-file size limit, and case.json entries confined to their folder."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import cast

import pytest
from rich.console import Console
from temporalio.client import Client

from config.settings import Settings
from intake.document_files import DocumentTooLarge
from intake.drop_folder import EntryRefused, load_entry, scan_once
from stack.submit_cli import submit_files

LIMIT = 1024


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(state_dir=tmp_path / "state", max_document_bytes=LIMIT)


def _case_folder(root: Path, documents: list[str]) -> Path:
    entry = root / "antrag-1"
    entry.mkdir(parents=True)
    (entry / "brief.txt").write_text("Antrag", encoding="utf-8")
    (entry / "case.json").write_text(json.dumps({"documents": documents}), encoding="utf-8")
    return entry


def test_case_json_with_its_own_files_loads(tmp_path: Path, settings: Settings) -> None:
    documents, _ = load_entry(settings, _case_folder(tmp_path / "drop", ["brief.txt"]))
    assert documents == [("brief.txt", b"Antrag")]


@pytest.mark.parametrize("named", ["../geheim.txt", "{outside}", "unterordner/../../geheim.txt"])
def test_case_json_cannot_name_files_outside_its_folder(tmp_path: Path, settings: Settings,
                                                       named: str) -> None:
    secret = tmp_path / "drop" / "geheim.txt"
    secret.parent.mkdir(parents=True)
    secret.write_text("fremde Daten", encoding="utf-8")
    entry = _case_folder(tmp_path / "drop", [named.format(outside=secret)])
    with pytest.raises(EntryRefused):
        load_entry(settings, entry)


def test_symlink_out_of_the_folder_is_refused(tmp_path: Path, settings: Settings) -> None:
    outside = tmp_path / "passwort.txt"
    outside.write_text("geheim", encoding="utf-8")
    entry = tmp_path / "drop" / "antrag-2"
    entry.mkdir(parents=True)
    (entry / "scan.txt").symlink_to(outside)
    with pytest.raises(EntryRefused):
        load_entry(settings, entry)


def test_oversized_file_in_the_drop_folder_goes_to_fehler(tmp_path: Path,
                                                          settings: Settings) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "riesig.pdf").write_bytes(b"x" * (LIMIT + 1))
    sizes: dict[Path, int] = {}
    unused = cast(Client, None)  # refused before Temporal is asked
    for _ in range(2):  # the first poll only notes the size
        started = asyncio.run(scan_once(unused, settings, drop, None, sizes, Console()))
        assert started == []
    note = drop / "fehler" / "riesig.pdf.fehler.txt"
    assert "größer als" in note.read_text(encoding="utf-8")
    with pytest.raises(DocumentTooLarge):
        load_entry(settings, drop / "fehler" / "riesig.pdf")


def test_cli_refuses_an_oversized_file_before_connecting(tmp_path: Path,
                                                         settings: Settings) -> None:
    big = tmp_path / "riesig.pdf"
    big.write_bytes(b"x" * (LIMIT + 1))
    with pytest.raises(SystemExit, match="größer als"):
        asyncio.run(submit_files(settings, [big], None, wait=False, console=Console()))
