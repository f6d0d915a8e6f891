"""The contract an application type fulfils.

A type is a plain Python object (``ApplicationType``) built from:
- a pydantic schema with German field descriptions (what the LLM fills in),
- document kinds with cue phrases (classification),
- rules: code, plain-German explanation, recommendation and a pure ``check`` function,
- a YAML configuration (auto-approval, threshold, fees, zone tables, retention),
- a prompt file with the type-specific extraction instructions,
- optionally an approval effect (e.g. reserving a plate) and artefact rows for the PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any, Literal, Protocol

import yaml
from pydantic import BaseModel, Field
from pydantic.fields import FieldInfo

from domain.fields import FieldData
from extractors.field_kinds import FieldKind, field_kinds, with_wording

Recommendation = Literal["approve", "reject"]


class DocumentKind(BaseModel):
    key: str = Field(description="e.g. 'anmeldung', 'wohnungsgeberbestaetigung', 'antrag'")
    title: str = Field(description="German name shown to clerks")
    cues: list[str] = Field(description="Lower-case phrases whose presence identifies the kind")
    required: bool = True
    holds: tuple[str, ...] = Field(
        (), description="Schema sections only this kind of document states (e.g. 'fahrzeugschein'"
        "): their values must stand in such a document and are empty when the case has none")


class TypeConfig(BaseModel):
    """Per-type settings a process owner edits in ``config.yaml`` (no code)."""

    auto_approve_allowed: bool = True
    confidence_threshold: float = Field(0.85, ge=0.0, le=1.0)
    threshold_source: str | None = Field(
        None, description="Calibration run the threshold came from"
    )
    fees: dict[str, float] = Field(default_factory=dict)
    retention_days: int = 180
    record_keeps: list[str] = Field(
        default_factory=list, description="Field keys the final record keeps after retention"
    )
    options: dict[str, Any] = Field(default_factory=dict, description="Type-specific tables")


class PlateLookup(Protocol):
    """What plate rules may ask of the plate register (read-only)."""

    def is_taken(self, kennzeichen: str, *, except_case: str | None = None) -> bool: ...


@dataclass(frozen=True)
class RuleContext:
    """Everything a rule may look at. Rules are pure functions of this context."""

    fields: Mapping[str, FieldData]
    submitted_at: date
    document_kinds: frozenset[str]
    config: TypeConfig
    case_id: str = ""
    plates: PlateLookup | None = None

    def get(self, key: str) -> FieldData:
        return self.fields.get(key)

    def text(self, key: str) -> str:
        value = self.fields.get(key)
        return "" if value is None else str(value).strip()


@dataclass(frozen=True)
class Rule:
    code: str
    explanation: str
    check: Callable[[RuleContext], bool]
    recommendation: Recommendation = "approve"
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class EffectContext:
    case_id: str
    fields: Mapping[str, FieldData]
    config: TypeConfig
    db_url: str


class ApprovalRefused(Exception):
    """An approval effect cannot be carried out (e.g. the plate was taken meanwhile): the case
    goes back to a clerk with ``code`` as reason instead of failing."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


ApprovalEffect = Callable[[EffectContext], dict[str, Any]]
"""Runs once when a case is approved (idempotent by case id); returns details for the record."""

ApprovalUndo = Callable[[EffectContext], None]
"""Takes back the effect of this case when its record could not be written (idempotent: nothing
to take back is fine), so no effect stays without its record."""


@dataclass(frozen=True)
class ComposedField:
    """A spec field the model reads in parts, joined after extraction.

    The vehicle certificate prints the keeper's name (C.1.1) and first names (C.1.2) on two
    lines; asked for "the full name", a small model copies one line. Asked for each line it
    copies both, and the join is ours."""

    key: str
    parts: tuple[str, ...]
    """Auxiliary keys in the order they are joined; a part that is absent is skipped."""
    separator: str = " "


@dataclass(frozen=True)
class ValueShape:
    """Values of a fixed shape (a licence plate). A value read that does not have the shape is
    replaced by the one value of that shape its source documents hold, if there is exactly
    one: the small model copied the 17-character vehicle number for the plate two lines above.
    """

    parse: Callable[[str], str | None]
    """The canonical value, or None when the text does not have the shape."""
    find: Callable[[str], list[str]]
    """Every text span in a document that may have the shape."""


@dataclass(frozen=True)
class DocumentCheck:
    """A yes/no fact the worker reads itself: does a text built from the extracted values stand
    in the case's documents (of ``kind``, or any)? Does the landlord's confirmation name the
    flat of the form; does the applicant's full name stand anywhere (a signature, a sender)?
    Stored under ``key`` as True/False, or None when it cannot be told."""

    key: str
    texts: Callable[[Mapping[str, FieldData]], list[str]]
    """The ways the fact may be written; none: it cannot be told (a value is missing)."""
    kind: str | None = None
    lowers: tuple[str, ...] = ()
    """Keys whose confidence drops when the check fails: each value may be right on its own,
    together they are not what the documents say (first and family name swapped)."""


@dataclass(frozen=True)
class Corroboration:
    """A value of one document that another document states too: the landlord's confirmation
    gives the move-in date the registration form gives. Where the other value was read by a
    registered form (certain, and never shown to the model) and both agree, the two independent
    readings make the value sure; where they differ, the type's rules say what that means."""

    key: str
    by: tuple[str, ...]
    """The keys of the other document that state the same thing."""
    agrees: Callable[[FieldData, tuple[FieldData, ...]], bool]


@dataclass(frozen=True)
class ApplicationType:
    key: str
    title: str
    schema: type[BaseModel]
    required: tuple[str, ...]
    document_kinds: tuple[DocumentKind, ...]
    rules: tuple[Rule, ...]
    config: TypeConfig
    prompt: str
    artefact_title: str
    artefact_rows: Callable[[Mapping[str, FieldData], dict[str, Any]], list[tuple[str, str]]]
    approval_effect: ApprovalEffect | None = None
    approval_undo: ApprovalUndo | None = None
    fee: Callable[[Mapping[str, FieldData], TypeConfig], float | None] | None = None
    spec_keys: tuple[str, ...] = field(default=())
    auxiliary_keys: tuple[str, ...] = ()
    """Flattened schema keys that are not in the spec: extracted only so that rules can compare
    (e.g. what the landlord's confirmation says), never required, never scored."""
    composed: tuple[ComposedField, ...] = ()
    """Spec keys joined from auxiliary parts (see ``ComposedField``)."""
    shapes: Mapping[str, ValueShape] = field(default_factory=dict)
    """Keys whose values have a fixed shape (see ``ValueShape``)."""
    document_checks: tuple[DocumentCheck, ...] = ()
    """Facts read from the documents for the rules (see ``DocumentCheck``)."""
    corroborations: tuple[Corroboration, ...] = ()
    """Values two documents state (see ``Corroboration``)."""
    normalize: Callable[[dict[str, FieldData]], dict[str, FieldData]] | None = None
    """Type-specific clean-up after generic normalisation (e.g. plates to ``BO-AB 1234``)."""

    @cached_property
    def kinds(self) -> dict[str, FieldKind]:
        """What kind of value each schema key holds, with the options' wording from
        ``config.yaml`` (``options.enum_wording``)."""
        return with_wording(field_kinds(self.schema), self.config.options.get("enum_wording", {}))

    @cached_property
    def gated(self) -> tuple[str, ...]:
        """Keys whose confidence decides auto-approval: the required ones and, when filled, every
        optional one — texts, dates, choices and flags alike. No unverified value may stand in
        an approved record: a wrong optional value ("Dort" for "Dortmund", ``pkw`` for a ticked
        "Lkw") passed unseen before. A choice read from its one ticked option is sure for that
        reason (``extractors.field_extraction.TICKED``)."""
        optional = tuple(key for key in field_kinds(self.schema) if key not in self.required)
        return self.required + optional

    def rule(self, code: str) -> Rule:
        for r in self.rules:
            if r.code == code:
                return r
        raise KeyError(code)

    def evaluate(self, ctx: RuleContext) -> list[Rule]:
        """The rules that fire for this context, in declaration order."""
        return [r for r in self.rules if r.check(ctx)]


def load_config(path: Path) -> TypeConfig:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return TypeConfig.model_validate(data)


def load_prompt(path: Path) -> str:
    return path.read_text(encoding="utf-8").strip() + "\n"


def flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested dict → dot-path keys (``neue_wohnung.plz``); lists stay values."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        path = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(flatten(value, f"{path}."))
        else:
            out[path] = value
    return out


def schema_keys(schema: type[BaseModel], prefix: str = "") -> list[str]:
    """All flattened field keys of a (nested) pydantic schema, in declaration order."""
    return list(schema_field_infos(schema, prefix))


def schema_field_infos(schema: type[BaseModel], prefix: str = "", *,
                       with_sections: bool = False) -> dict[str, FieldInfo]:
    """Flattened key → its pydantic field (description, annotation), in declaration order;
    ``with_sections`` also lists the nested models themselves (``neue_wohnung``)."""
    out: dict[str, FieldInfo] = {}
    for name, info in schema.model_fields.items():
        inner = _model_in(info.annotation)
        if inner is None:
            out[f"{prefix}{name}"] = info
            continue
        if with_sections:
            out[f"{prefix}{name}"] = info
        out.update(schema_field_infos(inner, f"{prefix}{name}.", with_sections=with_sections))
    return out


def _model_in(ann: Any) -> type[BaseModel] | None:
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        return ann
    for arg in getattr(ann, "__args__", ()) or ():
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
    return None
