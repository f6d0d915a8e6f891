"""Sending a clerk's decision to a case, with one error for "someone else was faster".

A decision can lose in two ways: the update is refused by the workflow's validator while the
case is being finished, or the workflow has already completed. Both mean the same to a clerk.
"""

from __future__ import annotations

from datetime import datetime

from temporalio.client import Client, WorkflowUpdateFailedError
from temporalio.exceptions import ApplicationError
from temporalio.service import RPCError, RPCStatusCode

from config.settings import get_settings
from domain.case import CaseView, ClerkDecision
from orchestration.decision_signing import DecisionSigner, signer_for
from workflows.case_workflow import ALREADY_DECIDED, CASE_BUSY, CaseWorkflow


class CaseAlreadyDecided(Exception):
    """The case was decided (or finished) before this decision arrived."""


class CaseBusy(Exception):
    """The case is being re-checked right now (after a correction); try again shortly."""


class InvalidDecision(ValueError):
    """The decision was refused (e.g. a rejection without a reason); message is German."""


async def decide_case(
    client: Client,
    case_id: str,
    decision: ClerkDecision,
    *,
    signer: DecisionSigner | None = None,
    signed_at: datetime | None = None,
) -> CaseView:
    """Signs the decision (the UI's/CLI's authority) and sends it; ``signer`` defaults to the
    key of the process settings, ``signed_at`` to now."""
    signer = signer or signer_for(get_settings())
    signed = signer.sign(case_id, decision, signed_at)
    handle = client.get_workflow_handle_for(CaseWorkflow.run, case_id)
    try:
        return await handle.execute_update(CaseWorkflow.decide, signed)
    except WorkflowUpdateFailedError as exc:
        cause = exc.cause
        if isinstance(cause, ApplicationError) and cause.type == ALREADY_DECIDED:
            raise CaseAlreadyDecided(cause.message) from exc
        if isinstance(cause, ApplicationError) and cause.type == CASE_BUSY:
            raise CaseBusy(cause.message) from exc
        message = cause.message if isinstance(cause, ApplicationError) else str(cause)
        raise InvalidDecision(message) from exc
    except RPCError as exc:
        if exc.status == RPCStatusCode.NOT_FOUND:
            view = await handle.query(CaseWorkflow.view)
            who = view.outcome.decided_by if view.outcome else "jemand anderem"
            message = f"Dieser Fall wurde bereits von {who} entschieden (Status: {view.status})."
            raise CaseAlreadyDecided(message) from exc
        raise
