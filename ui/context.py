"""What every route needs, built once per app: settings, services, store and templates."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fastapi.templating import Jinja2Templates

from config.settings import Settings
from storage.document_store import FileDocumentStore
from ui.accounts import AccountService
from ui.audit import AuditLog
from ui.cases import CaseService
from ui.portal_cases import PortalCases
from ui.sessions import SessionStore
from ui.throttle import LoginThrottle

UI_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class UiContext:
    settings: Settings
    accounts: AccountService
    throttle: LoginThrottle
    sessions: SessionStore
    portal_cases: PortalCases
    audit: AuditLog
    cases: CaseService
    store: FileDocumentStore
    templates: Jinja2Templates
