"""Errors of the local LLM that carry a message an operator can act on."""

from __future__ import annotations

from pathlib import Path


class LocalLlmError(RuntimeError):
    """Base: the message says what went wrong and what to do about it."""


class ToolchainMissingError(LocalLlmError):
    """cmake or a C/C++ compiler is not installed."""


class LlamaServerBuildError(LocalLlmError):
    """Configuring or compiling llama.cpp failed; the message ends with the log tail."""


class ModelFetchError(LocalLlmError):
    """The model parts could not be downloaded or do not form the pinned file."""


class LlamaServerStartError(LocalLlmError):
    """llama-server did not become healthy; the message ends with the server log tail."""


def log_tail(path: Path, lines: int = 25, max_bytes: int = 64_000) -> str:
    """The last lines of a log file, for error messages (empty if the file is unreadable).

    Reads only the end: the server log is appended to across restarts and can grow large.
    """
    try:
        with path.open("rb") as f:
            f.seek(0, 2)
            f.seek(max(0, f.tell() - max_bytes))
            text = f.read().decode(errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])
