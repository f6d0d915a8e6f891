"""One structured-output call with a single corrective retry.

json_schema constrained decoding (function calling does not work with llama-server). If the
answer still does not validate, the model gets the validation error once; after that the case
goes to a clerk with ``extraction_failed`` instead of trusting half an answer.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from langchain_openai import ChatOpenAI
from pydantic import BaseModel, ValidationError

import prompts
from extractors.llm_schema import closed_schema


@dataclass
class StructuredAnswer:
    parsed: dict[str, Any] | None
    content: str = ""
    token_logprobs: list[tuple[str, float]] | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_prompt_tokens: int = 0
    attempts: int = 0
    error: str | None = None
    raw_usage: dict[str, Any] = field(default_factory=dict)
    as_written: dict[str, Any] | None = None
    """The answer before ``inbound`` (placeholders, for external models)."""


AnswerTransform = Callable[[dict[str, Any]], dict[str, Any]]
# Constraints a placeholder (``<PERSON_1>``) cannot meet; the restored value is checked instead.
_PLACEHOLDER_BLOCKING = frozenset({"pattern", "maxLength", "minLength"})


def _relaxed(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _relaxed(v) for k, v in node.items() if k not in _PLACEHOLDER_BLOCKING}
    if isinstance(node, list):
        return [_relaxed(v) for v in node]
    return node


def _usage(raw: AIMessage) -> tuple[int, int, int, dict[str, Any]]:
    usage = dict(raw.response_metadata.get("token_usage") or {})
    details = usage.get("prompt_tokens_details") or {}
    cached = int(details.get("cached_tokens") or 0)
    meta: dict[str, Any] = dict(raw.usage_metadata or {})
    cached = cached or int((meta.get("input_token_details") or {}).get("cache_read") or 0)
    return (
        int(usage.get("prompt_tokens") or meta.get("input_tokens") or 0),
        int(usage.get("completion_tokens") or meta.get("output_tokens") or 0),
        cached,
        usage,
    )


def _logprobs(raw: AIMessage) -> list[tuple[str, float]] | None:
    lp = raw.response_metadata.get("logprobs") or {}
    content = lp.get("content") if isinstance(lp, dict) else None
    if not content:
        return None
    return [(str(t.get("token", "")), float(t.get("logprob", 0.0))) for t in content]


def json_schema_of(schema: type[BaseModel], *, relaxed: bool = False) -> dict[str, Any]:
    """The schema as a plain dict: langchain then returns the raw JSON (no SDK-side parsing that
    would raise and lose the answer), and validation with its error message stays ours.
    ``relaxed`` drops string patterns and lengths so that placeholders can be answered."""
    plain = closed_schema({"title": schema.__name__, **schema.model_json_schema()})
    return _relaxed(plain) if relaxed else plain


def _validate(
    schema: type[BaseModel], content: str, inbound: AnswerTransform | None = None
) -> tuple[dict[str, Any] | None, str | None]:
    """Strict: langchain's lenient partial-JSON parsing would turn a truncated answer into {}."""
    try:
        parsed = json.loads(content)
    except json.JSONDecodeError as exc:
        return None, f"kein gültiges JSON ({exc.msg}, Zeichen {exc.pos})"
    if not isinstance(parsed, dict):
        return None, "keine JSON-Objekt-Antwort"
    if inbound is not None:
        parsed = inbound(parsed)
    try:
        return schema.model_validate(parsed).model_dump(mode="json"), None
    except ValidationError as exc:
        return None, "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())


async def ask_structured(
    model: ChatOpenAI,
    schema: type[BaseModel],
    system: str,
    user: str,
    *,
    inbound: AnswerTransform | None = None,
) -> StructuredAnswer:
    """``inbound`` maps a pseudonymised answer back before it is validated against ``schema``."""
    runnable = model.with_structured_output(
        json_schema_of(schema, relaxed=inbound is not None), method="json_schema", include_raw=True
    )
    messages: list[BaseMessage] = [SystemMessage(system), HumanMessage(user)]
    answer = StructuredAnswer(parsed=None)
    for attempt in (1, 2):
        result: dict[str, Any] = await runnable.ainvoke(messages)
        raw: AIMessage = result["raw"]
        p, c, cached, usage = _usage(raw)
        answer.prompt_tokens += p
        answer.completion_tokens += c
        answer.cached_prompt_tokens += cached
        answer.raw_usage = usage
        answer.attempts = attempt
        answer.content = raw.content if isinstance(raw.content, str) else str(raw.content)
        answer.token_logprobs = _logprobs(raw)
        error = result.get("parsing_error")
        parsed, invalid = (None, None) if error else _validate(schema, answer.content, inbound)
        if parsed is not None:
            answer.parsed, answer.error = parsed, None
            answer.as_written = json.loads(answer.content)
            return answer
        reason = str(error or invalid or "keine Antwort")[:500]
        answer.error = f"Ungültige Modellantwort: {reason}"
        messages = [
            *messages,
            AIMessage(answer.content),
            HumanMessage(prompts.load("extraction_retry").format(error=reason)),
        ]
    return answer
