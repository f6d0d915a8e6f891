"""Sets top-level scalar keys of a YAML document textually, keeping comments and layout.

PyYAML cannot round-trip comments; a process owner's ``config.yaml`` carries explanations we
must not destroy. The edit is verified by parsing before and after: every other key must be
unchanged, otherwise nothing is written.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

import yaml

Scalar = str | int | float | bool | None


class YamlEditError(ValueError):
    pass


def _yaml_scalar(value: Scalar) -> str:
    # JSON scalars are valid YAML flow scalars with the same meaning.
    return json.dumps(value, ensure_ascii=False)


def _set_one(text: str, key: str, value: Scalar) -> str:
    line = re.compile(rf"^{re.escape(key)}[ \t]*:[ \t]*(?P<value>[^\n#]*?)"
                      r"(?P<comment>[ \t]+#[^\n]*)?[ \t]*$", re.MULTILINE)
    replacement = f"{key}: {_yaml_scalar(value)}"
    match = line.search(text)
    if match is None:
        separator = "" if not text or text.endswith("\n") else "\n"
        return f"{text}{separator}{replacement}\n"
    comment = match.group("comment") or ""
    return text[:match.start()] + replacement + comment + text[match.end():]


def _load(text: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise YamlEditError(f"YAML nicht lesbar ({type(exc).__name__})") from None
    if not isinstance(data, dict):
        raise YamlEditError("YAML-Dokument ist keine Zuordnung (mapping)")
    return data


def set_top_level_keys(text: str, values: Mapping[str, Scalar]) -> str:
    before = _load(text)
    edited = text
    for key, value in values.items():
        edited = _set_one(edited, key, value)
    after = _load(edited)
    if after != {**before, **values}:
        raise YamlEditError("Textuelle Änderung der YAML-Datei nicht eindeutig möglich: "
                            f"{', '.join(values)} bitte von Hand setzen")
    return edited
