"""Classifying a submission: which application type, which kind of document each file is."""

from __future__ import annotations

from temporalio import activity

from activities import names
from activities.context import ActivityContext
from activities.pulse import beating
from activities.reading import load_reading
from activities.requests import ClassifyRequest
from apptypes.registry import all_types
from domain.case import Classification
from extractors.classifier import classify


class ClassificationActivities:
    def __init__(self, ctx: ActivityContext) -> None:
        self._ctx = ctx

    @activity.defn(name=names.CLASSIFY)
    @beating
    def classify(self, req: ClassifyRequest) -> Classification:
        texts = {
            r.doc.doc_id: load_reading(self._ctx, r).text for r in req.readings if r.error is None
        }
        return classify(texts, list(all_types().values()), given_type=req.given_type)
