"""Heartbeats that mean progress, short heartbeat timeouts, and no extraction taken that cannot run.

A dead worker is noticed after the heartbeat timeout, so it bounds the recovery time; a long
scan must keep heartbeating page by page, a slow model call while it waits.
"""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from temporalio.client import Client
from temporalio.testing import ActivityEnvironment

from activities import pulse
from activities.classification import ClassificationActivities
from activities.context import ActivityContext
from activities.extraction import ExtractionActivities
from activities.outcome import OutcomeActivities
from activities.pulse import beating
from activities.reading import ReadingActivities
from activities.redaction import RedactionActivities
from activities.requests import ExtractRequest, ReadRequest
from activities.routing import RoutingActivities
from config.settings import Settings
from domain.case import Classification
from domain.documents import DocumentRef
from intake.submit import store_originals
from tests.pipeline.helpers import plate_letter, submit_plate_case
from tests.reading.builders import text_pdf
from tests.support.scripted_llm import ScriptedLLM
from worker import build_workers

MAX_HEARTBEAT_TIMEOUT = timedelta(seconds=30)


def _stored(settings: Settings, filename: str, data: bytes) -> DocumentRef:
    (ref,) = store_originals(ActivityContext.create(settings).store, [(filename, data)])
    return ref


def test_reading_heartbeats_once_per_page(settings: Settings) -> None:
    doc = _stored(settings, "lang.pdf", text_pdf(pages=4))
    beats: list[object] = []
    env = ActivityEnvironment()
    env.on_heartbeat = lambda *details: beats.append(details)
    reading = ReadingActivities(ActivityContext.create(settings))
    summary = env.run(reading.read, ReadRequest(case_id="case-herzschlag", doc=doc))
    assert summary.pages == 4
    assert len(beats) >= 4, beats  # before: none at all during reading


async def test_extraction_heartbeats_while_waiting_for_the_model(
    settings: Settings, scripted_llm: ScriptedLLM
) -> None:
    ctx = ActivityContext.create(settings)
    doc = _stored(settings, "antrag.txt", plate_letter("Langsam", "BO-LA 7"))
    env = ActivityEnvironment()
    summary = env.run(ReadingActivities(ctx).read, ReadRequest(case_id="case-lm", doc=doc))
    beats: list[object] = []
    env.on_heartbeat = lambda *details: beats.append(details)
    extraction = ExtractionActivities(ctx, lambda: scripted_llm.base_url, heartbeat_every=0.2)
    request = ExtractRequest(
        case_id="case-lm",
        application_type="wunschkennzeichen",
        classification=Classification(
            application_type="wunschkennzeichen", confidence=1.0,
            document_kinds={doc.doc_id: "antrag"},
        ),
        readings=[summary],
    )
    scripted_llm.delay_seconds = 1.5
    try:
        await env.run(extraction.extract, request)
    finally:
        scripted_llm.delay_seconds = 0.0
    assert len(beats) >= 5, beats  # before: one heartbeat before the call, none during it


@pytest.mark.usefixtures("worker")
async def test_heartbeat_timeouts_of_a_real_case_are_short(
    client: Client, settings: Settings, scripted_llm: ScriptedLLM
) -> None:
    result, _ = await submit_plate_case(
        client, settings, scripted_llm, name="Puls", plate="BO-PU 8"
    )
    history = await result.handle.fetch_history()
    scheduled = {
        e.activity_task_scheduled_event_attributes.activity_type.name:
            e.activity_task_scheduled_event_attributes
        for e in history.events
        if e.HasField("activity_task_scheduled_event_attributes")
    }
    # Every step but the instant type-version lookup: a dead worker is noticed within 30 s.
    for name in set(scheduled) - {"application_type_version"}:
        beat = scheduled[name].heartbeat_timeout.ToTimedelta()
        assert timedelta(0) < beat <= MAX_HEARTBEAT_TIMEOUT, (name, beat)
    assert {"read_document", "extract_fields", "finalize_case"} <= set(scheduled)


def test_synchronous_steps_heartbeat_while_they_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pulse, "EVERY", 0.05)
    beats: list[object] = []
    env = ActivityEnvironment()
    env.on_heartbeat = lambda *details: beats.append(details)

    @beating
    def slow_step(seconds: float) -> str:
        time.sleep(seconds)
        return "fertig"

    assert env.run(slow_step, 0.6) == "fertig"
    assert len(beats) >= 5, beats
    # The real steps are wrapped (before: classification, rules, redaction and outcome never
    # heartbeated, so a killed worker held them for their whole start-to-close timeout).
    for step in (ClassificationActivities.classify, RoutingActivities.check_and_route,
                 RedactionActivities.redact_case, OutcomeActivities.finalize):
        assert getattr(step, "__wrapped__", None) is not None, step


async def test_llm_worker_takes_no_more_extractions_than_model_slots(
    client: Client, settings: Settings, scripted_llm: ScriptedLLM
) -> None:
    # Its own queue: the session worker already polls the suite's.
    own = settings.model_copy(update={"task_queue": "slots-only"})
    workers = build_workers(client, own, lambda: scripted_llm.base_url, roles=["llm"])
    (llm,) = workers
    assert llm.config()["max_concurrent_activities"] == settings.llm_max_concurrency
