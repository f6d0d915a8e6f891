"""``redact_mapping``: case views and exports with every string value redacted."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from redaction.redact import redact_text


def _redact_value(value: object, deny_list: list[str]) -> object:
    if isinstance(value, str):
        return redact_text(value, deny_list).text
    if isinstance(value, list | tuple):
        return [_redact_value(v, deny_list) for v in value]
    if isinstance(value, Mapping):
        return {k: _redact_value(v, deny_list) for k, v in value.items()}
    return value


def redact_mapping(values: Mapping[str, object], deny_list: Iterable[str]) -> dict[str, object]:
    """Keys stay; string values (also inside lists and nested mappings) are redacted."""
    words = list(deny_list)
    return {key: _redact_value(value, words) for key, value in values.items()}
