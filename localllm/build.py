"""Configure and compile the llama-server target of a llama.cpp source tree with cmake."""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Sequence
from pathlib import Path

from localllm.artifacts import BUILD_TARGET, CMAKE_CONFIGURE_FLAGS
from localllm.errors import LlamaServerBuildError, log_tail
from localllm.progress import SetCompleted, progress_bar

_MAKE_PERCENT = re.compile(r"^\[\s*(\d{1,3})%\]")
_NINJA_STEPS = re.compile(r"^\[(\d+)/(\d+)\]")


def build_percent(line: str) -> int | None:
    """Progress of a build output line: Makefiles print ``[ 42%]``, Ninja ``[17/40]``."""
    if match := _MAKE_PERCENT.match(line):
        return int(match.group(1))
    if match := _NINJA_STEPS.match(line):
        return 100 * int(match.group(1)) // max(1, int(match.group(2)))
    return None


def build_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)))


def _run_logged(cmd: Sequence[str], log: Path, on_percent: SetCompleted | None = None) -> None:
    with log.open("a") as out:
        out.write(f"$ {' '.join(cmd)}\n")
        out.flush()
        proc = subprocess.Popen(list(cmd), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, text=True, errors="replace")
        assert proc.stdout is not None
        for line in proc.stdout:
            out.write(line)
            percent = build_percent(line)
            if on_percent is not None and percent is not None:
                on_percent(percent)
        rc = proc.wait()
    if rc != 0:
        raise LlamaServerBuildError(
            f"Building llama-server failed ({cmd[0]} exited with {rc}). Full log: {log}\n"
            f"Last lines:\n{log_tail(log, 30)}"
        )


def build_llama_server(source: Path, build_dir: Path, log: Path, *, progress: bool) -> Path:
    """Compile only the server target with one job per CPU; returns the built binary."""
    log.parent.mkdir(parents=True, exist_ok=True)
    _run_logged(["cmake", "-S", str(source), "-B", str(build_dir), *CMAKE_CONFIGURE_FLAGS], log)
    with progress_bar("Compiling llama-server", 100, enabled=progress) as set_completed:
        _run_logged(
            ["cmake", "--build", str(build_dir), "--target", BUILD_TARGET, f"-j{build_jobs()}"],
            log,
            set_completed,
        )
        set_completed(100)
    binary = build_dir / "bin" / BUILD_TARGET
    if not binary.is_file():
        raise LlamaServerBuildError(f"The build finished but {binary} is missing. Log: {log}")
    return binary
