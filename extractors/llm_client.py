"""The chat model behind extraction: any OpenAI-compatible endpoint, via langchain-openai."""

from __future__ import annotations

import httpx
from langchain_openai import ChatOpenAI

from config.settings import Settings


def chat_model(
    settings: Settings, base_url: str, *, http_async_client: httpx.AsyncClient | None = None
) -> ChatOpenAI:
    return ChatOpenAI(
        base_url=base_url,
        api_key=settings.llm_api_key,
        model=settings.llm_model,
        temperature=0.0,
        max_tokens=settings.llm_max_tokens,
        timeout=settings.llm_timeout_seconds,
        max_retries=0,  # Temporal retries the activity; retrying here would hide outages.
        logprobs=True,
        top_logprobs=1,  # llama-server returns token logprobs only with top_logprobs set
        http_async_client=http_async_client,
    )
