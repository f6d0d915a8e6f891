"""Portal A must not read the case of portal B: real Temporal, real worker, real HTTP."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest
from fastapi import FastAPI
from temporalio.client import Client

from config.settings import Settings
from orchestration.client import data_converter
from tests.security.live_server import served
from ui.app import create_app

pytestmark = pytest.mark.usefixtures("worker")


@pytest.fixture(scope="module")
def portal_app(client: Client, stack_settings: Settings) -> FastAPI:
    target = client.service_client.config.target_host

    async def own_client(s: Settings) -> Client:
        # The app runs on uvicorn's loop in another thread: it needs a client of its own.
        return await Client.connect(target, namespace=client.namespace,
                                    data_converter=data_converter(s))

    return create_app(stack_settings, temporal_client_factory=own_client)


@pytest.fixture(scope="module")
def portal_url(portal_app: FastAPI, stack_settings: Settings) -> Iterator[str]:
    with served(portal_app, stack_settings) as url:
        yield url


async def test_a_portal_sees_only_the_cases_it_submitted(portal_app: FastAPI,
                                                         portal_url: str) -> None:
    suffix = uuid.uuid4().hex[:8]
    accounts = portal_app.state.ui.accounts
    token_a = accounts.create_token(f"portal-a-{suffix}")
    token_b = accounts.create_token(f"portal-b-{suffix}")
    letter = f"Antrag auf Bewohnerparkausweis\nVorgang {suffix}\n".encode()
    async with httpx.AsyncClient(base_url=portal_url, timeout=30) as http:
        created = await http.post("/api/v1/cases", headers={"Authorization": f"Bearer {token_a}"},
                                  files=[("files", ("antrag.txt", letter, "text/plain"))])
        assert created.status_code == 201, created.text
        status_url = created.json()["status_url"]
        own = await http.get(status_url, headers={"Authorization": f"Bearer {token_a}"})
        assert own.status_code == 200
        foreign = await http.get(status_url, headers={"Authorization": f"Bearer {token_b}"})
        assert foreign.status_code == 404, foreign.text
        assert "status" not in foreign.json()
