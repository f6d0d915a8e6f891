"""Request-body limits, enforced while the body streams and before anything parses it.

A declared ``Content-Length`` over the limit is refused at once; a chunked body (or one that
lies about its length) is counted as it arrives and refused the moment it passes the limit.
The portal upload may carry ``MAX_FILES`` documents of ``max_document_bytes`` each plus the
multipart framing; every other request is a small form.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from config.settings import Settings
from ui.early_answer import early_answer
from ui.routes.api import API_PREFIX, MAX_FILES, UPLOAD_PATH

MIB = 1024 * 1024
FORM_LIMIT = 1 * MIB
UPLOAD_OVERHEAD = 1 * MIB
TOO_LARGE = "Die Anfrage ist zu groß."

LimitFor = Callable[[Scope], int]


def body_limits(settings: Settings) -> LimitFor:
    upload = MAX_FILES * settings.max_document_bytes + UPLOAD_OVERHEAD

    def limit_for(scope: Scope) -> int:
        is_upload = scope.get("method") == "POST" and scope.get("path") == UPLOAD_PATH
        return upload if is_upload else FORM_LIMIT

    return limit_for


class _BodyTooLarge(Exception):
    pass


def _declared_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


class RequestSizeLimit:
    def __init__(self, app: ASGIApp, limit_for: LimitFor) -> None:
        self._app = app
        self._limit_for = limit_for

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        limit = self._limit_for(scope)
        api = str(scope.get("path", "")).startswith(API_PREFIX)
        declared = _declared_length(scope)
        if declared is not None and declared > limit:
            await early_answer(send, 413, TOO_LARGE, api=api)
            return
        received = 0
        exceeded = started = False

        async def counting_receive() -> Message:
            nonlocal received, exceeded
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    exceeded = True
                    raise _BodyTooLarge()
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            # The app may turn the interrupted read into its own error page; ours is the answer.
            if exceeded:
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        # Raised into whatever was reading the body; the app's own answer to that is dropped.
        with contextlib.suppress(_BodyTooLarge):
            await self._app(scope, counting_receive, guarded_send)
        if exceeded and not started:
            await early_answer(send, 413, TOO_LARGE, api=api)
