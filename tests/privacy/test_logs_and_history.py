"""No personal data in logs or in Temporal's history, even when an activity fails with an error
that quotes the citizen's letter (some model gateways echo the rejected input).

One real case (smoke case-005) runs with logging configured; the scripted model is down for the
first extraction attempt and its 503 answer repeats the prompt. Then the log file and the raw
history (fetched by a client without the codec) are searched for the case's ``pii`` strings."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from typing import Any

import pytest
import pytest_asyncio
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from temporalio.api.common.v1 import Payload
from temporalio.api.history.v1 import HistoryEvent
from temporalio.client import Client

from config.logging_setup import configure_logging, remove_logging
from config.settings import Settings
from orchestration.codec import CodecKey, EncryptionCodec, load_or_create_keys
from stack.cases import wait_settled
from tests.privacy.cases import leaked, pii_of, smoke_case, start_case
from tests.privacy.conftest import PrivacyStack
from tests.privacy.history import payloads_in
from tests.support.cases import script_from_expected

CASE = "case-005"
ACTIVITY_FAILED = "Completing activity as failed"


@dataclass(frozen=True)
class FinishedCase:
    case_id: str
    pii: list[str]
    log: str
    events: list[HistoryEvent]


def _echo_prompt(body: dict[str, Any]) -> str:
    # Short enough that Temporal keeps the failure (it drops oversized ones).
    return f"Eingabe abgelehnt: {body['messages'][-1]['content'][:400]}"


async def _wait_for(text: str, path: Any, timeout: float = 60.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not (path.exists() and text in path.read_text(encoding="utf-8")):
        assert loop.time() < deadline, f"{text!r} never appeared in the log"
        await asyncio.sleep(0.2)


@pytest_asyncio.fixture(scope="module")
async def finished(client: Client, privacy_stack: PrivacyStack) -> FinishedCase:
    case = smoke_case(CASE)
    llm = privacy_stack.llm
    script_from_expected(llm, case.path)
    log_path = configure_logging(privacy_stack.local, console=False)
    llm.down_message, llm.down = _echo_prompt, True
    try:
        handle = await start_case(client, privacy_stack.local, case)
        await _wait_for(ACTIVITY_FAILED, log_path)
        llm.down, llm.down_message = False, "model loading"
        view = await wait_settled(handle, timeout=120)
        assert view.status == "approved", view.decision
        await handle.result()
    finally:
        llm.down, llm.down_message = False, "model loading"
        remove_logging()
    target = client.service_client.config.target_host
    plain = await Client.connect(target, namespace=client.namespace)  # no codec
    history = await plain.get_workflow_handle(handle.id).fetch_history()
    log = log_path.read_text(encoding="utf-8")
    return FinishedCase(handle.id, pii_of(case), log, list(history.events))


def _spellings(pii: list[str]) -> list[bytes]:
    return [form for p in pii for form in (p.encode(), json.dumps(p).strip('"').encode())]


def test_log_holds_the_failure_but_no_personal_data(finished: FinishedCase) -> None:
    assert ACTIVITY_FAILED in finished.log and "503" in finished.log
    assert "Traceback" in finished.log, "the exception text must be logged (redacted)"
    assert leaked(finished.pii, finished.log) == []


def test_raw_history_holds_no_personal_data(finished: FinishedCase) -> None:
    failures = [
        e for e in finished.events
        if e.activity_task_started_event_attributes.HasField("last_failure")
    ]
    assert failures, "the failed extraction attempt must be in the history"
    chain = str(failures[0].activity_task_started_event_attributes.last_failure)
    assert "Encoded failure" in chain and "503" not in chain
    raw = b"".join(e.SerializeToString() for e in finished.events)
    assert [s for s in _spellings(finished.pii) if s in raw] == []
    assert leaked(finished.pii, raw.decode("utf-8", errors="ignore")) == []


async def test_history_decodes_with_the_codec_also_after_key_rotation(
    finished: FinishedCase, settings: Settings
) -> None:
    keys = load_or_create_keys(settings.codec_keys, settings.state_dir / "codec.keys")
    encrypted = [p for e in finished.events for p in payloads_in(e)
                 if p.metadata.get("encoding") == b"binary/encrypted-aes256gcm"]
    assert encrypted
    rotated = EncryptionCodec([CodecKey("k-new", AESGCM.generate_key(bit_length=256)), *keys])
    decoded = await rotated.decode(encrypted)
    text = b"".join(p.data for p in decoded).decode("utf-8", errors="ignore")
    assert leaked(finished.pii, text), "decoded history must hold the case's data"
    stranger = EncryptionCodec([CodecKey("k-other", AESGCM.generate_key(bit_length=256))])
    with pytest.raises(ValueError, match="unknown key id"):
        await stranger.decode(encrypted[:1])


async def test_key_rotation_new_key_encrypts_old_key_still_decodes() -> None:
    k1 = CodecKey("k1", AESGCM.generate_key(bit_length=256))
    k2 = CodecKey("k2", AESGCM.generate_key(bit_length=256))
    original = [Payload(metadata={"encoding": b"json/plain"}, data='{"name": "Jörg"}'.encode())]
    old = await EncryptionCodec([k1]).encode(original)
    assert old[0].metadata["encryption-key-id"] == b"k1" and "Jörg".encode() not in old[0].data

    rotated = EncryptionCodec([k2, k1])
    assert await rotated.decode(old) == original
    new = await rotated.encode(original)
    assert new[0].metadata["encryption-key-id"] == b"k2"
    assert await rotated.decode(new) == original
    with pytest.raises(ValueError, match="unknown key id 'k2'"):
        await EncryptionCodec([k1]).decode(new)
