"""Building llama-server: toolchain checks, real cmake on tiny projects, the binary cache."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from config.settings import Settings
from localllm.build import build_llama_server, build_percent
from localllm.errors import LlamaServerBuildError, ToolchainMissingError
from localllm.llama_binary import cached_llama_server, ensure_llama_server, install_llama_server

CMAKELISTS = """
cmake_minimum_required(VERSION 3.16)
project(tiny C)
set(CMAKE_RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bin)
add_executable(llama-server main.c)
add_executable(unrelated unrelated.c)
"""


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(cache_dir=tmp_path / "cache", state_dir=tmp_path / "state")


def _tiny_project(directory: Path, main_c: str) -> Path:
    directory.mkdir(parents=True)
    (directory / "CMakeLists.txt").write_text(CMAKELISTS)
    (directory / "main.c").write_text(main_c)
    # Would fail to compile: proves only the llama-server target is built.
    (directory / "unrelated.c").write_text("this is not C")
    return directory


def _path_with_only(tmp_path: Path, tools: list[str]) -> str:
    bin_dir = tmp_path / "onlybin"
    bin_dir.mkdir()
    for tool in tools:
        found = shutil.which(tool)
        assert found, f"test needs {tool} installed"
        (bin_dir / tool).symlink_to(found)
    return str(bin_dir)


def test_missing_cmake_names_the_debian_package(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", _path_with_only(tmp_path, ["gcc", "g++", "make"]))
    with pytest.raises(ToolchainMissingError) as caught:
        ensure_llama_server(settings, progress=False)
    message = str(caught.value)
    assert "cmake" in message
    assert "apt-get install cmake" in message
    assert "build-essential" not in message


def test_missing_compilers_name_build_essential(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", _path_with_only(tmp_path, []))
    with pytest.raises(ToolchainMissingError, match="apt-get install build-essential cmake"):
        ensure_llama_server(settings, progress=False)


def test_compile_error_shows_the_log_tail(tmp_path: Path) -> None:
    source = _tiny_project(tmp_path / "src", "int main(void) { return missing_symbol_xyz; }\n")
    with pytest.raises(LlamaServerBuildError) as caught:
        build_llama_server(source, tmp_path / "build", tmp_path / "build.log", progress=False)
    message = str(caught.value)
    assert "missing_symbol_xyz" in message
    assert str(tmp_path / "build.log") in message


def test_successful_build_is_installed_and_then_reused(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _tiny_project(tmp_path / "src", '#include <stdio.h>\n'
                           'int main(void) { puts("tiny server"); return 0; }\n')
    built = build_llama_server(source, tmp_path / "build", tmp_path / "build.log", progress=False)
    assert not (tmp_path / "build" / "bin" / "unrelated").exists()
    assert cached_llama_server(settings) is None

    installed = install_llama_server(settings, built, source="test build")
    # No build tools at all: a cache hit must not need them.
    monkeypatch.setenv("PATH", _path_with_only(tmp_path, []))
    started = time.monotonic()
    assert ensure_llama_server(settings, progress=False) == installed
    assert time.monotonic() - started < 0.5
    output = subprocess.run([str(installed)], capture_output=True, text=True, check=True).stdout
    assert output == "tiny server\n"


def test_marker_of_another_version_is_a_cache_miss(settings: Settings, tmp_path: Path) -> None:
    fake = tmp_path / "llama-server"
    fake.write_text("#!/bin/sh\n")
    installed = install_llama_server(settings, fake, source="test")
    assert cached_llama_server(settings) == installed
    marker = installed.parent / "build.json"
    data = json.loads(marker.read_text())
    marker.write_text(json.dumps({**data, "version": "1.0.0"}))
    assert cached_llama_server(settings) is None
    marker.unlink()
    assert cached_llama_server(settings) is None


def test_binary_without_execute_permission_is_a_cache_miss(
    settings: Settings, tmp_path: Path
) -> None:
    fake = tmp_path / "llama-server"
    fake.write_text("#!/bin/sh\n")
    installed = install_llama_server(settings, fake, source="test")
    os.chmod(installed, 0o644)
    assert cached_llama_server(settings) is None


@pytest.mark.parametrize(
    ("line", "percent"),
    [
        ("[ 42%] Building CXX object common/CMakeFiles/llama-common.dir/log.cpp.o", 42),
        ("[100%] Built target llama-server", 100),
        ("[17/40] Building CXX object ggml/src/ggml.c.o", 42),
        ("-- Configuring done", None),
        ("/src/a.cpp:3: warning: [ 5%] is not progress", None),
    ],
)
def test_build_progress_is_parsed_from_cmake_output(line: str, percent: int | None) -> None:
    assert build_percent(line) == percent
