"""Retention on real records: two finished cases (real pipeline, real store, real SQLite) share
one original; the expired one is purged, the shared original stays until both are gone."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from temporalio.client import Client

from apptypes.registry import get_type
from config.settings import Settings
from retention import purge_expired
from retention.cli import run_retention
from stack.cases import wait_settled
from storage.case_tables import CaseRecordRow
from storage.database import session_factory
from storage.document_store import FileDocumentStore, original_key
from tests.privacy.cases import leaked, pii_of, smoke_case, start_case
from tests.privacy.conftest import PrivacyStack
from tests.support.cases import script_from_expected

CASE = "case-005"


def _age(settings: Settings, case_id: str, days: int) -> None:
    with session_factory(settings.db_url)() as db, db.begin():
        row = db.get(CaseRecordRow, case_id)
        assert row is not None
        row.finished_at = datetime.now(UTC) - timedelta(days=days)


def _row(settings: Settings, case_id: str) -> CaseRecordRow:
    with session_factory(settings.db_url)() as db:
        row = db.get(CaseRecordRow, case_id)
        assert row is not None
        return row


async def test_expired_cases_lose_documents_and_personal_data(
    client: Client, privacy_stack: PrivacyStack
) -> None:
    settings = privacy_stack.local
    case = smoke_case(CASE)
    script_from_expected(privacy_stack.llm, case.path)
    first = await start_case(client, settings, case)
    second = await start_case(client, settings, case)
    views = [await wait_settled(h, timeout=120) for h in (first, second)]
    assert [v.status for v in views] == ["approved", "approved"]
    doc_id = views[0].submission.documents[0].doc_id
    store = FileDocumentStore(settings.store_dir)
    days = get_type("geburtsurkunde").config.retention_days
    _age(settings, first.id, days + 1)
    _age(settings, second.id, days - 1)

    dry = purge_expired(settings, dry_run=True)
    assert first.id in dry.purged and second.id not in dry.purged and dry.files_deleted > 0
    assert store.exists(f"cases/{first.id}/artefact.pdf") and not _row(settings, first.id).purged

    report = run_retention(settings)
    assert report.purged == dry.purged and report.files_deleted == dry.files_deleted
    assert report.originals_shared >= 1 and store.exists(original_key(doc_id))
    remaining = sorted(p.name for p in (store.root / "cases" / first.id).iterdir())
    assert remaining == ["record.json"]
    record_text = store.get(f"cases/{first.id}/record.json").decode()
    record = json.loads(record_text)
    keeps = get_type("geburtsurkunde").config.record_keeps
    assert set(record["case"]["fields"]) == set(keeps)
    assert record["case"]["fields"]["person.geburtsdatum"] == "1952-06-17"
    assert record["case"]["status"] == "approved" and record["case"]["decided_by"] == "system"
    applicant = ["Jörg", "Schäfer", "Lewackerstraße 89"]  # not in record_keeps
    assert leaked(applicant, record_text) == [] and leaked(pii_of(case), record_text)
    assert _row(settings, first.id).purged and store.exists(f"cases/{second.id}/artefact.pdf")

    again = purge_expired(settings)
    assert first.id not in again.purged and again.files_deleted == 0
    assert store.get(f"cases/{first.id}/record.json").decode() == record_text

    # Other tests of this area ran the same letter: once every case is expired, it goes.
    with session_factory(settings.db_url)() as db:
        everyone = [r.case_id for r in db.query(CaseRecordRow).filter_by(purged=False)]
    for case_id in everyone:
        _age(settings, case_id, days + 1)
    last = purge_expired(settings)
    assert second.id in last.purged and last.originals_deleted >= 1
    assert not store.exists(original_key(doc_id))
