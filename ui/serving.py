"""How the review UI is served (uvicorn), shared by ``antragswerk up`` and the security tests.

uvicorn believes ``X-Forwarded-For`` from loopback by default, so anything on the machine could
pick its own client address. Here forwarded headers count only from the configured proxies.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI

from config.settings import Settings


def uvicorn_config(app: FastAPI, settings: Settings, *, host: str | None = None,
                   port: int | None = None) -> uvicorn.Config:
    proxies = settings.ui_trusted_proxies
    return uvicorn.Config(
        app,
        host=host or settings.ui_host,
        port=port or settings.ui_port,
        proxy_headers=bool(proxies),
        forwarded_allow_ips=list(proxies),
        server_header=False,
        log_level="warning",
        lifespan="on",
    )


@contextmanager
def serve_in_thread(app: FastAPI, settings: Settings, *, port: int) -> Iterator[str]:
    """The app on 127.0.0.1:``port`` in a daemon thread (tests, benchmarks); yields the URL."""
    server = uvicorn.Server(uvicorn_config(app, settings, host="127.0.0.1", port=port))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
