"""Helpers to run dataset-format cases through the real pipeline in tests."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

from apptypes.registry import get_type
from tests.support.scripted_llm import ScriptedLLM, unflatten


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def expected_of(case_dir: Path) -> dict[str, Any]:
    return json.loads((case_dir / "expected.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def script_from_expected(llm: ScriptedLLM, case_dir: Path) -> dict[str, Any]:
    """The scripted model answers with the case's ground-truth fields for the prompt that contains
    the most of the case's personal strings (OCR may garble some of them)."""
    expected = expected_of(case_dir)
    needles = [_fold(p) for p in expected.get("pii", []) if len(p) >= 5]
    fields = as_model_answers(expected["application_type"], expected.get("fields", {}))
    llm.when(lambda text: sum(n in _fold(text) for n in needles), unflatten(fields))
    return expected


def as_model_answers(type_key: str, fields: dict[str, Any]) -> dict[str, Any]:
    """Spec fields in the model's terms: a composed field (``ComposedField``) is answered in its
    parts, split at its separator from the right ("Anna Maria Weiß" → "Anna Maria", "Weiß")."""
    answers = dict(fields)
    for composed in get_type(type_key).composed:
        value = answers.pop(composed.key, None)
        pieces = str(value).rsplit(composed.separator, len(composed.parts) - 1) if value else []
        pieces = [""] * (len(composed.parts) - len(pieces)) + pieces
        answers.update({p: piece or None for p, piece in zip(composed.parts, pieces, strict=True)})
    return answers
