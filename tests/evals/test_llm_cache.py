"""The cache through the real openai client against the scripted OpenAI-compatible endpoint."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from evals.llm_cache import LlmCache, cache_key, chat_request_key
from evals.llm_cache_transport import CACHE_HEADER, AsyncCachingTransport, CachingTransport
from tests.support.scripted_llm import ScriptedLLM

SCHEMA: Any = {"type": "json_schema", "json_schema": {"name": "antwort", "schema": {
    "type": "object", "properties": {"familienname": {"type": ["string", "null"]}}}}}


@pytest.fixture(scope="module")
def endpoint() -> Iterator[ScriptedLLM]:
    server = ScriptedLLM().start()
    yield server
    server.stop()


@pytest.fixture()
def llm(endpoint: ScriptedLLM) -> ScriptedLLM:
    endpoint.reset()
    endpoint.down = False
    endpoint.when("Kowalski", {"familienname": "Kowalski"})
    return endpoint


@pytest.fixture()
def cache(tmp_path: Path) -> Iterator[LlmCache]:
    store = LlmCache(tmp_path / "llm-cache.sqlite")
    yield store
    store.close()


def _client(llm: ScriptedLLM, cache: LlmCache, *, enabled: bool = True) -> openai.OpenAI:
    transport = CachingTransport(httpx.HTTPTransport(), cache, enabled=enabled)
    # openai types http_client as httpx2.Client but accepts a classic httpx.Client at runtime.
    return openai.OpenAI(base_url=llm.base_url, api_key="test", max_retries=0,
                         http_client=httpx.Client(transport=transport))  # type: ignore[arg-type]


def _ask(client: openai.OpenAI, text: str, **params: Any) -> Any:
    return client.chat.completions.with_raw_response.create(
        model="qwen-test", messages=[{"role": "user", "content": text}],
        response_format=SCHEMA, **params)


def test_second_identical_request_is_served_from_cache(llm: ScriptedLLM,
                                                       cache: LlmCache) -> None:
    client = _client(llm, cache)
    first = _ask(client, "Name: Kowalski", temperature=0)
    second = _ask(client, "Name: Kowalski", temperature=0)
    assert len(llm.requests) == 1
    assert (first.headers[CACHE_HEADER], second.headers[CACHE_HEADER]) == ("miss", "hit")
    assert second.parse().choices[0].message.content == '{"familienname": "Kowalski"}'
    assert second.parse().usage.prompt_tokens == first.parse().usage.prompt_tokens
    stats = cache.stats()
    assert (stats.entries, stats.hits, stats.misses, stats.stores) == (1, 1, 1, 1)


def test_decoding_params_prompt_and_endpoint_are_part_of_the_key(llm: ScriptedLLM,
                                                                cache: LlmCache) -> None:
    client = _client(llm, cache)
    _ask(client, "Name: Kowalski", temperature=0)
    _ask(client, "Name: Kowalski", temperature=0.7)
    _ask(client, "Name: Nowak", temperature=0)
    assert len(llm.requests) == 3
    body = {"model": "m", "messages": [{"role": "user", "content": "x"}], "temperature": 0}
    assert chat_request_key("http://a/v1", body) != chat_request_key("http://b/v1", body)
    assert chat_request_key("http://a/v1/", body) == cache_key(
        base_url="http://a/v1", model="m", messages=body["messages"], schema=None,
        params={"temperature": 0})


def test_disabled_cache_still_records(llm: ScriptedLLM, cache: LlmCache) -> None:
    no_cache = _client(llm, cache, enabled=False)
    assert _ask(no_cache, "Name: Kowalski").headers[CACHE_HEADER] == "bypass"
    assert _ask(no_cache, "Name: Kowalski").headers[CACHE_HEADER] == "bypass"
    assert len(llm.requests) == 2
    assert cache.stats().entries == 1
    assert _ask(_client(llm, cache), "Name: Kowalski").headers[CACHE_HEADER] == "hit"
    assert len(llm.requests) == 2


def test_errors_are_not_cached(llm: ScriptedLLM, cache: LlmCache) -> None:
    client = _client(llm, cache)
    llm.down = True
    with pytest.raises(openai.InternalServerError):
        _ask(client, "Name: Kowalski")
    llm.down = False
    assert _ask(client, "Name: Kowalski").headers[CACHE_HEADER] == "miss"
    assert cache.stats().entries == 1


def test_cache_persists_across_processes_file(llm: ScriptedLLM, tmp_path: Path) -> None:
    path = tmp_path / "persist.sqlite"
    first = LlmCache(path)
    _ask(_client(llm, first), "Name: Kowalski")
    first.close()
    second = LlmCache(path)
    assert _ask(_client(llm, second), "Name: Kowalski").headers[CACHE_HEADER] == "hit"
    second.close()
    assert len(llm.requests) == 1


async def test_async_client_hits_the_cache(llm: ScriptedLLM, cache: LlmCache) -> None:
    transport = AsyncCachingTransport(httpx.AsyncHTTPTransport(), cache)
    client = openai.AsyncOpenAI(base_url=llm.base_url, api_key="test", max_retries=0,
                                http_client=httpx.AsyncClient(transport=transport),  # type: ignore[arg-type]
                                )
    answers = [await client.chat.completions.create(
        model="qwen-test", messages=[{"role": "user", "content": "Name: Kowalski"}])
        for _ in range(2)]
    await client.close()
    assert len(llm.requests) == 1
    assert answers[0].choices[0].message.content == answers[1].choices[0].message.content
    assert cache.stats().hits == 1
