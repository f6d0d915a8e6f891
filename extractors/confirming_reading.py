"""A second, independent reading before a case may go through on its own.

The first reading answers the whole schema over whole documents; a small model's certainty there
says little (wrong values came with 0.9, right ones with 0.6). The second reading asks again,
field by field, over only the lines where the value stands (its evidence, anchored in the
document) — another question over other text. Where both agree and the value stands there
verbatim, the value is sure for a reason; where they differ, a clerk sees both.

Only copied values (texts, dates, numbers, lists) are asked again: choices and flags are read
from ticks and wording, and values a registered form read or confirmed need no second look.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from langchain_openai import ChatOpenAI
from pydantic import Field, create_model

import prompts
from apptypes._common.text import fold
from apptypes.base import ApplicationType, schema_field_infos
from domain.documents import DocumentReading
from domain.fields import Evidence, FieldData, FieldValue
from extractors.field_kinds import COPIED_KINDS, FieldKind
from extractors.structured_call import ask_structured
from extractors.values import normalize_value

AGREED = 0.95
"""Both readings say the same and the value stands verbatim in its document."""
DISAGREED = 0.5
CONTEXT_LINES = 1
"""Lines kept above and below the evidence line: a caption above a value belongs to it."""
MAX_FIELDS = 24

TextTransform = Callable[[str], str]
AnswerTransform = Callable[[Any], Any]


@dataclass(frozen=True)
class Question:
    key: str
    label: str
    snippet: str


@dataclass(frozen=True)
class Confirmation:
    fields: dict[str, FieldValue]
    asked: int
    tokens: int


def to_confirm(app_type: ApplicationType, fields: Mapping[str, FieldValue],
               kinds: Mapping[str, FieldKind]) -> list[str]:
    """The gated, filled, model-read copied values, or none when the case cannot pass anyway
    (a required value is missing, or a value has no evidence to ask about)."""
    keys: list[str] = []
    for key in app_type.gated:
        fv = fields.get(key)
        if fv is None or fv.value in (None, "", []):
            if key in app_type.required:
                return []
            continue
        if key not in kinds:
            continue  # a composed key (the keeper's name): its parts are asked about
        if fv.source != "llm" or kinds[key].kind not in COPIED_KINDS or \
                any(e.how for e in fv.evidence):
            continue
        if not fv.evidence:
            return []
        keys.append(key)
    return keys[:MAX_FIELDS]


def questions(keys: Sequence[str], fields: Mapping[str, FieldValue],
              readings: Sequence[DocumentReading], app_type: ApplicationType) -> list[Question]:
    infos = schema_field_infos(app_type.schema)
    texts = {(r.doc.doc_id, p.page): p.text for r in readings for p in r.pages}
    out: list[Question] = []
    for key in keys:
        evidence = fields[key].evidence[0]
        snippet = _snippet(texts.get((evidence.doc_id, evidence.page), ""), evidence)
        if snippet:
            out.append(Question(key, infos[key].description or key, snippet))
    return out


def _snippet(page_text: str, evidence: Evidence) -> str:
    lines = page_text.splitlines()
    words = evidence.text.split()
    for wanted in (fold(evidence.text), fold(words[0]) if words else ""):
        for index, line in enumerate(lines):
            if wanted and wanted in fold(line):
                first, last = max(0, index - CONTEXT_LINES), index + CONTEXT_LINES + 1
                return "\n".join(re.sub(r"\s{3,}", "   ", x).strip() for x in lines[first:last])
    return ""


async def confirm(model: ChatOpenAI, app_type: ApplicationType,
                  fields: dict[str, FieldValue], readings: Sequence[DocumentReading],
                  kinds: Mapping[str, FieldKind], *, outbound: TextTransform | None = None,
                  inbound: AnswerTransform | None = None) -> Confirmation:
    asked = questions(to_confirm(app_type, fields, kinds), fields, readings, app_type)
    if not asked:
        return Confirmation(fields, 0, 0)
    schema = create_model(  # type: ignore[call-overload]
        "ZweiteLesung",
        **{f"feld_{i}": (str | None, Field(None, description=q.label, max_length=200))
           for i, q in enumerate(asked, 1)})
    user = "\n\n".join(f"feld_{i}: {q.label}\nAusschnitt:\n{q.snippet}"
                       for i, q in enumerate(asked, 1))
    answer = await ask_structured(
        model, schema, prompts.load("confirming_reading"),
        outbound(user) if outbound is not None else user, inbound=inbound)
    tokens = answer.prompt_tokens + answer.completion_tokens
    if answer.parsed is None:
        return Confirmation(fields, len(asked), tokens)  # no second reading: nothing changes
    out = dict(fields)
    current = {key: fv.value for key, fv in fields.items()}
    for i, q in enumerate(asked, 1):
        again = _normalised(q.key, answer.parsed.get(f"feld_{i}"), kinds[q.key], current,
                            app_type)
        out[q.key] = _compared(fields[q.key], again)
    return Confirmation(out, len(asked), tokens)


def _normalised(key: str, second: object, kind: FieldKind, current: Mapping[str, FieldData],
                app_type: ApplicationType) -> FieldData:
    """The second answer cleaned like the first ("Bochum-Weitmar" → "Bochum")."""
    if second in (None, ""):
        return None
    value = normalize_value(second, kind)
    if app_type.normalize is None or value is None:
        return value
    return app_type.normalize({**current, key: value}).get(key)


def _compared(fv: FieldValue, again: FieldData) -> FieldValue:
    if again is not None and _same(fv.value, again):
        verbatim = all(e.similarity >= 1.0 and e.read_conf >= 0.9 for e in fv.evidence)
        confidence = max(fv.confidence, AGREED) if verbatim else fv.confidence
        how = "zweite Lesung stimmt überein"
        return fv.model_copy(update={"confidence": confidence, "evidence": _noted(fv, how)})
    shown = str(again) if again is not None else "nichts gefunden"
    how = f"zweite Lesung: „{shown}“"
    return fv.model_copy(update={"confidence": min(fv.confidence, DISAGREED),
                                 "evidence": _noted(fv, how, shown)})


def _noted(fv: FieldValue, how: str, alternative: str | None = None) -> list[Evidence]:
    return [e.model_copy(update={"how": how, "alternative": alternative or e.alternative})
            for e in fv.evidence]


def _same(a: object, b: object) -> bool:
    def key(v: object) -> str:
        items = v if isinstance(v, list) else [v]
        return "|".join(sorted(re.sub(r"[\W_]+", "", fold(str(i))) for i in items))

    return key(a) == key(b)
