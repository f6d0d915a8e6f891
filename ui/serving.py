"""How the review UI is served (uvicorn), shared by ``antragswerk up`` and the security tests.

uvicorn believes ``X-Forwarded-For`` from loopback by default, so anything on the machine could
pick its own client address. Here forwarded headers count only from the configured proxies.
"""

from __future__ import annotations

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
