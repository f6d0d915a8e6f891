"""Downloads from PyPI through pip itself, so proxies, mirrors and pip.conf apply as usual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from localllm.errors import LocalLlmError


def pip_download(
    requirement: str,
    dest: Path,
    *,
    sdist_only: str | None = None,
    find_links: Path | None = None,
) -> Path:
    """Download one distribution (no dependencies) into the empty directory ``dest``.

    ``sdist_only`` names the one package that must come as source. Deliberately not
    ``--no-binary :all:``: that also forces pip to compile the sdist's *build* dependencies
    (cmake, setuptools) from source just to read its metadata, which takes longer than
    building llama.cpp. ``find_links`` with ``--no-index`` serves a local directory of
    already downloaded files (offline installs, tests).
    """
    dest.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check",
           "--quiet", "--dest", str(dest)]
    if sdist_only:
        cmd += ["--no-binary", sdist_only]
    if find_links is not None:
        cmd += ["--no-index", "--find-links", str(find_links)]
    cmd.append(requirement)
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    files = sorted(p for p in dest.iterdir() if p.is_file())
    if result.returncode != 0 or len(files) != 1:
        detail = "\n".join((result.stderr or result.stdout).strip().splitlines()[-15:])
        raise LocalLlmError(f"pip could not download {requirement}:\n{detail}")
    return files[0]
