"""Redacted copies of everything that may leave the trust boundary (logs, evaluators, exports)."""

from __future__ import annotations

from temporalio import activity

from activities import names
from activities.context import ActivityContext
from activities.pulse import beating
from activities.reading import load_reading
from activities.requests import RedactRequest
from domain.documents import DocumentReading
from redaction import deny_list_from_values, redact_mapping, redact_text
from storage.document_store import case_key


class RedactionActivities:
    def __init__(self, ctx: ActivityContext) -> None:
        self._ctx = ctx

    @activity.defn(name=names.REDACT_CASE)
    @beating
    def redact_case(self, req: RedactRequest) -> list[str]:
        values = req.extraction.values() if req.extraction else {}
        readings = [load_reading(self._ctx, s) for s in req.readings if not s.error]
        deny = deny_list_from_values({**values, **form_box_values(readings)})
        keys: list[str] = []
        for summary, reading in zip([s for s in req.readings if not s.error], readings,
                                    strict=True):
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


_PERSONAL_CAPTIONS = ("name", "geburt", "nummer", "straße", "strasse", "anschrift", "telefon",
                      "e-mail")


def form_box_values(readings: list[DocumentReading]) -> dict[str, str]:
    """What a registered form's unread boxes hold, as values the deny list understands: a box
    whose caption names a name is split into name parts ("Sofiia" of the daughter, person 2)."""
    out: dict[str, str] = {}
    for r, reading in enumerate(readings):
        for b, entry in enumerate(reading.form.other_texts if reading.form else []):
            caption, _, text = entry.partition("\t")
            if not any(word in caption.casefold() for word in _PERSONAL_CAPTIONS):
                continue  # "keine", "weiblich", "Bochum": ordinary words everywhere
            leaf = "name" if "name" in caption.casefold() else "text"
            for p, part in enumerate(text.split(",")):
                out[f"form{r}_{b}_{p}.{leaf}"] = part.strip()
    return out
