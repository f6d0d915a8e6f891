"""Field extraction for one case: prompt → structured answer → normalised values with evidence."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from langchain_openai import ChatOpenAI

from apptypes.base import ApplicationType, flatten
from domain.documents import DocumentReading
from domain.fields import Extraction, FieldValue
from extractors.confidence import combine
from extractors.evidence import EvidenceFinder
from extractors.field_kinds import field_kinds
from extractors.prompting import PromptDocument, system_prompt, user_prompt
from extractors.structured_call import ask_structured
from extractors.token_confidence import value_confidences
from extractors.values import normalize_value

TextTransform = Callable[[str], str]
AnswerTransform = Callable[[Any], Any]


def prompt_documents(
    readings: Sequence[DocumentReading], kinds: dict[str, str]
) -> list[PromptDocument]:
    return [
        PromptDocument(
            label=kinds.get(r.doc.doc_id, "Dokument"), text="\f".join(p.text for p in r.pages)
        )
        for r in readings
        if r.error is None and r.pages
    ]


async def extract_fields(
    model: ChatOpenAI,
    model_name: str,
    app_type: ApplicationType,
    readings: Sequence[DocumentReading],
    kinds: dict[str, str],
    *,
    outbound: TextTransform | None = None,
    inbound: AnswerTransform | None = None,
) -> Extraction:
    """``outbound``/``inbound`` pseudonymise text for external models and restore answers."""
    started = time.monotonic()
    user = user_prompt(prompt_documents(readings, kinds))
    if outbound is not None:
        user = outbound(user)
    answer = await ask_structured(model, app_type.schema, system_prompt(app_type), user)
    parsed = answer.parsed or {}
    if inbound is not None:
        parsed = inbound(parsed)
    raw_flat = flatten(parsed)
    model_conf = value_confidences(answer.content, answer.token_logprobs, raw_flat)
    kinds_of = field_kinds(app_type.schema)
    values = {key: normalize_value(raw_flat.get(key), kind) for key, kind in kinds_of.items()}
    if app_type.normalize is not None:
        values = app_type.normalize(values)
    finder = EvidenceFinder(readings)
    fields: dict[str, FieldValue] = {}
    for key, kind in kinds_of.items():
        value = values.get(key)
        evidence = finder.locate(value, kind) if value is not None else []
        fields[key] = FieldValue(
            value=value,
            evidence=evidence,
            found_in_source=bool(evidence),
            confidence=combine(model_conf.get(key), value, evidence, kind),
        )
    return Extraction(
        application_type=app_type.key,
        fields=fields,
        llm_tokens=answer.prompt_tokens + answer.completion_tokens,
        prompt_tokens=answer.prompt_tokens,
        cached_prompt_tokens=answer.cached_prompt_tokens,
        model=model_name,
        attempts=answer.attempts,
        error=answer.error if answer.parsed is None else None,
        seconds=round(time.monotonic() - started, 3),
    )
