"""Is the product usable: Temporal reachable, the model answering, the database current.

Shared by ``GET /healthz`` (a load balancer or monitoring polls it) and ``antragswerk status``
(an operator reads it). Every check has its own short timeout and never raises: a check that
hangs or fails is a failed check, so the answer comes in seconds even when everything is down.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta

import httpx
from sqlalchemy import text
from temporalio.client import Client

from config.failure_lines import cause
from config.settings import Settings
from storage.database import new_engine
from storage.schema import current_revision, head_revision

CHECK_TIMEOUT_SECONDS = 3.0
ClientFactory = Callable[[], Awaitable[Client]]


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    """For the operator's console: may name hosts and the full cause."""
    error: str | None = None
    """The exception type when the check raised (what an anonymous caller may see)."""


def model_base_url(settings: Settings) -> str:
    """The configured endpoint, or where ``antragswerk up`` starts the local llama-server."""
    return settings.llm_base_url or f"http://127.0.0.1:{settings.llm_port}/v1"


async def check_temporal(connect: ClientFactory) -> Check:
    client = await connect()
    await client.service_client.check_health(timeout=timedelta(seconds=CHECK_TIMEOUT_SECONDS))
    return Check("temporal", True, f"{client.service_client.config.target_host}, "
                                   f"namespace {client.namespace}")


async def check_model(settings: Settings) -> Check:
    url = model_base_url(settings)
    async with httpx.AsyncClient(timeout=CHECK_TIMEOUT_SECONDS) as http:
        response = await http.get(f"{url.rstrip('/')}/models",
                                  headers={"Authorization": f"Bearer {settings.llm_api_key}"})
    return Check("model", response.status_code == 200, f"HTTP {response.status_code}")


def _check_database_now(settings: Settings) -> Check:
    engine = new_engine(settings.db_url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        revision, head = current_revision(engine), head_revision()
    finally:
        engine.dispose()
    if revision != head:
        return Check("database", False, f"{engine.dialect.name}, schema {revision or 'empty'}, "
                                        f"expected {head}: run `antragswerk db upgrade`")
    return Check("database", True, f"{engine.dialect.name}, schema {revision}")


async def check_database(settings: Settings) -> Check:
    return await asyncio.to_thread(_check_database_now, settings)


async def _guarded(name: str, check: Awaitable[Check]) -> Check:
    try:
        return await asyncio.wait_for(check, CHECK_TIMEOUT_SECONDS + 1)
    except TimeoutError:
        return Check(name, False, f"no answer within {CHECK_TIMEOUT_SECONDS + 1:.0f} s",
                     "TimeoutError")
    except Exception as error:  # any failure is the answer "not healthy"
        return Check(name, False, cause(error), type(error).__name__)


async def health(settings: Settings, connect: ClientFactory) -> list[Check]:
    return list(await asyncio.gather(
        _guarded("temporal", check_temporal(connect)),
        _guarded("model", check_model(settings)),
        _guarded("database", check_database(settings)),
    ))
