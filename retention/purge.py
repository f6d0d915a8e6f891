"""``purge_expired``: delete originals and derived documents of cases past their retention
period, slim their final record, mark them purged. Safe to run again at any time.

Order matters for a crash in between: originals and derived documents go first (the full
record still names them, so a second run finds them again), the record is slimmed next, the
database flag is set last.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import select

from apptypes.base import TypeConfig
from apptypes.registry import UnknownApplicationType, get_type
from config.settings import Settings
from retention.record import doc_ids_of, is_slim, slim_record
from storage.case_tables import CaseRecordRow
from storage.database import session_factory
from storage.document_store import FileDocumentStore, case_key, original_key

RECORD_NAME = "record.json"


class PurgeReport(BaseModel):
    now: datetime
    dry_run: bool
    checked: int = Field(0, description="Finished cases not purged before this run")
    purged: list[str] = Field(default_factory=list, description="Case ids purged (or due)")
    files_deleted: int = Field(0, description="Derived documents deleted")
    originals_deleted: int = 0
    originals_shared: int = Field(0, description="Kept: another case still uses them")
    records_missing: list[str] = Field(default_factory=list)


@dataclass(frozen=True)
class _Due:
    row: CaseRecordRow
    config: TypeConfig
    record: dict[str, Any] | None


def _config(application_type: str | None) -> TypeConfig:
    try:
        return get_type(application_type).config if application_type else TypeConfig()
    except UnknownApplicationType:
        return TypeConfig()


def _aware(moment: datetime) -> datetime:
    # SQLite hands timezone-aware columns back naive; they were written in UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _record(store: FileDocumentStore, key: str) -> dict[str, Any] | None:
    try:
        data = store.get_json(key)
    except (KeyError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _case_dir(store: FileDocumentStore, case_id: str) -> Path:
    return store.path_of(case_key(case_id, RECORD_NAME)).parent


def _in_use(store: FileDocumentStore, others: Sequence[CaseRecordRow], due: set[str]) -> set[str]:
    """Doc ids (and 16-character doc-id prefixes of readings) of every case that keeps its
    documents: unpurged records, and cases still running (they have readings, no record)."""
    used: set[str] = set()
    for row in others:
        used |= doc_ids_of(_record(store, row.record_key) or {})
    cases = store.root / "cases"
    for readings in cases.glob("*/readings") if cases.is_dir() else ():
        if readings.parent.name not in due:
            used |= {p.stem for p in readings.glob("*.json")}
    return used


def _derived_files(case_dir: Path) -> list[Path]:
    if not case_dir.is_dir():
        return []
    return [p for p in case_dir.iterdir() if p.name != RECORD_NAME]


def _file_count(paths: Iterable[Path]) -> int:
    return sum(
        sum(1 for f in p.rglob("*") if f.is_file()) if p.is_dir() else int(p.exists())
        for p in paths
    )


def _delete(paths: Sequence[Path]) -> int:
    count = _file_count(paths)
    for path in paths:
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)
    return count


def _due_cases(
    store: FileDocumentStore, rows: Sequence[CaseRecordRow], now: datetime
) -> list[_Due]:
    due = []
    for row in rows:
        config = _config(row.application_type)
        if _aware(row.finished_at) + timedelta(days=config.retention_days) <= now:
            due.append(_Due(row, config, _record(store, row.record_key)))
    return due


def purge_expired(
    settings: Settings, now: datetime | None = None, *, dry_run: bool = False
) -> PurgeReport:
    now = _aware(now or datetime.now(UTC))
    store = FileDocumentStore(settings.store_dir)
    sessions = session_factory(settings.db_url)
    with sessions() as db:
        rows = list(db.scalars(select(CaseRecordRow).where(CaseRecordRow.purged.is_(False))))
    due = _due_cases(store, rows, now)
    due_ids = {d.row.case_id for d in due}
    in_use = _in_use(store, [r for r in rows if r.case_id not in due_ids], due_ids)
    report = PurgeReport(now=now, dry_run=dry_run, checked=len(rows))
    for case in due:
        report.purged.append(case.row.case_id)
        if case.record is None:
            report.records_missing.append(case.row.case_id)
        originals = doc_ids_of(case.record or {})
        deletable = {d for d in originals if d not in in_use and d[:16] not in in_use}
        report.originals_shared += len(originals) - len(deletable)
        if dry_run:
            report.files_deleted += _file_count(_derived_files(_case_dir(store, case.row.case_id)))
            report.originals_deleted += sum(store.exists(original_key(d)) for d in deletable)
            continue
        report.originals_deleted += sum(store.delete_prefix(original_key(d)) for d in deletable)
        report.files_deleted += _delete(_derived_files(_case_dir(store, case.row.case_id)))
        if case.record is not None and not is_slim(case.record):
            slim = slim_record(case.record, case.config.record_keeps, now)
            store.put_json(case.row.record_key, slim)
        with sessions() as db, db.begin():
            row = db.get(CaseRecordRow, case.row.case_id)
            if row is not None:
                row.purged = True
    return report
