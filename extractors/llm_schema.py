"""The JSON schema the model is constrained by: every key present, sections never null.

Pydantic's schema makes every field optional and nested sections nullable. A small model
under such a grammar happily answers ``"anschrift": null`` and loses four fields at once, or
skips keys. The closed form inlines sections, requires every key (values stay nullable) and
forbids extra keys, so the grammar walks the model through the whole structure in order.
"""

from __future__ import annotations

from typing import Any

# ``x-kind`` marks dates for the worker (apptypes/_common/schema_fields.py), not for the model.
_NOISE = ("default", "title", "x-kind")


def closed_schema(schema: dict[str, Any]) -> dict[str, Any]:
    defs: dict[str, Any] = schema.get("$defs", {})
    closed = _close(schema, defs)
    closed.pop("$defs", None)
    if "title" in schema:
        closed["title"] = schema["title"]
    return closed


def _resolve(node: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if isinstance(ref, str):
        return {**defs[ref.rsplit("/", 1)[-1]], **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def _section(node: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any] | None:
    """The object schema if ``node`` is a (possibly nullable) section, else None."""
    options = node.get("anyOf")
    if isinstance(options, list):
        objects = [_resolve(o, defs) for o in options if o.get("type") != "null"]
        if len(objects) == 1 and objects[0].get("type") == "object":
            extra = {k: v for k, v in node.items() if k not in ("anyOf", *_NOISE)}
            return {**objects[0], **extra}
        return None
    resolved = _resolve(node, defs)
    return resolved if resolved.get("type") == "object" or "properties" in resolved else None


def _close(node: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    section = _section(node, defs)
    if section is None:
        return {k: v for k, v in node.items() if k not in _NOISE}
    props = {name: _close(child, defs) for name, child in section.get("properties", {}).items()}
    out: dict[str, Any] = {
        "type": "object",
        "properties": props,
        "required": list(props),
        "additionalProperties": False,
    }
    if section.get("description"):
        out["description"] = section["description"]
    return out
