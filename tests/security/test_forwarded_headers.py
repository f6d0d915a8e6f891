"""X-Forwarded-For counts only from configured proxies (real uvicorn, real HTTP)."""

from __future__ import annotations

from pathlib import Path

import httpx

from config.settings import Settings
from tests.security.live_server import free_port, served
from tests.security.test_attacks import login
from ui.app import create_app


def _blocked_after_spraying(tmp_path: Path, trusted: list[str]) -> int:
    """Three failures for three accounts, each 'from' another forwarded address, then a fourth
    account: its answer (429 if all failures counted for the one real address)."""
    settings = Settings(state_dir=tmp_path, temporal_port=free_port(),
                        ui_trusted_proxies=trusted, ui_login_failures_per_address=3)
    with served(create_app(settings), settings) as url, httpx.Client(base_url=url) as client:
        for n in range(3):
            answer = login(client, f"konto{n}", "falsch-falsch-1",
                           headers={"X-Forwarded-For": f"10.0.0.{n + 1}"})
            assert answer.status_code == 401
        return login(client, "konto9", "falsch-falsch-1",
                     headers={"X-Forwarded-For": "10.0.0.9"}).status_code


def test_forwarded_for_from_an_unconfigured_peer_is_ignored(tmp_path: Path) -> None:
    assert _blocked_after_spraying(tmp_path, trusted=[]) == 429


def test_forwarded_for_from_a_configured_proxy_is_the_client(tmp_path: Path) -> None:
    assert _blocked_after_spraying(tmp_path, trusted=["127.0.0.1"]) == 401
