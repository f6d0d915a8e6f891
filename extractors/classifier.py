"""Classifies a submission by the cue phrases each application type declares for its documents.

Deterministic and cheap: a process owner adds a cue phrase to a document kind and the classifier
knows it. The confidence is the winning type's share of all cue evidence, so a text matching two
types' cues equally is unsure and goes to a clerk.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from apptypes.base import ApplicationType, DocumentKind
from domain.case import Classification


def _norm(text: str) -> str:
    text = _own_text(unicodedata.normalize("NFC", text).lower())
    return re.sub(r"\s+", " ", text)


# A sentence with one of these words speaks about another document ("Die
# Wohnungsgeberbestätigung liegt bei", "Eine Kopie des Fahrzeugscheins reiche ich nach"): its
# cues say what else the case holds, not what this document is.
_REFERENCE = re.compile(
    r"\b(liegt bei|liegen bei|anbei|beigefügt|beiliegend|füge ich bei|reiche ich|nachreichen|"
    r"nachgereicht|kopie)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")


def _own_text(text: str) -> str:
    """``text`` without the sentences that refer to other documents."""
    return " ".join(s for s in _SENTENCE_END.split(text) if not _REFERENCE.search(s))


def _cue_hits(text: str, kind: DocumentKind) -> int:
    return sum(1 for cue in kind.cues if cue.lower() in text)


def best_kind(text: str, app_type: ApplicationType) -> tuple[DocumentKind | None, int]:
    scored = [(kind, _cue_hits(text, kind)) for kind in app_type.document_kinds]
    kind, hits = max(scored, key=lambda kh: kh[1], default=(None, 0))
    return (kind, hits) if hits > 0 else (None, 0)


def classify(
    texts: Mapping[str, str], types: Sequence[ApplicationType], given_type: str | None = None
) -> Classification:
    """``texts`` maps doc_id → document text."""
    normed = {doc_id: _norm(t) for doc_id, t in texts.items()}
    scores: dict[str, int] = {}
    for t in types:
        scores[t.key] = sum(best_kind(text, t)[1] for text in normed.values())
    if given_type is not None:
        chosen, confidence, given = given_type, 1.0, True
    else:
        ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
        total = sum(scores.values())
        if not ranked or ranked[0][1] == 0:
            return Classification(application_type=None, confidence=0.0)
        chosen, confidence, given = ranked[0][0], ranked[0][1] / total, False
    app_type = next((t for t in types if t.key == chosen), None)
    kinds: dict[str, str] = {}
    if app_type is not None:
        for doc_id, text in normed.items():
            kind, _ = best_kind(text, app_type)
            if kind is not None:
                kinds[doc_id] = kind.key
    return Classification(
        application_type=chosen, confidence=round(confidence, 3), document_kinds=kinds, given=given
    )
