"""German PII redaction for antragswerk (Presidio, fully offline)."""

from redaction.analyzer import get_analyzer
from redaction.case_values import deny_list_from_values
from redaction.log_filter import RedactingLogFilter
from redaction.mapping import redact_mapping
from redaction.pseudonymizer import Pseudonymizer
from redaction.redact import RedactionResult, redact_text
from redaction.spans import RedactedSpan

__all__ = [
    "Pseudonymizer", "RedactedSpan", "RedactingLogFilter", "RedactionResult",
    "deny_list_from_values", "get_analyzer", "redact_mapping", "redact_text",
]
