"""The remote codec endpoint for Temporal's Web UI and CLI: protocol, token, CORS."""

from __future__ import annotations

import base64
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from config.settings import Settings
from orchestration.codec import CodecKey, format_keys
from orchestration.codec_server import codec_token, create_codec_app

PLAIN = {"metadata": {"encoding": base64.b64encode(b"json/plain").decode()},
         "data": base64.b64encode('{"familienname": "Schäfer"}'.encode()).decode()}


@pytest.fixture
def codec_settings(tmp_path: Path) -> Settings:
    key = CodecKey("k1", AESGCM.generate_key(bit_length=256))
    return Settings(state_dir=tmp_path, codec_keys=format_keys([key]), temporal_ui_port=8233)


def _client(settings: Settings) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=create_codec_app(settings))
    return httpx.AsyncClient(transport=transport, base_url="http://codec")


async def test_encode_then_decode_round_trip_with_bearer_token(codec_settings: Settings) -> None:
    auth = {"Authorization": f"Bearer {codec_token(codec_settings)}"}
    async with _client(codec_settings) as http:
        encoded = (await http.post("/encode", json={"payloads": [PLAIN]}, headers=auth)).json()
        sealed = encoded["payloads"][0]
        assert base64.b64decode(sealed["metadata"]["encoding"]) == b"binary/encrypted-aes256gcm"
        assert "Schäfer".encode() not in base64.b64decode(sealed["data"])
        decoded = await http.post("/default/decode", json=encoded, headers=auth)
    assert decoded.status_code == 200
    assert decoded.json() == {"payloads": [PLAIN]}


async def test_web_ui_path_token_and_empty_list(codec_settings: Settings) -> None:
    token = codec_token(codec_settings)
    async with _client(codec_settings) as http:
        answer = await http.post(f"/access/{token}/decode", json={"payloads": []})
    assert answer.status_code == 200 and answer.json() == {"payloads": []}


@pytest.mark.parametrize("headers,path", [
    ({}, "/decode"),
    ({"Authorization": "Bearer falsch"}, "/decode"),
    ({}, "/access/falsch/decode"),
])
async def test_without_the_token_nothing_is_decoded(
    codec_settings: Settings, headers: dict[str, str], path: str
) -> None:
    async with _client(codec_settings) as http:
        answer = await http.post(path, json={"payloads": [PLAIN]}, headers=headers)
    assert answer.status_code == 401
    assert "Schäfer" not in answer.text


async def test_bad_body_and_wrong_key_are_clear_errors(codec_settings: Settings) -> None:
    auth = {"Authorization": f"Bearer {codec_token(codec_settings)}"}
    foreign = {"metadata": {
        "encoding": base64.b64encode(b"binary/encrypted-aes256gcm").decode(),
        "encryption-key-id": base64.b64encode(b"k9").decode()}, "data": PLAIN["data"]}
    async with _client(codec_settings) as http:
        bad = await http.post("/decode", content=b"kein json", headers=auth)
        unknown = await http.post("/decode", json={"payloads": [foreign]}, headers=auth)
    assert bad.status_code == 400
    assert unknown.status_code == 422


async def test_cors_allows_the_temporal_ui_only(codec_settings: Settings) -> None:
    preflight = {"Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "content-type,x-namespace"}
    async with _client(codec_settings) as http:
        ui = await http.options("/decode", headers={**preflight, "Origin": "http://localhost:8233"})
        evil = await http.options("/decode", headers={**preflight, "Origin": "http://evil.example"})
    assert ui.headers.get("access-control-allow-origin") == "http://localhost:8233"
    assert "access-control-allow-origin" not in evil.headers


def test_token_is_generated_once_and_private(codec_settings: Settings) -> None:
    token = codec_token(codec_settings)
    assert len(token) >= 40 and codec_token(codec_settings) == token
    assert (codec_settings.state_dir / "codec-server.token").stat().st_mode & 0o077 == 0
