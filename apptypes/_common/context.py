"""Building a ``RuleContext`` from plain values (tests, evaluation, the scaffold's example test)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from apptypes.base import ApplicationType, PlateLookup, RuleContext
from domain.fields import FieldData


def rule_context(app_type: ApplicationType,
                 fields: Mapping[str, FieldData],
                 submitted_at: date = date(2026, 10, 14),
                 document_kinds: Iterable[str] | None = None,
                 case_id: str = "case-1",
                 plates: PlateLookup | None = None) -> RuleContext:
    """A context with the type's own config; document kinds default to all of the type's kinds."""
    kinds = ([k.key for k in app_type.document_kinds] if document_kinds is None
             else list(document_kinds))
    return RuleContext(fields=dict(fields), submitted_at=submitted_at,
                       document_kinds=frozenset(kinds), config=app_type.config,
                       case_id=case_id, plates=plates)


def fired(app_type: ApplicationType, ctx: RuleContext) -> list[str]:
    return [rule.code for rule in app_type.evaluate(ctx)]
