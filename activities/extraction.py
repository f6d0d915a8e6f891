"""Field extraction with the configured LLM endpoint (embedded llama-server by default)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx
from temporalio import activity

from activities import names
from activities.case_metrics import record_model_tokens
from activities.context import ActivityContext
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
        self, ctx: ActivityContext, llm_url: LlmUrl, http_client: httpx.AsyncClient | None = None
    ) -> None:
        self._ctx = ctx
        self._llm_url = llm_url
        self._http = http_client
        self._limit = asyncio.Semaphore(ctx.settings.llm_max_concurrency)

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
        async with self._limit:
            activity.heartbeat("extracting")
            extraction = await extract_fields(
                model, s.llm_model, app_type, readings, kinds, outbound=outbound, inbound=inbound
            )
        record_model_tokens(extraction)
        return extraction
