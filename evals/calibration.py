"""Chooses per-type auto-approval thresholds from an evaluation run and measures calibration.

Threshold rule (see :mod:`evals.risk` for case confidence and auto-approvability): cases are
grouped by the type the pipeline predicted (that type's threshold is the one applied to them;
the expected type when none was predicted). A case is approved at threshold t iff it is
auto-approvable and its case confidence >= t. Among all thresholds that change the approved set
(the distinct case confidences, plus 1.0) the chosen one has ZERO false auto-approvals and the
highest straight-through rate; on a tie the highest such threshold wins, so the margin to unseen
cases is as large as the data allows. Thresholds below a floor (``MIN_THRESHOLD``) are not
considered. If even 1.0 lets a false approval through, 1.0 is still
proposed (the strictest value the setting takes) and marked unsafe. A type without any expected
``auto_approve`` case gets no threshold (nothing to learn from).

ECE: field level, 10 equal-width confidence bins, over scored fields of non-crashed cases that
carry a confidence; correctness is the exact match after normalisation.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from pathlib import Path

from pydantic import BaseModel, Field

from evals.dataset import Dataset, Prediction
from evals.metrics import GatedFields, score
from evals.report_model import CaseResult, Report
from evals.risk import approved_at, candidate_thresholds
from evals.yaml_edit import set_top_level_keys

ECE_BINS = 10
MIN_THRESHOLD = 0.8
"""No threshold below this is chosen. Under it a required value was not found in the documents
(its confidence is cut to 30 %) or its option was ambiguous (75 %): approving such a case would
rest on the rules alone. On core-v1 the pure rule chose 0.275 for parking permits, which fits
that run and nothing else."""


class ThresholdChoice(BaseModel):
    threshold: float | None
    safe: bool = Field(description="False: even the strictest threshold approves a wrong case")
    straight_through_rate: float | None
    false_auto_approvals: int
    auto_approvable: int
    expected_auto_approve: int
    note: str = ""


class ReliabilityBin(BaseModel):
    lower: float
    upper: float
    count: int
    mean_confidence: float | None
    accuracy: float | None


class TypeCalibration(BaseModel):
    threshold: ThresholdChoice
    ece: float | None
    bins: list[ReliabilityBin]


class Calibration(BaseModel):
    per_type: dict[str, TypeCalibration]
    ece: float | None
    bins: list[ReliabilityBin]

    def thresholds(self, only: Collection[str] = ()) -> dict[str, float]:
        """The thresholds to write, for types where one was chosen; with ``only``, just those
        types (a ValueError names any of them without a chosen threshold)."""
        chosen = {key: t.threshold.threshold for key, t in self.per_type.items()
                  if t.threshold.threshold is not None}
        missing = sorted(set(only) - set(chosen))
        if missing:
            raise ValueError(f"Kein Schwellenwert gewählt für: {', '.join(missing)}")
        return {key: value for key, value in chosen.items() if not only or key in only}


def calibrate(dataset: Dataset, predictions: Mapping[str, Prediction],
              gated_fields: GatedFields | None = None, *,
              floor: float = MIN_THRESHOLD) -> Calibration:
    return calibrate_report(score(dataset, predictions, gated_fields), floor=floor)


def calibrate_report(report: Report, *, floor: float = MIN_THRESHOLD) -> Calibration:
    groups: dict[str, list[CaseResult]] = {}
    for case in report.per_case:
        groups.setdefault(case.predicted_type or case.application_type, []).append(case)
    per_type = {}
    for key, cases in sorted(groups.items()):
        ece, bins = reliability(cases)
        per_type[key] = TypeCalibration(threshold=choose_threshold(cases, floor=floor), ece=ece,
                                        bins=bins)
    ece, bins = reliability(report.per_case)
    return Calibration(per_type=per_type, ece=ece, bins=bins)


def choose_threshold(cases: Sequence[CaseResult], *,
                     floor: float = MIN_THRESHOLD) -> ThresholdChoice:
    expected_auto = [c for c in cases if c.expected_route == "auto_approve"]
    approvable = sum(c.auto_approvable for c in cases)
    if not expected_auto:
        return ThresholdChoice(threshold=None, safe=True, straight_through_rate=None,
                               false_auto_approvals=0, auto_approvable=approvable,
                               expected_auto_approve=0,
                               note="keine Fälle mit erwarteter Route auto_approve")
    choices = [_choice_at(cases, t, len(expected_auto), approvable)
               for t in candidate_thresholds(cases) if t >= floor]
    safe = [c for c in choices if c.safe]
    if safe:
        return max(safe, key=lambda c: (c.straight_through_rate or 0.0, c.threshold or 0.0))
    strictest = next(c for c in choices if c.threshold == 1.0)
    return strictest.model_copy(update={
        "note": "auch bei 1,0 falsche Automatik-Genehmigungen: Typ manuell prüfen"})


def _choice_at(cases: Sequence[CaseResult], threshold: float, expected_auto: int,
               approvable: int) -> ThresholdChoice:
    approved = approved_at(cases, threshold)
    faults = sum(c.would_be_false_approval for c in approved)
    through = sum(c.expected_route == "auto_approve" for c in approved) / expected_auto
    return ThresholdChoice(threshold=threshold, safe=faults == 0, straight_through_rate=through,
                           false_auto_approvals=faults, auto_approvable=approvable,
                           expected_auto_approve=expected_auto)


def reliability(cases: Sequence[CaseResult]) -> tuple[float | None, list[ReliabilityBin]]:
    pairs = [(f.confidence, f.correct) for c in cases if not c.crashed
             for f in c.fields.values() if f.confidence is not None]
    bins = []
    weighted_gap = 0.0
    for i in range(ECE_BINS):
        lower, upper = i / ECE_BINS, (i + 1) / ECE_BINS
        last = i == ECE_BINS - 1
        members = [(conf, ok) for conf, ok in pairs
                   if lower <= conf < upper or (last and conf == upper)]
        if not members:
            bins.append(ReliabilityBin(lower=lower, upper=upper, count=0, mean_confidence=None,
                                       accuracy=None))
            continue
        mean_conf = sum(conf for conf, _ in members) / len(members)
        accuracy = sum(ok for _, ok in members) / len(members)
        weighted_gap += len(members) * abs(accuracy - mean_conf)
        bins.append(ReliabilityBin(lower=lower, upper=upper, count=len(members),
                                   mean_confidence=mean_conf, accuracy=accuracy))
    return (weighted_gap / len(pairs) if pairs else None), bins


def write_thresholds(types_dir: Path, thresholds: Mapping[str, float], run_id: str) -> list[Path]:
    """Sets ``confidence_threshold`` and ``threshold_source`` in ``<type>/config.yaml``.

    Edits the two lines in place so comments and layout of the process owner's file survive.
    """
    written = []
    for type_key, threshold in sorted(thresholds.items()):
        if not 0.0 <= threshold <= 1.0:
            raise ValueError(f"Schwelle für {type_key} liegt nicht zwischen 0 und 1")
        path = types_dir / type_key / "config.yaml"
        if not path.is_file():
            raise FileNotFoundError(f"Konfiguration fehlt: {path}")
        text = path.read_text(encoding="utf-8")
        path.write_text(set_top_level_keys(text, {"confidence_threshold": threshold,
                                                  "threshold_source": run_id}),
                        encoding="utf-8")
        written.append(path)
    return written
