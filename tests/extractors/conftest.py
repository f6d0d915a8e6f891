"""The scripted OpenAI-compatible endpoint and a chat model pointed at it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from langchain_openai import ChatOpenAI

from config.settings import Settings
from extractors.llm_client import chat_model
from tests.support.scripted_llm import ScriptedLLM


@pytest.fixture(scope="module")
def llm() -> Iterator[ScriptedLLM]:
    server = ScriptedLLM().start()
    yield server
    server.stop()


@pytest.fixture
def model(llm: ScriptedLLM, tmp_path: Path) -> ChatOpenAI:
    llm.reset()
    settings = Settings(state_dir=tmp_path, llm_base_url=llm.base_url, llm_timeout_seconds=10)
    return chat_model(settings, llm.base_url)
