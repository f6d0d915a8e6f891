"""Field extraction with the configured LLM endpoint (embedded llama-server by default)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx
from temporalio import activity

from activities import names, pulse
from activities.case_metrics import record_model_tokens
from activities.context import ActivityContext
from activities.model_failures import classified
from activities.pulse import Pulse
from activities.reading import load_reading
from activities.requests import ExtractRequest
from apptypes.registry import get_type
from domain.fields import Extraction
from extractors.field_extraction import extract_fields
from extractors.llm_client import chat_model

LlmUrl = Callable[[], str]


class ExtractionActivities:
    """``llm_url`` is asked at call time: the stack may restart the local model on a new port."""

    def __init__(
        self,
        ctx: ActivityContext,
        llm_url: LlmUrl,
        http_client: httpx.AsyncClient | None = None,
        *,
        heartbeat_every: float = pulse.EVERY,
    ) -> None:
        self._ctx = ctx
        self._llm_url = llm_url
        self._http = http_client
        self._limit = asyncio.Semaphore(ctx.settings.llm_max_concurrency)
        self._heartbeat_every = heartbeat_every

    @activity.defn(name=names.EXTRACT_FIELDS)
    async def extract(self, req: ExtractRequest) -> Extraction:
        s = self._ctx.settings
        app_type = get_type(req.application_type)
        readings = [load_reading(self._ctx, r) for r in req.readings]
        kinds = req.classification.document_kinds
        outbound = inbound = None
        if s.llm_privacy == "pseudonymize":
            from redaction import Pseudonymizer

            # One placeholder per name word / street / number: fields are asked separately.
            pseudonymizer = Pseudonymizer(parts=True)
            outbound, inbound = pseudonymizer.pseudonymize, pseudonymizer.restore
        model = chat_model(s, self._llm_url(), http_async_client=self._http)
        beats = Pulse(self._heartbeat_every, "waiting for a model slot")
        async with beats, self._limit:
            beats.phase = "asking the model"
            try:
                extraction = await extract_fields(
                    model, s.llm_model, app_type, readings, kinds, outbound=outbound,
                    inbound=inbound, confirm_reading=s.confirm_reading,
                )
            except Exception as exc:
                # ``from None``: the original may quote a huge response; its type and the start
                # of its message are in the new one.
                raise classified(exc, activity.info().attempt) from None
        record_model_tokens(extraction)
        return extraction
