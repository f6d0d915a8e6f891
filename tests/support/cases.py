"""Helpers to run dataset-format cases through the real pipeline in tests."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

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
    fields = {k: v for k, v in expected.get("fields", {}).items()}
    llm.when(lambda text: sum(n in _fold(text) for n in needles), unflatten(fields))
    return expected
