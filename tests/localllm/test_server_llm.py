"""The real llama-server with the real model: health, supervised restart, stop. Needs the cache."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
import pytest_asyncio

from config.settings import Settings
from localllm.errors import LlamaServerStartError
from localllm.llama_binary import cached_llama_server
from localllm.model_fetch import cached_model
from localllm.server import LlamaServer

pytestmark = pytest.mark.llm

_CACHE = Settings()
BINARY = cached_llama_server(_CACHE)
MODEL = cached_model(_CACHE)
needs_binary = pytest.mark.skipif(BINARY is None, reason="run `antragswerk llm setup` first")
needs_model = pytest.mark.skipif(BINARY is None or MODEL is None,
                                 reason="run `antragswerk llm setup` first")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _settings(tmp_path: Path) -> Settings:
    # Small context: the test is about the process, not about long prompts.
    return Settings(state_dir=tmp_path, cache_dir=_CACHE.cache_dir, llm_parallel_slots=1,
                    llm_context_size=1024)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie still answers kill(0); it is gone for our purposes.
    with open(f"/proc/{pid}/stat") as f:
        return f.read().split(") ")[1][0] != "Z"


@pytest_asyncio.fixture
async def server(tmp_path: Path) -> AsyncIterator[LlamaServer]:
    assert BINARY is not None and MODEL is not None
    llama = LlamaServer(_settings(tmp_path), binary=BINARY, model=MODEL, port=_free_port())
    await llama.start()
    yield llama
    await llama.stop()


async def _health(llama: LlamaServer) -> int:
    async with httpx.AsyncClient() as client:
        return (await client.get(f"{llama.root_url}/health")).status_code


@needs_model
async def test_killed_server_is_restarted_and_stop_ends_it(server: LlamaServer) -> None:
    assert await _health(server) == 200
    first = server.pid
    assert first is not None
    os.kill(first, signal.SIGKILL)
    for _ in range(240):
        if server.restarts == 1:
            break
        await asyncio.sleep(0.25)
    assert server.restarts == 1
    second = server.pid
    assert second is not None and second != first
    assert await _health(server) == 200
    await server.stop()
    assert server.pid is None
    assert not _alive(second)
    assert "starting:" in server.log_file.read_text()


@needs_binary
async def test_unloadable_model_fails_with_the_server_log(tmp_path: Path) -> None:
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF" + b"\0" * 64)
    assert BINARY is not None
    llama = LlamaServer(_settings(tmp_path), binary=BINARY, model=broken, port=_free_port(),
                        startup_timeout=60)
    with pytest.raises(LlamaServerStartError) as caught:
        await llama.start()
    message = str(caught.value)
    assert "exited with code" in message
    assert "broken.gguf" in message
    assert llama.pid is None


@needs_model
async def test_api_needs_the_key_and_hides_slot_prompts(server: LlamaServer) -> None:
    async with httpx.AsyncClient() as client:
        assert (await client.get(f"{server.base_url}/models")).status_code == 401
        headers = {"Authorization": f"Bearer {_CACHE.llm_api_key}"}
        models = await client.get(f"{server.base_url}/models", headers=headers)
        assert models.status_code == 200
        assert (await client.get(f"{server.root_url}/slots", headers=headers)).status_code != 200
        metrics = await client.get(f"{server.root_url}/metrics", headers=headers)
        assert "llamacpp:prompt_tokens_total" in metrics.text


@needs_model
async def test_web_pages_of_other_origins_get_no_cors_grant(server: LlamaServer) -> None:
    preflight = {"Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "authorization,content-type"}
    async with httpx.AsyncClient() as client:
        url = f"{server.base_url}/chat/completions"
        evil = await client.options(url, headers={"Origin": "http://evil.example", **preflight})
        local = await client.options(url, headers={"Origin": "http://localhost:8000", **preflight})
    assert "access-control-allow-origin" not in evil.headers
    assert local.headers["access-control-allow-origin"] == "http://localhost:8000"
