"""The final record after retention: the type's ``record_keeps`` fields and what is no personal
data (status, route, reason codes, timestamps, who decided)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any

PURGED_MARK = "purged_at"


def is_slim(record: dict[str, Any]) -> bool:
    return PURGED_MARK in record


def doc_ids_of(record: dict[str, Any]) -> set[str]:
    """The originals a (not yet purged) record's case was submitted with."""
    submission = (record.get("case") or {}).get("submission") or {}
    return {d["doc_id"] for d in submission.get("documents") or [] if d.get("doc_id")}


def _decisions(case: dict[str, Any]) -> list[dict[str, Any]]:
    # Corrections and free-text reasons can quote the citizen; who did what and when cannot.
    return [
        {k: d.get(k) for k in ("action", "clerk_id", "decided_at")}
        for d in case.get("clerk_decisions") or []
    ]


def slim_record(
    record: dict[str, Any], keeps: Collection[str], purged_at: datetime
) -> dict[str, Any]:
    case = record.get("case") or {}
    submission = case.get("submission") or {}
    decision = case.get("decision") or {}
    outcome = case.get("outcome") or {}
    fields = (case.get("extraction") or {}).get("fields") or {}
    return {
        "record_version": record.get("record_version", 1),
        PURGED_MARK: purged_at.isoformat(),
        "finished_at": record.get("finished_at"),
        "case": {
            "case_id": case.get("case_id"),
            # The view was captured while finishing ("checking"); the outcome has the result.
            "status": outcome.get("status") or case.get("status"),
            "application_type": (case.get("classification") or {}).get("application_type"),
            "submitted_at": submission.get("submitted_at"),
            "channel": submission.get("channel"),
            "route": decision.get("route"),
            "recommendation": decision.get("recommendation"),
            "reasons": list(decision.get("reasons") or []),
            "decided_by": outcome.get("decided_by"),
            "clerk_decisions": _decisions(case),
            "timings": case.get("timings") or {},
            "fields": {k: (fields[k] or {}).get("value") for k in keeps if k in fields},
        },
    }
