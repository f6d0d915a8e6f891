"""What kind of value each flattened schema key holds (date, enum, list, …).

Derived from the type's pydantic schema, so normalisation and evidence search need no
per-type code: a field whose pattern is an ISO date is a date, a ``Literal`` is an enum, etc.
"""

from __future__ import annotations

import types
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

Kind = Literal["date", "enum", "list", "bool", "int", "str"]
COPIED_KINDS: frozenset[Kind] = frozenset({"str", "date", "int", "list"})
"""Kinds whose values are copied from the documents, not chosen or inferred."""


YES = "ja"
"""The option of a flag's ``enum_wording`` that means True (the other is ``nein``)."""


@dataclass(frozen=True)
class FieldKind:
    kind: Kind
    options: tuple[str, ...] = ()
    wording: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Enums and flags: how each option is written in documents (the type's ``enum_wording``)."""
    flag: bool = False
    """A flag searched as the choice between its wording (``as_choice``)."""

    def phrases(self, option: str) -> tuple[str, ...]:
        return next((p for o, p in self.wording if o == option), ())

    def as_choice(self) -> FieldKind:
        """A flag searched like the choice between its ``ja`` and ``nein`` wording."""
        return replace(self, kind="enum", options=tuple(o for o, _ in self.wording), flag=True)


Wording = Mapping[str, Mapping[str, Sequence[str]]]


def with_wording(kinds: dict[str, FieldKind], wording: Wording) -> dict[str, FieldKind]:
    """Adds a type's ``options.enum_wording`` (field key → option → phrases) to its enums and
    flags (options ``ja`` and ``nein``)."""
    out = dict(kinds)
    for key, by_option in wording.items():
        if key in out and out[key].kind in ("enum", "bool"):
            pairs = tuple((o, tuple(p)) for o, p in by_option.items())
            out[key] = replace(out[key], wording=pairs)
    return out


_ISO_PATTERNS = (r"\d{4}-\d{2}-\d{2}", "[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _strip_optional(ann: Any) -> Any:
    if get_origin(ann) in (Union, types.UnionType):
        args = [a for a in get_args(ann) if a is not type(None)]
        return args[0] if len(args) == 1 else ann
    return ann


def _is_date(info: FieldInfo) -> bool:
    extra = info.json_schema_extra
    if isinstance(extra, dict) and extra.get("x-kind") == "date":
        return True
    for meta in info.metadata:
        pattern = getattr(meta, "pattern", None)
        if pattern and any(p in pattern for p in _ISO_PATTERNS):
            return True
    desc = (info.description or "").lower()
    return "jjjj-mm-tt" in desc or "iso-datum" in desc


def _kind_of(info: FieldInfo) -> FieldKind:
    ann = _strip_optional(info.annotation)
    origin = get_origin(ann)
    if origin is Literal:
        return FieldKind("enum", tuple(str(a) for a in get_args(ann)))
    if origin is list:
        return FieldKind("list")
    if ann is bool:
        return FieldKind("bool")
    if ann is int:
        return FieldKind("int")
    if _is_date(info) or (isinstance(ann, type) and ann.__name__ == "date"):
        return FieldKind("date")
    return FieldKind("str")


def field_kinds(schema: type[BaseModel], prefix: str = "") -> dict[str, FieldKind]:
    out: dict[str, FieldKind] = {}
    for name, info in schema.model_fields.items():
        ann = _strip_optional(info.annotation)
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            out.update(field_kinds(ann, f"{prefix}{name}."))
        else:
            out[f"{prefix}{name}"] = _kind_of(info)
    return out
