"""The only place of the UI that talks to Temporal: queue listing, case view, decisions, intake.

Routes get a ``CaseService`` and never see a Temporal client, so every Temporal failure is
translated here into one of the exceptions below (German messages, no personal data).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime

from temporalio.client import (
    Client,
    WorkflowExecution,
    WorkflowQueryFailedError,
)
from temporalio.common import SearchAttributeKey
from temporalio.service import RPCError, RPCStatusCode

from config.settings import Settings
from domain.case import (
    SEARCH_ATTR_REASONS,
    SEARCH_ATTR_STATUS,
    SEARCH_ATTR_SUBMITTED,
    SEARCH_ATTR_TYPE,
    CaseView,
    ClerkDecision,
)
from orchestration import decisions as orchestration_decisions
from orchestration.decision_signing import signer_for
from orchestration.decisions import decide_case

ClientFactory = Callable[[], Awaitable[Client]]

WORKFLOW_TYPE = "CaseWorkflow"
STATUS_KEY = SearchAttributeKey.for_keyword(SEARCH_ATTR_STATUS)
TYPE_KEY = SearchAttributeKey.for_keyword(SEARCH_ATTR_TYPE)
REASONS_KEY = SearchAttributeKey.for_keyword_list(SEARCH_ATTR_REASONS)
SUBMITTED_KEY = SearchAttributeKey.for_datetime(SEARCH_ATTR_SUBMITTED)
# Filter values end up inside a visibility query: allow only what type keys and reason codes use.
_QUERY_VALUE = re.compile(r"^[A-Za-z0-9_.:\-]{1,120}$")
_LIST_LIMIT = 5000
_CASE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:\-]{0,127}$")


def checked_case_id(case_id: str) -> str:
    """Case ids from URLs; anything else is an unknown case (never sent to Temporal)."""
    if not _CASE_ID.match(case_id):
        raise CaseNotFound()
    return case_id


class CaseServiceError(Exception):
    """Base of the errors shown to users; the message is German and free of personal data."""


class TemporalUnavailable(CaseServiceError):
    def __init__(self) -> None:
        super().__init__("Der Vorgangsdienst (Temporal) ist gerade nicht erreichbar. "
                         "Bitte versuchen Sie es in einigen Minuten erneut.")


class CaseNotFound(CaseServiceError):
    def __init__(self) -> None:
        super().__init__("Diesen Fall gibt es nicht.")


class CaseNotReady(CaseServiceError):
    def __init__(self) -> None:
        super().__init__("Der Fall wird gerade angelegt. Bitte laden Sie die Seite in einigen "
                         "Sekunden neu.")


class CaseAlreadyDecided(CaseServiceError):
    def __init__(self, decided_by: str | None) -> None:
        who = decided_by or "einer anderen Person"
        super().__init__(f"Dieser Fall wurde bereits von {who} entschieden. "
                         "Ihre Entscheidung wurde nicht gespeichert.")
        self.decided_by = decided_by


class DecisionRefused(CaseServiceError):
    """The workflow refused the decision for another reason (e.g. not awaiting review)."""


class InvalidSubmission(CaseServiceError):
    """The intake refused the files (count, size); the message is the intake's German text."""


class InvalidFilter(CaseServiceError):
    def __init__(self) -> None:
        super().__init__("Ungültiger Filterwert.")


@dataclass(frozen=True)
class CaseListing:
    """One case as visibility knows it (search attributes only, no personal data)."""

    case_id: str
    status: str | None
    application_type: str | None
    reasons: list[str]
    submitted: datetime | None
    started: datetime
    closed: datetime | None = None


@dataclass(frozen=True)
class SubmitOutcome:
    case_id: str
    duplicate: bool


@dataclass
class CaseService:
    connect: ClientFactory
    settings: Settings
    _client: Client | None = field(default=None, init=False)
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock, init=False)

    async def client(self) -> Client:
        async with self._lock:
            if self._client is None:
                try:
                    self._client = await self.connect()
                except (RuntimeError, OSError, RPCError) as err:
                    raise TemporalUnavailable() from err
            return self._client

    async def queue(self, *, application_type: str | None = None,
                    reason: str | None = None) -> list[CaseListing]:
        """Cases awaiting review, oldest submission first."""
        query = f'WorkflowType="{WORKFLOW_TYPE}" AND {SEARCH_ATTR_STATUS}="awaiting_review"'
        if application_type:
            query += f' AND {SEARCH_ATTR_TYPE}="{_checked(application_type)}"'
        if reason:
            query += f' AND {SEARCH_ATTR_REASONS}="{_checked(reason)}"'
        cases = await self._list(query)
        return sorted(cases, key=lambda c: (c.submitted or c.started, c.started))

    async def all_cases(self) -> list[CaseListing]:
        return await self._list(f'WorkflowType="{WORKFLOW_TYPE}"')

    async def _list(self, query: str) -> list[CaseListing]:
        client = await self.client()
        try:
            return [_listing(e) async for e in client.list_workflows(query, limit=_LIST_LIMIT)]
        except RPCError as err:
            raise TemporalUnavailable() from err

    async def view(self, case_id: str) -> CaseView:
        client = await self.client()
        try:
            raw = await client.get_workflow_handle(case_id).query("view")
        except RPCError as err:
            if err.status in (RPCStatusCode.NOT_FOUND, RPCStatusCode.INVALID_ARGUMENT):
                raise CaseNotFound() from err
            raise TemporalUnavailable() from err
        except WorkflowQueryFailedError as err:
            # The workflow answers queries only after its first task has run.
            raise CaseNotReady() from err
        return CaseView.model_validate(raw)

    async def decide(self, case_id: str, decision: ClerkDecision) -> CaseView:
        """Send the clerk's decision; a case decided meanwhile raises ``CaseAlreadyDecided``."""
        client = await self.client()
        try:
            return await decide_case(client, case_id, decision,
                                     signer=signer_for(self.settings))
        except orchestration_decisions.CaseAlreadyDecided as err:
            raise CaseAlreadyDecided(await self._decided_by(case_id)) from err
        except (orchestration_decisions.CaseBusy, orchestration_decisions.InvalidDecision) as err:
            raise DecisionRefused(f"Die Entscheidung wurde nicht angenommen: {err}") from err
        except RPCError as err:
            raise TemporalUnavailable() from err

    async def _decided_by(self, case_id: str) -> str | None:
        try:
            view = await self.view(case_id)
        except CaseServiceError:
            return None
        if view.outcome is not None:
            return view.outcome.decided_by
        return view.clerk_decisions[-1].clerk_id if view.clerk_decisions else None

    async def submit(self, files: list[tuple[str, bytes]], *,
                     application_type: str | None) -> SubmitOutcome:
        from intake.submit import SubmissionError, submit_documents

        client = await self.client()
        try:
            result = await submit_documents(client, files, application_type=application_type,
                                            channel="portal", settings=self.settings)
        except SubmissionError as err:
            raise InvalidSubmission(str(err)) from err
        except RPCError as err:
            raise TemporalUnavailable() from err
        return SubmitOutcome(case_id=result.case_id, duplicate=result.duplicate)


def _checked(value: str) -> str:
    if not _QUERY_VALUE.match(value):
        raise InvalidFilter()
    return value


def _listing(execution: WorkflowExecution) -> CaseListing:
    attrs = execution.typed_search_attributes
    return CaseListing(
        case_id=execution.id,
        status=attrs.get(STATUS_KEY),
        application_type=attrs.get(TYPE_KEY),
        reasons=list(attrs.get(REASONS_KEY) or []),
        submitted=attrs.get(SUBMITTED_KEY),
        started=execution.start_time,
        closed=execution.close_time,
    )
