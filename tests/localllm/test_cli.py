"""``antragswerk llm setup`` reports a missing toolchain as a message and exit code 1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from config.settings import get_settings
from localllm.cli import app


@pytest.fixture
def empty_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("ANTRAGSWERK_CACHE_DIR", str(tmp_path / "cache"))
    get_settings.cache_clear()
    yield tmp_path / "cache"
    get_settings.cache_clear()


def test_setup_without_build_tools_explains_what_to_install(
    empty_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    no_tools = tmp_path / "bin"
    no_tools.mkdir()
    monkeypatch.setenv("PATH", str(no_tools))
    result = CliRunner().invoke(app, ["setup"])
    assert result.exit_code == 1
    assert "apt-get install build-essential cmake" in result.output
    assert "Traceback" not in result.output
    assert not (empty_cache / "llama-server").exists()
