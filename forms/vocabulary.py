"""The caption words of German forms (``vocabulary.yaml``) plus a type's own (``form_captions``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

_FILE = Path(__file__).with_name("vocabulary.yaml")


@dataclass(frozen=True)
class FormatCue:
    name: str
    cues: list[list[str]]
    parts: list[str | None]


@dataclass(frozen=True)
class Vocabulary:
    captions: dict[str, list[str]] = field(default_factory=dict)
    formats: list[FormatCue] = field(default_factory=list)
    sections: dict[str, list[str]] = field(default_factory=dict)

    def with_type(self, options: Mapping[str, Any]) -> Vocabulary:
        """A type's ``options.form_captions`` (key or last part → phrases) added to the words."""
        own = options.get("form_captions") or {}
        captions = {k: list(v) for k, v in self.captions.items()}
        for key, phrases in own.items():
            captions[key] = [*captions.get(key, []), *phrases]
        return Vocabulary(captions, self.formats, self.sections)


@lru_cache(maxsize=1)
def default_vocabulary() -> Vocabulary:
    data = yaml.safe_load(_FILE.read_text(encoding="utf-8"))
    formats = [FormatCue(name, spec["cues"], spec["parts"])
               for name, spec in data.get("formats", {}).items()]
    return Vocabulary(data.get("captions", {}), formats, data.get("sections", {}))
