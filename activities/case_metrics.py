"""Our metrics, recorded through the activity's metric meter (exported with the SDK's own).

Recorded in activities, not in the workflow: finishing a case (``finalize``) knows its status,
route, type and stage timings; extraction knows the model's tokens. Without a metrics runtime
the meter is the SDK's no-op meter. A retried ``finalize`` may count a case twice; the counts
are for dashboards, the case records stay the source of truth.
"""

from __future__ import annotations

from temporalio import activity

from domain.case import CaseView
from domain.fields import Extraction

CASES_FINISHED = "antragswerk_cases_finished"
STAGE_DURATION = "antragswerk_stage_duration"
MODEL_TOKENS = "antragswerk_model_tokens"


def record_finished_case(view: CaseView, status: str) -> None:
    meter = activity.metric_meter()
    route = view.decision.route if view.decision else "none"
    app_type = (view.classification.application_type if view.classification else None) or \
        "unknown"
    meter.create_counter(CASES_FINISHED, "Cases finished, by status, route and type").add(
        1, {"status": status, "route": route, "application_type": app_type})
    stages = meter.create_histogram_float(STAGE_DURATION, "Seconds per stage of a case", "s")
    for stage, seconds in view.timings.items():
        stages.record(max(seconds, 0.0), {"stage": stage, "application_type": app_type})


def record_model_tokens(extraction: Extraction) -> None:
    counter = activity.metric_meter().create_counter(
        MODEL_TOKENS, "Model tokens of field extraction, by kind")
    completion = max(extraction.llm_tokens - extraction.prompt_tokens, 0)
    for kind, tokens in (("prompt", extraction.prompt_tokens), ("completion", completion),
                         ("cached_prompt", extraction.cached_prompt_tokens)):
        if tokens:
            counter.add(tokens, {"kind": kind, "application_type": extraction.application_type})
