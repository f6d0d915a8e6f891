"""Reading and writing ``predictions/<case_id>.json`` beside a report."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from evals.dataset import Prediction, describe_validation_error

PREDICTIONS_DIR = "predictions"


class PredictionError(ValueError):
    pass


def prediction_path(outdir: Path, case_id: str) -> Path:
    return outdir / PREDICTIONS_DIR / f"{case_id}.json"


def write_prediction(outdir: Path, case_id: str, prediction: Prediction) -> Path:
    """Writes atomically, so an interrupted run never leaves half a prediction behind."""
    path = prediction_path(outdir, case_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".json.tmp")
    text = json.dumps(prediction.model_dump(mode="json"), ensure_ascii=False, indent=2)
    tmp.write_text(text + "\n", encoding="utf-8")
    tmp.replace(path)
    return path


def read_predictions(outdir: Path) -> dict[str, Prediction]:
    """Every prediction under ``outdir/predictions`` keyed by case id (empty if none)."""
    found: dict[str, Prediction] = {}
    folder = outdir / PREDICTIONS_DIR
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("*.json")):
        try:
            found[path.stem] = Prediction.model_validate_json(path.read_bytes())
        except ValidationError as exc:
            reasons = "; ".join(describe_validation_error(exc))
            raise PredictionError(f"Ungültige Vorhersage {path.name}: {reasons}") from None
    return found
