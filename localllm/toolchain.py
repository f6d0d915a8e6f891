"""Checks that the tools to compile llama.cpp are installed, before spending time on a download."""

from __future__ import annotations

import shutil

from localllm.errors import ToolchainMissingError

# Tool -> Debian package providing it. make is what cmake's default generator drives.
_REQUIRED = {
    "cmake": "cmake",
    "cc": "build-essential",
    "c++": "build-essential",
    "make": "build-essential",
}
_ALTERNATIVES = {"cc": ("gcc", "clang"), "c++": ("g++", "clang++")}


def missing_tools() -> list[str]:
    missing = []
    for tool in _REQUIRED:
        names = (tool, *_ALTERNATIVES.get(tool, ()))
        if not any(shutil.which(name) for name in names):
            missing.append(tool)
    return missing


def require_toolchain() -> None:
    missing = missing_tools()
    if not missing:
        return
    packages = sorted({_REQUIRED[tool] for tool in missing})
    raise ToolchainMissingError(
        "Cannot build llama-server: not found on PATH: " + ", ".join(missing) + ".\n"
        "On Debian/Ubuntu install them with:  sudo apt-get install " + " ".join(packages) + "\n"
        "(or point ANTRAGSWERK_LLM_BASE_URL at an existing OpenAI-compatible server)."
    )
