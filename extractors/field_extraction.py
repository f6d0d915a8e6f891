"""Field extraction for one case: prompt → structured answer → normalised values with evidence."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from langchain_openai import ChatOpenAI

from apptypes.base import ApplicationType, flatten
from domain.documents import DocumentReading
from domain.fields import Evidence, Extraction, FieldData, FieldValue
from extractors.address_fixups import split_house_numbers, street_number_pairs
from extractors.asked_schema import asked_schema
from extractors.caption_guard import CaptionGuard
from extractors.composition import composed_value
from extractors.confidence import NOT_FOUND_FACTOR, combine
from extractors.confirming_reading import Confirmation, confirm
from extractors.corroboration import corroborated
from extractors.document_checks import apply_check
from extractors.evidence import EvidenceFinder
from extractors.field_kinds import YES, FieldKind
from extractors.known_forms import form_fields, read_by_form
from extractors.prompting import PromptDocument, system_prompt, user_prompt
from extractors.shapes import reshaped
from extractors.sources import SourceFinders
from extractors.structured_call import StructuredAnswer, ask_structured
from extractors.token_confidence import value_confidences
from extractors.values import normalize_value

TextTransform = Callable[[str], str]
AnswerTransform = Callable[[Any], Any]


def _with_iso_dates(node: dict[str, Any], kinds: dict[str, FieldKind], prefix: str = "") -> None:
    for key, value in node.items():
        kind = kinds.get(prefix + key)
        if isinstance(value, dict):
            _with_iso_dates(value, kinds, f"{prefix}{key}.")
        elif isinstance(value, str) and kind is not None and kind.kind == "date":
            node[key] = normalize_value(value, kind)


def restoring(
    inbound: AnswerTransform, kinds: dict[str, FieldKind]
) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """Placeholders back to the originals, dates as the schema wants them ("17.6.1952" was
    ``<DATE_OF_BIRTH_3>`` for the model), before the answer is validated."""

    def restore(answer: dict[str, Any]) -> dict[str, Any]:
        restored = inbound(answer)
        if not isinstance(restored, dict):
            return answer
        _with_iso_dates(restored, kinds)
        return restored

    return restore


def _check_address_pairs(
    fields: dict[str, FieldValue], values: dict[str, FieldData], finder: EvidenceFinder
) -> None:
    """Street and house number must stand together in a document; a number found only
    elsewhere (a postcode, another address) is no evidence for this address."""
    for number_key, together in street_number_pairs(values):
        if not finder.locate(together, FieldKind("str")):
            fv = fields[number_key]
            fields[number_key] = fv.model_copy(
                update={
                    "confidence": round(fv.confidence * NOT_FOUND_FACTOR, 3),
                    "found_in_source": False,
                }
            )


def _read_from_text(kind: FieldKind) -> bool:
    """Kinds whose value stands in the text: copied, or an option in its configured wording
    (flags are read from checkboxes and sentences, which evidence cannot match)."""
    return kind.kind in ("str", "date", "int", "list", "enum")


def _field_value(
    kind: FieldKind,
    value: FieldData,
    certainty: float | None,
    *,
    finder: EvidenceFinder | None,
    labels: CaptionGuard,
    required: bool,
) -> FieldValue:
    """The answer for one key, checked against the documents that may hold it (``finder``;
    None: the case lacks them)."""
    if finder is None or (isinstance(value, str) and kind.kind == "str"
                          and labels.is_label(value)):
        value = None
    ticked = _ticked(kind, finder)
    if ticked is not None:
        return ticked
    evidence = finder.locate(value, kind) if finder is not None and value is not None else []
    if kind.kind == "enum" and kind.wording and finder is not None and not evidence:
        # "Großmutter/Großvater" on the form, "selbst" in the answer: the option the document
        # names wins; the model's certainty was for its own choice.
        named = finder.only_named_option(kind)
        if named is not None:
            value, evidence, certainty = named, finder.locate(named, kind), None
    if kind.kind == "bool" and kind.wording and finder is not None:
        value, evidence, certainty = _documented_flag(kind, value, certainty, finder)
        if evidence:
            # The one sentence or role the documents name decides ("vom Eigentümer beauftragt"):
            # sure for that reason, as sure as the words were read.
            return FieldValue(value=value, evidence=evidence, found_in_source=True,
                              confidence=round(NAMED * min(e.read_conf for e in evidence), 3))
    if isinstance(value, str) and kind.kind == "str" and finder is not None and not evidence:
        cut = finder.completed(value)
        if cut is not None and not labels.is_label(cut.text):
            value, evidence = cut.text, [cut]
    if value is not None and not evidence and _read_from_text(kind) and not required:
        # An optional value that stands nowhere in the documents is most likely invented (a
        # blank "Fahrzeugart" came back as "pkw"); required ones stay, flagged by their low
        # confidence, for the clerk to see.
        value = None
    return FieldValue(
        value=value,
        evidence=evidence,
        found_in_source=bool(evidence),
        confidence=combine(certainty, value, evidence, kind),
    )


TICKED = 0.97
"""A choice read from the one ticked option: as sure as the reading of the tick, whatever the
model answered (it answered ``elternteil`` under a ticked "Kind")."""


SEVERAL_TICKED = 0.4
NAMED = 0.95
"""A flag whose documents name exactly one of its two wordings (measured: 43 named right, none
wrong on 64 registrations of five suites)."""


def _ticked(kind: FieldKind, finder: EvidenceFinder | None) -> FieldValue | None:
    """The choice the ticks make: one ticked option decides, several send it to a clerk."""
    if finder is None or kind.kind not in ("enum", "bool") or (kind.kind == "bool"
                                                               and not kind.wording):
        return None
    choice = kind.as_choice() if kind.kind == "bool" else kind
    ticked = finder.ticked_options(choice)
    if len(ticked) > 1:
        return FieldValue(value=None, confidence=SEVERAL_TICKED,
                          evidence=list(ticked.values()), found_in_source=False)
    if not ticked:
        return None
    option, evidence = next(iter(ticked.items()))
    value: FieldData = (option == YES) if kind.kind == "bool" else option
    confidence = round(TICKED * evidence.read_conf, 3)
    return FieldValue(value=value, evidence=[evidence], found_in_source=True,
                      confidence=confidence)


def _documented_flag(kind: FieldKind, value: FieldData, certainty: float | None,
                     finder: EvidenceFinder) -> tuple[FieldData, list[Evidence], float | None]:
    """A flag whose answers have wording (a ticked "vom Eigentümer beauftragt", a letter's "als
    Eigentümer"): the answer the documents name wins. The model answered True for every
    landlord, also under "☒ vom Eigentümer beauftragt"."""
    choice = kind.as_choice()
    named = finder.only_named_option(choice, by_answer=False)
    if named is None:
        return value, [], certainty
    documented = named == YES
    return documented, finder.locate(named, choice), certainty if documented == value else None


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
    confirm_reading: bool = False,
) -> Extraction:
    """``outbound``/``inbound`` pseudonymise text for external models and restore answers;
    ``confirm_reading`` asks the model a second time about the values of a case that could pass
    on its own (``confirming_reading``).

    Documents a registered form's template has read answer their keys themselves; the model
    reads only the others (a letter beside the form), and is not asked at all when none is left.
    """
    started = time.monotonic()
    kinds_of = app_type.kinds
    by_form = form_fields(readings, app_type, kinds_of)
    others = [r for r in readings if not read_by_form(r, app_type)]
    if prompt_documents(others, kinds) and not set(kinds_of) <= set(by_form):
        asked = asked_schema(app_type.schema, set(by_form))
        answer = await ask_structured(
            model,
            asked,
            system_prompt(app_type, asked if asked is not app_type.schema else None),
            _user_prompt(others, kinds, outbound),
            inbound=restoring(inbound, kinds_of) if inbound is not None else None,
        )
        fields = _answered_fields(answer, app_type, others, kinds, kinds_of, inbound is not None)
    else:
        answer = StructuredAnswer(parsed={})
        fields = {key: FieldValue() for key in kinds_of}
    fields.update(by_form)
    fields = corroborated(fields, app_type.corroborations)
    for composed in app_type.composed:
        fields[composed.key] = composed_value(composed, fields)
    final = {key: fv.value for key, fv in fields.items()}
    sources = SourceFinders(app_type, readings, kinds)
    for check in app_type.document_checks:
        apply_check(check, fields, final, sources)
    second = Confirmation(fields, 0, 0)
    if confirm_reading:
        second = await confirm(model, app_type, fields, readings, kinds_of,
                               outbound=outbound, inbound=inbound)
    return Extraction(
        application_type=app_type.key,
        fields=second.fields,
        confirmed_fields=second.asked,
        confirmation_tokens=second.tokens,
        llm_tokens=answer.prompt_tokens + answer.completion_tokens + second.tokens,
        prompt_tokens=answer.prompt_tokens,
        cached_prompt_tokens=answer.cached_prompt_tokens,
        model=model_name if answer.attempts else "",
        attempts=answer.attempts,
        error=answer.error if answer.parsed is None else None,
        seconds=round(time.monotonic() - started, 3),
    )


def _user_prompt(readings: Sequence[DocumentReading], kinds: dict[str, str],
                 outbound: TextTransform | None) -> str:
    user = user_prompt(prompt_documents(readings, kinds))
    return outbound(user) if outbound is not None else user


def _answered_fields(answer: StructuredAnswer, app_type: ApplicationType,
                     readings: Sequence[DocumentReading], kinds: dict[str, str],
                     kinds_of: dict[str, FieldKind], pseudonymised: bool) -> dict[str, FieldValue]:
    """The model's answer, normalised and checked against the documents it read."""
    parsed = answer.parsed or {}
    raw_flat = flatten(parsed)
    # Token confidences are looked up in the answer as the model wrote it (placeholders).
    written = flatten(answer.as_written) if pseudonymised and answer.as_written else raw_flat
    model_conf = value_confidences(answer.content, answer.token_logprobs, written)
    values = {key: normalize_value(raw_flat.get(key), kind) for key, kind in kinds_of.items()}
    values = split_house_numbers(values)
    if app_type.normalize is not None:
        values = app_type.normalize(values)
    sources = SourceFinders(app_type, readings, kinds)
    values = reshaped(values, app_type.shapes, sources)
    labels = CaptionGuard(readings, [k.title for k in app_type.document_kinds],
                          [phrase for kind in kinds_of.values() for _, phrases in kind.wording
                           for phrase in phrases])
    fields = {
        key: _field_value(kind, values.get(key), model_conf.get(key),
                          finder=sources.for_key(key), labels=labels,
                          required=key in app_type.required)
        for key, kind in kinds_of.items()
    }
    _check_address_pairs(fields, values, sources.everywhere)
    return fields
