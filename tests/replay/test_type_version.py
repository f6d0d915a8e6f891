"""The application-type version: stable for the same files, new for any edited definition file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from activities.type_version import (
    DEFINITION_FILES,
    TypeVersionActivities,
    files_version,
    type_version,
)
from apptypes.registry import all_types, get_type


def _copy_type(key: str, target: Path) -> list[Path]:
    source = Path(__file__).resolve().parents[2] / "apptypes" / key
    for name in DEFINITION_FILES:
        shutil.copy(source / name, target / name)
    return [target / name for name in DEFINITION_FILES]


def test_every_type_has_its_own_stable_version() -> None:
    versions = {key: type_version(t) for key, t in all_types().items()}
    assert len(set(versions.values())) == len(versions)
    assert versions == {key: type_version(t) for key, t in all_types().items()}
    assert all(len(v) == 16 for v in versions.values())


def test_copied_files_keep_the_version(tmp_path: Path) -> None:
    files = _copy_type("wunschkennzeichen", tmp_path)
    assert files_version(files) == type_version(get_type("wunschkennzeichen"))


@pytest.mark.parametrize("edited", DEFINITION_FILES)
def test_editing_any_definition_file_changes_the_version(tmp_path: Path, edited: str) -> None:
    files = _copy_type("geburtsurkunde", tmp_path)
    before = files_version(files)
    with (tmp_path / edited).open("a", encoding="utf-8") as f:
        f.write("\n# geändert\n")
    assert files_version(files) != before


async def test_activity_answers_per_type_and_none_for_an_unknown_type() -> None:
    activities = TypeVersionActivities()
    assert await activities.version("geburtsurkunde") == type_version(get_type("geburtsurkunde"))
    assert await activities.version("gibt-es-nicht") is None
