"""Remote codec endpoint: lets authorised people read encrypted payloads in Temporal's Web UI/CLI.

Temporal's codec server protocol: ``POST /encode`` and ``POST /decode`` take and return
``{"payloads": [...]}`` in proto3 JSON (``metadata`` values and ``data`` base64), optionally
under a namespace prefix (``/{namespace}/decode``, the CLI's endpoint templating).

Access needs the codec token (``ANTRAGSWERK_CODEC_TOKEN``, else generated once into
``<state_dir>/codec-server.token``). The review UI's portal tokens are deliberately *not*
accepted: a portal may submit cases but must never read them. Two ways to present it:
- ``Authorization: Bearer <token>`` (``temporal workflow show --codec-endpoint … --codec-auth``);
- the endpoint path ``/access/<token>``, for the Web UI, which cannot add its own header (it
  only forwards an OIDC access token): ``--ui-codec-endpoint http://127.0.0.1:8234/access/<token>``.
  The token then stands in the UI's configuration, so this is for a loopback dev server only.
"""

from __future__ import annotations

import hmac
import os
import secrets
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from google.protobuf import json_format
from temporalio.api.common.v1 import Payloads
from temporalio.converter import PayloadCodec

from config.settings import Settings
from orchestration.codec import EncryptionCodec, load_or_create_keys

TOKEN_ENV = "ANTRAGSWERK_CODEC_TOKEN"
TOKEN_FILE = "codec-server.token"
MAX_BODY_BYTES = 20 * 1024 * 1024


def codec_port(settings: Settings) -> int:
    """Next to the Temporal Web UI's port (8233 → 8234)."""
    return settings.temporal_ui_port + 1


def codec_token(settings: Settings) -> str:
    """The configured token, else one generated once into the state dir (mode 0600)."""
    configured = os.environ.get(TOKEN_ENV, "").strip()
    if configured:
        return configured
    path = settings.state_dir / TOKEN_FILE
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(token)
    return token


def ui_origins(settings: Settings) -> list[str]:
    return [f"http://{host}:{settings.temporal_ui_port}" for host in ("127.0.0.1", "localhost")]


def _bearer(authorization: str | None) -> str | None:
    scheme, _, value = (authorization or "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def _authorizer(token: str) -> Callable[..., None]:
    def authorize(
        request: Request, authorization: Annotated[str | None, Header()] = None
    ) -> None:
        presented = request.path_params.get("token") or _bearer(authorization)
        if presented is None or not hmac.compare_digest(presented.encode(), token.encode()):
            raise HTTPException(
                status_code=401,
                detail="Kein oder ungültiges Codec-Token.",
                headers={"WWW-Authenticate": "Bearer"},
            )

    return authorize


async def _payloads_of(request: Request) -> Payloads:
    body = await request.body()
    if len(body) > MAX_BODY_BYTES:
        raise HTTPException(status_code=413, detail="Anfrage zu groß.")
    try:
        return json_format.Parse(body, Payloads())
    except json_format.ParseError:
        raise HTTPException(
            status_code=400, detail='Erwartet: {"payloads": [...]} im Proto-JSON-Format.'
        ) from None


def _as_json(payloads: Payloads) -> dict[str, Any]:
    return {"payloads": [json_format.MessageToDict(p) for p in payloads.payloads]}


def _route(
    codec: PayloadCodec, decode: bool
) -> Callable[[Request], Awaitable[dict[str, Any]]]:
    async def convert(request: Request) -> dict[str, Any]:
        payloads = await _payloads_of(request)
        try:
            converted = await (codec.decode if decode else codec.encode)(payloads.payloads)
        except Exception:  # wrong key, tampered data: no detail, it could help an attacker
            raise HTTPException(
                status_code=422, detail="Payloads ließen sich nicht umwandeln."
            ) from None
        return _as_json(Payloads(payloads=converted))

    return convert


def create_codec_app(settings: Settings, *, codec: PayloadCodec | None = None) -> FastAPI:
    """``codec``: default is the worker's own encryption codec (same keys, same rotation)."""
    codec = codec or EncryptionCodec(
        load_or_create_keys(settings.codec_keys, settings.state_dir / "codec.keys"),
        refuse_plaintext=False,
    )
    app = FastAPI(title="antragswerk codec server", docs_url=None, redoc_url=None)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=ui_origins(settings),
        allow_methods=["POST"],
        allow_headers=["Authorization", "Content-Type", "X-Namespace"],
        allow_credentials=True,
    )
    guard = [Depends(_authorizer(codec_token(settings)))]
    for prefix in ("", "/{namespace}", "/access/{token}", "/access/{token}/{namespace}"):
        for name, decode in (("decode", True), ("encode", False)):
            app.add_api_route(
                f"{prefix}/{name}",
                _route(codec, decode),
                methods=["POST"],
                dependencies=guard,
                include_in_schema=False,
            )
    return app


def serve_codec(settings: Settings, *, host: str = "127.0.0.1", port: int | None = None) -> None:
    """``antragswerk codec-server``: serves until interrupted."""
    import uvicorn

    port = port or codec_port(settings)
    token_source = TOKEN_ENV if os.environ.get(TOKEN_ENV) else settings.state_dir / TOKEN_FILE
    print(f"Codec-Server auf http://{host}:{port} (Token: {_shown(token_source)})")
    # No access log: the Web UI's endpoint path carries the token.
    uvicorn.run(create_codec_app(settings), host=host, port=port, access_log=False)


def _shown(source: str | Path) -> str:
    return f"${source}" if isinstance(source, str) else str(source)
