"""The llama-server command line and start-up refusals that need no model."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from config.settings import Settings
from localllm.errors import LlamaServerStartError
from localllm.server import LlamaServer


def _value(args: list[str], flag: str) -> str:
    return args[args.index(flag) + 1]


def test_context_is_per_slot_and_multiplied_by_slots(tmp_path: Path) -> None:
    settings = Settings(state_dir=tmp_path, llm_parallel_slots=3, llm_context_size=4096)
    args = LlamaServer(settings, binary=Path("/bin/llama-server"), model=Path("/m.gguf")).args
    assert _value(args, "--parallel") == "3"
    assert _value(args, "--ctx-size") == str(3 * 4096)
    assert "--no-kv-unified" in args


def test_listens_only_locally_without_web_ui(tmp_path: Path) -> None:
    settings = Settings(state_dir=tmp_path, llm_port=9123)
    server = LlamaServer(settings, binary=Path("/bin/llama-server"), model=Path("/m.gguf"))
    args = server.args
    assert _value(args, "--host") == "127.0.0.1"
    assert _value(args, "--port") == "9123"
    assert {"--no-webui", "--no-slots", "--offline", "--metrics", "--jinja"} <= set(args)
    assert _value(args, "--cors-origins") == "localhost"
    assert server.base_url == "http://127.0.0.1:9123/v1"
    assert server.log_file == tmp_path / "logs" / "llama-server.log"


def test_prompt_cache_flags_are_set(tmp_path: Path) -> None:
    args = LlamaServer(Settings(state_dir=tmp_path), binary=Path("/b"), model=Path("/m")).args
    assert int(_value(args, "--cache-reuse")) > 0
    assert "--cache-prompt" in args
    assert _value(args, "--alias") == Settings().llm_model


async def test_port_in_use_is_refused_with_a_hint(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        server = LlamaServer(Settings(state_dir=tmp_path), binary=Path("/nonexistent"),
                             model=Path("/nonexistent.gguf"), port=port)
        with pytest.raises(LlamaServerStartError, match="ANTRAGSWERK_LLM_PORT"):
            await server.start()


def test_threads_leave_a_core_for_the_worker(tmp_path: Path) -> None:
    cpus = len(os.sched_getaffinity(0))
    args = LlamaServer(Settings(state_dir=tmp_path), binary=Path("/b"), model=Path("/m")).args
    assert _value(args, "--threads") == str(max(1, cpus - 1))
    assert _value(args, "--threads-batch") == str(max(1, cpus - 1))
    explicit = LlamaServer(Settings(state_dir=tmp_path), binary=Path("/b"), model=Path("/m"),
                           threads=3).args
    assert _value(explicit, "--threads") == "3"
