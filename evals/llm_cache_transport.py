"""httpx transports that serve ``POST …/chat/completions`` from an :class:`LlmCache`.

Plugged in below the OpenAI client (``openai.OpenAI(http_client=httpx.Client(transport=…))`` or
langchain-openai's ``http_client``/``http_async_client``), so the real client code path —
request building, retries, response parsing — runs unchanged. With ``enabled=False``
(``--no-cache``) every request goes to the model, and the answers are still recorded.
Streaming requests and non-200 answers are never cached. Each response carries the header
``x-antragswerk-llm-cache: hit|miss|bypass``.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from evals.llm_cache import LlmCache, chat_request_key

CACHE_HEADER = "x-antragswerk-llm-cache"
_CHAT_PATH = "/chat/completions"
_DROPPED_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


class _CachePolicy:
    def __init__(self, cache: LlmCache, enabled: bool) -> None:
        self.cache = cache
        self.enabled = enabled

    def key_for(self, request: httpx.Request) -> str | None:
        if request.method != "POST" or not request.url.path.endswith(_CHAT_PATH):
            return None
        try:
            body: Any = json.loads(request.content)
        except (UnicodeDecodeError, json.JSONDecodeError):
            return None
        if not isinstance(body, dict) or body.get("stream"):
            return None
        base_url = str(request.url.copy_with(query=None)).removesuffix(_CHAT_PATH)
        return chat_request_key(base_url, body)

    def lookup(self, key: str, request: httpx.Request) -> httpx.Response | None:
        if not self.enabled:
            return None
        cached = self.cache.get(key)
        if cached is None:
            return None
        return httpx.Response(200, json=cached, headers={CACHE_HEADER: "hit"}, request=request)

    def record(self, key: str, response: httpx.Response, request: httpx.Request) -> httpx.Response:
        """Stores a successful JSON answer; returns a fresh response over the already-read body."""
        content = response.content
        if response.status_code == 200:
            try:
                parsed: Any = json.loads(content)
            except (UnicodeDecodeError, json.JSONDecodeError):
                parsed = None
            if isinstance(parsed, dict):
                self.cache.put(key, parsed)
        headers = [(k, v) for k, v in response.headers.multi_items()
                   if k.lower() not in _DROPPED_HEADERS]
        headers.append((CACHE_HEADER, "miss" if self.enabled else "bypass"))
        return httpx.Response(response.status_code, headers=headers, content=content,
                              request=request, extensions=response.extensions)


class CachingTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, cache: LlmCache, enabled: bool = True) -> None:
        self.inner = inner
        self.policy = _CachePolicy(cache, enabled)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        key = self.policy.key_for(request)
        if key is None:
            return self.inner.handle_request(request)
        hit = self.policy.lookup(key, request)
        if hit is not None:
            return hit
        response = self.inner.handle_request(request)
        try:
            response.read()
        finally:
            response.close()
        return self.policy.record(key, response, request)

    def close(self) -> None:
        self.inner.close()


class AsyncCachingTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, cache: LlmCache,
                 enabled: bool = True) -> None:
        self.inner = inner
        self.policy = _CachePolicy(cache, enabled)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        key = self.policy.key_for(request)
        if key is None:
            return await self.inner.handle_async_request(request)
        hit = self.policy.lookup(key, request)
        if hit is not None:
            return hit
        response = await self.inner.handle_async_request(request)
        try:
            await response.aread()
        finally:
            await response.aclose()
        return self.policy.record(key, response, request)

    async def aclose(self) -> None:
        await self.inner.aclose()
