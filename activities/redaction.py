"""Redacted copies of everything that may leave the trust boundary (logs, evaluators, exports)."""

from __future__ import annotations

from temporalio import activity

from activities import names
from activities.context import ActivityContext
from activities.pulse import beating
from activities.reading import load_reading
from activities.requests import RedactRequest
from redaction import deny_list_from_values, redact_mapping, redact_text
from storage.document_store import case_key


class RedactionActivities:
    def __init__(self, ctx: ActivityContext) -> None:
        self._ctx = ctx

    @activity.defn(name=names.REDACT_CASE)
    @beating
    def redact_case(self, req: RedactRequest) -> list[str]:
        values = req.extraction.values() if req.extraction else {}
        deny = deny_list_from_values(values)
        keys: list[str] = []
        for summary in req.readings:
            if summary.error:
                continue
            reading = load_reading(self._ctx, summary)
            key = case_key(req.case_id, f"redacted/{summary.doc.doc_id[:16]}.txt")
            self._ctx.store.put(key, redact_text(reading.text, deny).text.encode())
            keys.append(key)
        view = {
            "case_id": req.case_id,
            "application_type": req.extraction.application_type if req.extraction else None,
            "fields": redact_mapping(values, deny),
            "route": req.decision.route if req.decision else None,
            "reasons": req.decision.reasons if req.decision else [],
        }
        key = case_key(req.case_id, "redacted/case.json")
        self._ctx.store.put_json(key, view)
        keys.append(key)
        return keys
