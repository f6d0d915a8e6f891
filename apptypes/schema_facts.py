"""Facts about a type's pydantic schema that the check compares with the spec."""

from __future__ import annotations

from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel

from apptypes.base import _model_in


def schema_enums(schema: type[BaseModel], prefix: str = "") -> dict[str, tuple[str, ...]]:
    """Flattened key → allowed values, for every ``Literal`` field."""
    found: dict[str, tuple[str, ...]] = {}
    for name, info in schema.model_fields.items():
        inner = _model_in(info.annotation)
        if inner is not None:
            found.update(schema_enums(inner, f"{prefix}{name}."))
            continue
        values = _literal_values(info.annotation)
        if values:
            found[f"{prefix}{name}"] = values
    return found


def undescribed_fields(schema: type[BaseModel], prefix: str = "") -> list[str]:
    missing: list[str] = []
    for name, info in schema.model_fields.items():
        if not info.description:
            missing.append(f"{prefix}{name}")
        inner = _model_in(info.annotation)
        if inner is not None:
            missing.extend(undescribed_fields(inner, f"{prefix}{name}."))
    return missing


def _literal_values(annotation: Any) -> tuple[str, ...]:
    if get_origin(annotation) is Literal:
        return tuple(str(v) for v in get_args(annotation))
    for arg in get_args(annotation):
        values = _literal_values(arg)
        if values:
            return values
    return ()
