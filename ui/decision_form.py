"""A posted decision form → a ``ClerkDecision``, or a German reason why it cannot be sent."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from domain.case import CaseView, ClerkDecision
from ui.case_model import corrections_from_form, version_of
from ui.present import ValueFormatError, parse_value

ACTIONS = ("approve", "correct", "reject")


class DecisionInputError(ValueError):
    """Shown to the clerk as is; nothing was sent to the workflow."""


class NothingChanged(DecisionInputError):
    pass


def decision_from_form(view: CaseView, form: Mapping[str, str], clerk_id: str) -> ClerkDecision:
    if view.outcome is not None:
        raise DecisionInputError(f"Dieser Fall wurde bereits von {view.outcome.decided_by} "
                                 "entschieden. Ihre Entscheidung wurde nicht gespeichert.")
    if form.get("stand") != version_of(view):
        # Sending this form would overwrite what another clerk changed since it was rendered.
        who = view.clerk_decisions[-1].clerk_id if view.clerk_decisions else "jemand anderem"
        raise DecisionInputError(f"Der Fall wurde inzwischen von {who} bearbeitet. Ihre Eingaben "
                                 "wurden nicht gespeichert; bitte prüfen Sie den aktuellen Stand.")
    action = form.get("action", "")
    if action not in ACTIONS:
        raise DecisionInputError("Unbekannte Aktion.")
    try:
        corrections = corrections_from_form(view, form, parse_value)
    except ValueFormatError as err:
        raise DecisionInputError(f"Die Korrektur wurde nicht gespeichert: {err}") from None
    reason = (form.get("reason") or "").strip() or None
    if action == "reject" and reason is None:
        raise DecisionInputError("Bitte geben Sie einen Grund für die Ablehnung an.")
    if action == "correct" and not corrections:
        raise NothingChanged("Es wurde kein Feld geändert.")
    return ClerkDecision.model_validate({
        "action": action, "clerk_id": clerk_id, "corrections": corrections, "reason": reason,
        "decided_at": datetime.now(UTC)})
