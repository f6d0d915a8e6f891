"""Redacted case data for evaluators and process owners (no personal data leaves this module).

Field values come from the redacted copy the workflow stored (``redacted/case.json``, made with
the redaction package); anything not covered there is masked whole, because showing too little
to an evaluator is harmless and showing too much is a data breach.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from domain.case import CaseView
from domain.fields import FieldData
from storage.document_store import DocumentStore, case_key
from ui.present import display_value

MASK = "[geschwärzt]"


def _full_mask(value: Any) -> str:
    return "" if value in (None, "", []) else MASK


def stored_redacted_fields(store: DocumentStore, view: CaseView) -> dict[str, Any]:
    key = case_key(view.case_id, "redacted/case.json")
    if key not in view.redacted_keys:
        return {}
    try:
        data = json.loads(store.get(key))
    except (KeyError, ValueError):
        return {}
    fields = data.get("fields") if isinstance(data, dict) else None
    return fields if isinstance(fields, dict) else {}


def value_redactor(store: DocumentStore, view: CaseView) -> Callable[[str, FieldData], str]:
    redacted = stored_redacted_fields(store, view)
    fields = view.extraction.fields if view.extraction else {}

    def show(key: str, value: FieldData) -> str:
        # A clerk's correction came after the redacted copy was made: mask it whole.
        corrected = key in fields and fields[key].source == "clerk"
        if key in redacted and not corrected:
            return display_value(redacted[key])
        return _full_mask(value)

    return show


def text_redactor(view: CaseView) -> Callable[[str | None], str]:
    """Free text (a clerk's reason) through Presidio plus the case's own values."""
    values = view.extraction.values() if view.extraction else {}

    def redact(text: str | None) -> str:
        if not text:
            return ""
        from redaction import deny_list_from_values, redact_text

        return redact_text(text, deny_list_from_values(values)).text

    return redact

