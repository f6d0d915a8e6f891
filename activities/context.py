"""What activities share in one worker process: settings, the document store, the database URL.

Built once per worker (``ActivityContext.create``) and handed to the activity classes, so tests
can run a worker against their own state directory.
"""

from __future__ import annotations

from dataclasses import dataclass

from config.settings import Settings
from storage.document_store import FileDocumentStore


@dataclass(frozen=True)
class ActivityContext:
    settings: Settings
    store: FileDocumentStore

    @staticmethod
    def create(settings: Settings) -> ActivityContext:
        return ActivityContext(settings=settings, store=FileDocumentStore(settings.store_dir))

    @property
    def db_url(self) -> str:
        return self.settings.db_url
