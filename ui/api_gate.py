"""The portal API's bearer token, checked before anything reads the request body.

FastAPI parses a multipart body before it runs the dependencies of a route, so a token check
as a dependency comes after the upload has been read and spooled. This middleware answers an
unauthenticated request from its headers alone; the route's dependency then only picks up the
portal name found here.
"""

from __future__ import annotations

import anyio.to_thread
from starlette.types import ASGIApp, Receive, Scope, Send

from ui.accounts import AccountService
from ui.early_answer import early_answer
from ui.routes.api import NO_TOKEN, PORTAL_CLIENT


def _bearer_token(scope: Scope) -> str | None:
    for name, value in scope.get("headers", []):
        if name == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            return (token.strip() or None) if scheme.lower() == "bearer" else None
    return None


class PortalTokenGate:
    def __init__(self, app: ASGIApp, accounts: AccountService, prefix: str) -> None:
        self._app = app
        self._accounts = accounts
        self._prefix = prefix.rstrip("/") + "/"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not str(scope.get("path", "")).startswith(self._prefix):
            await self._app(scope, receive, send)
            return
        token = _bearer_token(scope)
        owner = await anyio.to_thread.run_sync(self._accounts.token_owner, token) \
            if token is not None else None
        if owner is None:
            await early_answer(send, 401, NO_TOKEN, api=True,
                               headers=((b"www-authenticate", b"Bearer"),))
            return
        scope.setdefault("state", {})[PORTAL_CLIENT] = owner
        await self._app(scope, receive, send)
