"""Redacted case data for evaluators and process owners (no personal data leaves this module).

Values go through the project's redaction package; a value it cannot handle is masked whole,
because showing too little to an evaluator is harmless and showing too much is a data breach.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from domain.case import CaseView
from domain.fields import FieldData
from ui.present import display_value

MASK = "[geschwärzt]"


def _full_mask(value: Any) -> str:
    return "" if value in (None, "", []) else MASK


def value_redactor(view: CaseView) -> Callable[[str, FieldData], str]:
    values = view.extraction.values() if view.extraction else {}
    try:
        from redaction import deny_list_from_values, redact_mapping
    except ImportError:
        return lambda _key, value: _full_mask(value)
    redacted: dict[str, Any] = dict(redact_mapping(values, deny_list_from_values(values)))
    return lambda key, value: display_value(redacted.get(key)) if key in redacted \
        else _full_mask(value)


def text_redactor(view: CaseView) -> Callable[[str | None], str]:
    values = view.extraction.values() if view.extraction else {}
    try:
        from redaction import deny_list_from_values, redact_text
    except ImportError:
        return _full_mask
    deny = deny_list_from_values(values)
    return lambda text: str(redact_text(text, deny)) if text else ""
