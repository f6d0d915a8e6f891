"""The files ``antragswerk types new`` writes; ``$``-placeholders are filled by ``scaffold``.

The example is deliberately small but complete: it loads, passes ``types check`` and its test
passes, so a process owner changes a working type step by step instead of starting blank.
"""

from __future__ import annotations

INIT = '''"""``$key``: $title."""
'''

SCHEMA = '''"""What the LLM extracts for ``$key``. Keys and enum values must match the spec."""

from __future__ import annotations

from pydantic import BaseModel

from apptypes._common.schema_fields import iso_date, text


class $model(BaseModel):
    # Example fields: replace them with the spec's keys. Nest sections as sub-models
    # (field ``anschrift: Anschrift | None = optional("…")`` gives keys ``anschrift.plz``).
    familienname: str | None = text("Familienname der antragstellenden Person")
    antragsdatum: str | None = iso_date("Datum, das auf dem Antrag steht")
'''

RULES = '''"""Rules of ``$key``: one pure function per rule code."""

from __future__ import annotations

from apptypes._common.dates import parse_date
from apptypes.base import Rule, RuleContext


def dated_after_submission(ctx: RuleContext) -> bool:
    dated = parse_date(ctx.get("antragsdatum"))
    return dated is not None and dated > ctx.submitted_at


RULES: tuple[Rule, ...] = (
    Rule("$code",
         "Das Antragsdatum liegt nach dem Eingangsdatum. Bitte mit der antragstellenden "
         "Person klären.",
         dated_after_submission, "approve", ("antragsdatum",)),
)
'''

DEFINITION = '''"""The ``$key`` application type, assembled from the files beside it."""

from __future__ import annotations

from apptypes._common.loading import package_files
from apptypes._common.rows import field_rows
from apptypes.base import ApplicationType, DocumentKind, schema_keys
from apptypes.$key.rules import RULES
from apptypes.$key.schema import $model

_CONFIG, _PROMPT = package_files(__file__)

APPLICATION_TYPE = ApplicationType(
    key="$key",
    title="$title",
    schema=$model,
    required=("familienname",),
    document_kinds=(
        DocumentKind(key="antrag", title="Antrag", cues=["$cue"]),
    ),
    rules=RULES,
    config=_CONFIG,
    prompt=_PROMPT,
    artefact_title="$title",
    artefact_rows=lambda fields, details: field_rows(fields, [("Familienname", "familienname")]),
    spec_keys=tuple(schema_keys($model)),
)
'''

CONFIG = '''# $title. Process owners edit this file; no code changes needed.
auto_approve_allowed: true     # false: every case goes to a clerk
confidence_threshold: 0.85     # below this a field needs a clerk's look
fees: {}                       # e.g. {grundgebuehr: 10.00}
retention_days: 180            # then documents are deleted, the record keeps:
record_keeps:
  - familienname
options: {}                    # type-specific tables (zones, lists) for the rules
'''

PROMPT = '''Antrag: $title. Ein Dokument: Formular, Brief oder E-Mail.

- `familienname` ist der Familienname der antragstellenden Person.
- `antragsdatum` ist das Datum auf dem Antrag (nicht das Eingangsdatum).
'''

TEST = '''"""Rules of ``$key``: each rule fires and does not fire."""

from __future__ import annotations

from datetime import date

from apptypes._common.context import fired, rule_context
from apptypes.registry import get_type

SUBMITTED = date(2026, 10, 14)


def test_${code_lower}_fires_when_dated_after_submission() -> None:
    app_type = get_type("$key")
    ctx = rule_context(app_type, {"antragsdatum": "2026-10-15"}, SUBMITTED)
    assert "$code" in fired(app_type, ctx)


def test_${code_lower}_silent_when_dated_on_submission_day() -> None:
    app_type = get_type("$key")
    ctx = rule_context(app_type, {"antragsdatum": "2026-10-14"}, SUBMITTED)
    assert "$code" not in fired(app_type, ctx)
'''
