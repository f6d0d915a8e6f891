"""Which saved histories exist: one smoke case per application type and clerk path.

Shared by the recording script and the replay test, so a scenario added here without a
recorded history fails the test instead of silently not being replayed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from domain.case import CaseStatus, ClerkDecision

HISTORIES = Path(__file__).resolve().parent / "histories"
SMOKE = Path(__file__).resolve().parents[2] / "evals" / "suites" / "smoke"

TAKEN_PLATE = "BO-RC 9"
"""Reserved by another case before recording, so approving it is refused (K5 race)."""


def _clerk(action: str, **kwargs: object) -> ClerkDecision:
    return ClerkDecision.model_validate({"action": action, "clerk_id": "sb-replay", **kwargs})


@dataclass(frozen=True)
class Scenario:
    application_type: str
    path: str
    """auto, approve, reject, correct-approve, ...: what the clerk does after routing."""
    case: str
    """The smoke case directory the history was recorded from."""
    decisions: tuple[ClerkDecision, ...] = ()
    final_status: CaseStatus = "approved"
    record_unwritable: bool = False
    """The store refuses the case's record until routing is done: the outcome fails for good.
    Such scenarios reuse a smoke case, so they are recorded on a dev server of their own."""

    @property
    def filename(self) -> str:
        return f"{self.application_type}-{self.path}.json"

    @property
    def auto(self) -> bool:
        return not self.decisions and not self.record_unwritable


SCENARIOS: tuple[Scenario, ...] = (
    Scenario("wohnsitzanmeldung", "auto", "case-007"),
    Scenario("geburtsurkunde", "auto", "case-005"),
    Scenario("bewohnerparkausweis", "auto", "case-004"),
    Scenario("wunschkennzeichen", "auto", "case-008"),
    Scenario(
        "wohnsitzanmeldung",
        "reject",
        "case-001",
        (_clerk("reject", reason="Wohnung liegt nicht in Bochum."),),
        final_status="rejected",
    ),
    Scenario("geburtsurkunde", "approve", "case-002", (_clerk("approve"),)),
    Scenario(
        "bewohnerparkausweis",
        "correct-approve",
        "case-003",
        (
            _clerk(
                "correct",
                corrections={
                    "antragsteller.anschrift.plz": "44787",
                    "antragsteller.anschrift.ort": "Bochum",
                },
            ),
            _clerk("approve"),
        ),
    ),
    Scenario(
        "wunschkennzeichen",
        "refused-correct-approve",
        "case-006",
        (
            _clerk("approve", corrections={"kennzeichen": TAKEN_PLATE}),
            _clerk("correct", corrections={"kennzeichen": "BO-HM 191"}),
            _clerk("approve"),
        ),
    ),
    # The auto-approval's outcome fails (store unwritable): a clerk gets it with outcome_failed.
    Scenario(
        "wunschkennzeichen",
        "outcome-failed-approve",
        "case-008",
        (_clerk("approve"),),
        record_unwritable=True,
    ),
)
