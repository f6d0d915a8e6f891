"""The real app served by uvicorn in a thread on a free loopback port, for attacks over HTTP."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import FastAPI

from config.settings import Settings
from ui.serving import serve_in_thread


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def served(app: FastAPI, settings: Settings) -> Iterator[str]:
    """Yields the base URL; the server is configured exactly as ``antragswerk up`` does it."""
    with serve_in_thread(app, settings, port=free_port()) as url:
        yield url
