"""The case page's view model: field rows, decisions and the outcome, in clerk language."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from domain.case import CaseView
from domain.fields import Evidence, FieldData, FieldValue
from ui.evidence import evidence_boxes, field_anchor
from ui.labels import field_label
from ui.present import Confidence, confidence, display_value

FIELD_PREFIX = "feld:"
SOURCE = {"llm": "automatisch erkannt", "clerk": "von Sachbearbeitung", "derived": "abgeleitet",
          "form": "aus registriertem Formular"}


@dataclass(frozen=True)
class FieldRow:
    key: str
    label: str
    anchor: str
    input_name: str
    value_text: str
    confidence: Confidence
    source: str
    found_in_source: bool
    box_ids: list[str]
    evidence_text: str
    flagged: bool


def field_rows(view: CaseView, *, show: Callable[[str, FieldData], str] | None = None,
               with_evidence: bool = True) -> list[FieldRow]:
    """One row per extracted field; ``show`` replaces the value text (redaction)."""
    if view.extraction is None:
        return []
    flagged = {key for f in (view.decision.findings if view.decision else []) for key in f.fields}
    box_ids: dict[str, list[str]] = {}
    if with_evidence:
        for boxes in evidence_boxes(view).values():
            for box in boxes:
                box_ids.setdefault(box.field_key, []).append(box.box_id)
    rows = []
    for key, value in view.extraction.fields.items():
        text = show(key, value.value) if show else display_value(value.value)
        rows.append(FieldRow(
            key=key, label=field_label(key), anchor=field_anchor(key),
            input_name=FIELD_PREFIX + key, value_text=text,
            confidence=confidence(value.confidence), source=SOURCE.get(value.source, value.source),
            found_in_source=value.found_in_source, box_ids=box_ids.get(key, []),
            evidence_text=_evidence_text(value) if with_evidence else "",
            flagged=key in flagged or value.confidence < 0.7))
    return rows


def corrections_from_form(view: CaseView, form: Mapping[str, str],
                          parse: Callable[[str, FieldData], FieldData]) -> dict[str, FieldData]:
    """Only the fields whose text the clerk changed; unchanged ones are not re-sent."""
    if view.extraction is None:
        return {}
    changed: dict[str, FieldData] = {}
    for key, value in view.extraction.fields.items():
        posted = form.get(FIELD_PREFIX + key)
        if posted is None:
            continue
        if " ".join(posted.split()) != " ".join(display_value(value.value).split()):
            changed[key] = parse(posted, value.value)
    return changed


def version_of(view: CaseView) -> str:
    """Changes with every clerk decision: a form rendered before one is stale."""
    return str(len(view.clerk_decisions))


def _evidence_text(value: FieldValue) -> str:
    return " · ".join(_one_evidence(ev) for ev in value.evidence[:2])


def _one_evidence(ev: Evidence) -> str:
    if ev.how:  # read by a registered form's template: how it was read says why this sure
        return f"„{ev.text}“ ({ev.filename}, S. {ev.page}; {ev.how})"
    second = f"; zweite Lesung „{ev.alternative}“" if ev.alternative else ""
    return f"„{ev.text}“ ({ev.filename}, S. {ev.page}{second})"
