"""Privacy tests run their own workers (own task queues, own state dir, own scripted model), so
they can switch ``llm_privacy``, configure logging and purge records without touching the
session's worker or other areas' data. The Temporal dev server and its codec key are shared."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import pytest
import pytest_asyncio
from temporalio.client import Client

from config.settings import Settings
from orchestration.codec import format_keys, load_or_create_keys
from storage.database import engine_for
from tests.support.scripted_llm import ScriptedLLM
from worker import build_workers


@dataclass(frozen=True)
class PrivacyStack:
    local: Settings
    pseudonymize: Settings
    llm: ScriptedLLM


@pytest.fixture(scope="session")
def privacy_llm() -> Iterator[ScriptedLLM]:
    llm = ScriptedLLM().start()
    yield llm
    llm.stop()


@pytest_asyncio.fixture(scope="session")
async def privacy_stack(
    client: Client,
    settings: Settings,
    privacy_llm: ScriptedLLM,
    tmp_path_factory: pytest.TempPathFactory,
) -> AsyncIterator[PrivacyStack]:
    keys = format_keys(load_or_create_keys(settings.codec_keys, settings.state_dir / "codec.keys"))
    base = settings.model_copy(
        update={
            "state_dir": tmp_path_factory.mktemp("privacy-state"),
            "codec_keys": keys,
            "llm_base_url": privacy_llm.base_url,
        }
    )
    stack = PrivacyStack(
        local=base.model_copy(update={"task_queue": f"privacy-local-{uuid.uuid4().hex[:8]}"}),
        pseudonymize=base.model_copy(
            update={
                "task_queue": f"privacy-pseudo-{uuid.uuid4().hex[:8]}",
                "llm_privacy": "pseudonymize",
            }
        ),
        llm=privacy_llm,
    )
    # Upgrade the schema up front, once, rather than inside the first activity.
    engine_for(base.db_url)
    workers = [
        w
        for s in (stack.local, stack.pseudonymize)
        for w in build_workers(client, s, lambda: privacy_llm.base_url)
    ]
    tasks = [asyncio.create_task(w.run()) for w in workers]
    yield stack
    await asyncio.gather(*(w.shutdown() for w in workers))
    for t in tasks:
        t.cancel()
