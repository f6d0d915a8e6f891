"""Model errors are classified: hopeless answers go to a clerk at once, 429 waits as told.

The scripted endpoint answers like a misconfigured proxy (an HTML page with 200), a gateway
refusing the request (400), a rate limiter (429 with Retry-After) or an error page echoing the
whole request (503); the real client path (langchain-openai → openai → httpx) sees each.
"""

from __future__ import annotations

import asyncio
import time

import pytest
from temporalio.api.enums.v1 import PendingActivityState
from temporalio.client import Client

from config.settings import Settings
from stack.cases import wait_settled
from tests.pipeline.helpers import start_plate_case
from tests.support.scripted_llm import Fault, ScriptedLLM

pytestmark = pytest.mark.usefixtures("worker")

HOPELESS = {
    "html-page": Fault(200, "<!doctype html><html><body>WLAN-Anmeldung</body></html>",
                       "text/html"),
    "bad-request": Fault(400, '{"error": {"message": "response_format not supported"}}'),
    "not-json": Fault(200, "Bad Gateway: upstream sent garbage", "application/json"),
}


@pytest.fixture(autouse=True)
def _no_fault_left(scripted_llm: ScriptedLLM) -> object:
    yield None
    scripted_llm.fault = None


@pytest.mark.parametrize("kind", sorted(HOPELESS))
async def test_hopeless_model_answer_goes_to_a_clerk_at_once(
    client: Client, settings: Settings, scripted_llm: ScriptedLLM, kind: str
) -> None:
    scripted_llm.fault = HOPELESS[kind]
    scripted_llm.faults_sent = 0
    started = time.monotonic()
    result = await start_plate_case(
        client, settings, scripted_llm, name=f"Hoffnungslos{kind[:4]}", plate="BO-HL 9"
    )
    # Before: retried with PATIENT for up to 24 h, the case stuck in "extracting".
    view = await wait_settled(result.handle, timeout=30)
    assert view.status == "awaiting_review"
    assert view.decision is not None and "extraction_unavailable" in view.decision.reasons
    assert scripted_llm.faults_sent == 1, "a hopeless answer must not be asked again"
    assert time.monotonic() - started < 20


async def test_rate_limit_waits_for_retry_after(
    client: Client, settings: Settings, scripted_llm: ScriptedLLM
) -> None:
    scripted_llm.fault = Fault(429, '{"error": {"message": "slow down"}}',
                               headers={"Retry-After": "6"}, times=1)
    started = time.monotonic()
    result = await start_plate_case(client, settings, scripted_llm, name="Geduldig",
                                    plate="BO-GE 10")
    view = await wait_settled(result.handle, timeout=60)
    took = time.monotonic() - started
    assert view.status == "approved"
    # Before: the next attempt came after PATIENT's 2 s, whatever the endpoint asked for.
    assert 6 <= took < 30, took  # at least as long as asked, not a backoff step beyond


async def test_failure_of_an_echoing_endpoint_stays_small_and_decodes(
    client: Client, settings: Settings, scripted_llm: ScriptedLLM
) -> None:
    echo = '{"error": {"message": "upstream failed for request: ' + "x" * 40_000 + '"}}'
    scripted_llm.fault = Fault(503, echo)
    result = await start_plate_case(client, settings, scripted_llm, name="Echo",
                                    plate="BO-EC 11")
    message = ""
    for _ in range(60):
        described = await result.handle.describe()
        pending = [a for a in described.raw_description.pending_activities
                   if a.activity_type.name == "extract_fields"]
        if pending and pending[0].HasField("last_failure"):
            # As the codec server would: decrypt the encoded message and stack trace.
            decoded = await client.data_converter.decode_failure(pending[0].last_failure)
            message = str(decoded)
            break
        await asyncio.sleep(0.5)
    scripted_llm.fault = None
    assert message, "no failure recorded on the pending extraction"
    assert "exceeds size limit" not in message  # before: all operators saw
    assert "503" in message and len(message) <= 500, message[:200]
    assert pending[0].state != PendingActivityState.PENDING_ACTIVITY_STATE_UNSPECIFIED
    view = await wait_settled(result.handle, timeout=90)
    assert view.status == "approved"
