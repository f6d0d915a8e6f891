"""A response sent straight from ASGI middleware, before the app (or anyone) reads the body."""

from __future__ import annotations

import json

from starlette.types import Send


async def early_answer(send: Send, status: int, detail: str, *, api: bool,
                       headers: tuple[tuple[bytes, bytes], ...] = ()) -> None:
    """JSON ``{"detail": …}`` for the portal API, plain German text for the UI.

    ``Connection: close``: the request body is left unread, so the connection cannot carry
    another request; uvicorn closes it after this answer instead of reading on.
    """
    if api:
        body, kind = json.dumps({"detail": detail}).encode(), b"application/json"
    else:
        body, kind = detail.encode(), b"text/plain; charset=utf-8"
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", kind), (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"), (b"cache-control", b"no-store"),
        (b"x-content-type-options", b"nosniff"), *headers]})
    await send({"type": "http.response.body", "body": body})
