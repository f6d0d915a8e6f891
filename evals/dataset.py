"""Loads an evaluation dataset in the format of ``spec/eval-dataset.md``.

Any directory in that format loads without per-dataset code. Problems are collected for the
whole dataset and raised together, so an evaluator fixes a broken dataset in one pass. Messages
name files, case ids and keys, never values (a dataset may hold real personal data).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from domain.fields import FieldData

Route = Literal["auto_approve", "clerk_review"]
Recommendation = Literal["approve", "reject"]

DOCUMENT_SUFFIXES = frozenset({".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".txt", ".eml"})
MAX_DOCUMENTS = 5
M = TypeVar("M", bound=BaseModel)
_FIELD_KEY = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)*$")


class DatasetError(ValueError):
    """The directory is not a valid evaluation dataset; ``problems`` lists every finding."""

    def __init__(self, root: Path, problems: list[str]) -> None:
        self.problems = problems
        listing = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"Ungültiger Evaluationsdatensatz {root}:\n{listing}")


class Expected(BaseModel):
    """``expected.json``: the ground truth of one case."""

    model_config = ConfigDict(extra="forbid")

    application_type: str = Field(min_length=1)
    route: Route
    recommendation: Recommendation
    rules: list[str] = Field(default_factory=list)
    fields: dict[str, FieldData] = Field(default_factory=dict)
    pii: list[str] = Field(default_factory=list)


class Prediction(BaseModel):
    """``predictions/<case_id>.json``: what the pipeline produced for one case.

    Unknown keys are ignored, so predictions written by other tools in the spec's shape load too.
    """

    model_config = ConfigDict(extra="ignore")

    application_type: str | None = None
    route: Route | None = None
    recommendation: Recommendation | None = None
    rules: list[str] = Field(default_factory=list)
    fields: dict[str, FieldData] = Field(default_factory=dict)
    confidence: dict[str, float] = Field(default_factory=dict)
    redacted: list[str] = Field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0
    llm_tokens: int = 0
    stage_seconds: dict[str, float] = Field(default_factory=dict)
    prompt_tokens: int = 0
    cached_prompt_tokens: int = 0
    read_methods: list[str] = Field(
        default_factory=list,
        description="How the case's pages were read (ReadMethod values, e.g. 'ocr'); empty "
                    "when unknown, as in predictions written before this key existed")


class _CaseFile(BaseModel):
    """``case.json``: what arrives with the submission."""

    model_config = ConfigDict(extra="forbid")

    submitted_at: date
    application_type: str | None = Field(None, min_length=1)
    documents: list[str]


class _DatasetInfo(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str | None = None
    version: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class DatasetCase:
    case_id: str
    dir: Path
    submitted_at: date
    application_type: str | None
    documents: list[Path]
    expected: Expected


@dataclass(frozen=True)
class Dataset:
    root: Path
    name: str
    version: str | None
    description: str | None
    cases: list[DatasetCase]

    def case(self, case_id: str) -> DatasetCase:
        for c in self.cases:
            if c.case_id == case_id:
                return c
        raise KeyError(case_id)


def load_dataset(path: Path | str) -> Dataset:
    root = Path(path)
    problems: list[str] = []
    if not root.is_dir():
        raise DatasetError(root, ["Verzeichnis existiert nicht"])
    info = _load_info(root, problems)
    cases_dir = root / "cases"
    cases: list[DatasetCase] = []
    if not cases_dir.is_dir():
        problems.append("Unterverzeichnis 'cases/' fehlt")
    else:
        for case_dir in sorted(p for p in cases_dir.iterdir() if _is_case_dir(p)):
            case = _load_case(case_dir, problems)
            if case is not None:
                cases.append(case)
        if not cases and not problems:
            problems.append("'cases/' enthält keinen Fall")
    if problems:
        raise DatasetError(root, problems)
    return Dataset(root=root, name=info.name or root.name, version=info.version,
                   description=info.description, cases=cases)


def _is_case_dir(path: Path) -> bool:
    return path.is_dir() and not path.name.startswith((".", "_"))


def _load_info(root: Path, problems: list[str]) -> _DatasetInfo:
    path = root / "dataset.json"
    if not path.exists():
        return _DatasetInfo()
    info = _parse(path, _DatasetInfo, "dataset.json", problems)
    return info if info is not None else _DatasetInfo()


def _load_case(case_dir: Path, problems: list[str]) -> DatasetCase | None:
    case_id = case_dir.name
    case_file = _parse(case_dir / "case.json", _CaseFile, f"{case_id}/case.json", problems)
    expected = _parse(case_dir / "expected.json", Expected, f"{case_id}/expected.json", problems)
    if case_file is None or expected is None:
        return None
    before = len(problems)
    documents = _check_documents(case_dir, case_file.documents, problems)
    _check_field_keys(case_id, expected, problems)
    if len(problems) > before:
        return None
    return DatasetCase(case_id=case_id, dir=case_dir, submitted_at=case_file.submitted_at,
                       application_type=case_file.application_type, documents=documents,
                       expected=expected)


def _check_documents(case_dir: Path, names: list[str], problems: list[str]) -> list[Path]:
    where = f"{case_dir.name}/case.json"
    if not 1 <= len(names) <= MAX_DOCUMENTS:
        problems.append(f"{where}: 'documents' muss 1 bis {MAX_DOCUMENTS} Dateien nennen, "
                        f"nennt {len(names)}")
    if len(set(names)) != len(names):
        problems.append(f"{where}: 'documents' nennt eine Datei mehrfach")
    paths: list[Path] = []
    for name in names:
        path = case_dir / name
        if Path(name).name != name or name in {"case.json", "expected.json"}:
            problems.append(f"{where}: unzulässiger Dokumentname {name!r}")
        elif path.suffix.lower() not in DOCUMENT_SUFFIXES:
            problems.append(f"{where}: Dateityp von {name!r} wird nicht unterstützt "
                            f"(erlaubt: {', '.join(sorted(DOCUMENT_SUFFIXES))})")
        elif not path.is_file():
            problems.append(f"{where}: Dokument {name!r} fehlt im Fallverzeichnis")
        paths.append(path)
    return paths


def _check_field_keys(case_id: str, expected: Expected, problems: list[str]) -> None:
    for key in expected.fields:
        if not _FIELD_KEY.match(key):
            problems.append(f"{case_id}/expected.json: Feldschlüssel {key!r} ist kein "
                            "Punktpfad aus Kleinbuchstaben, Ziffern und '_'")


def _parse(path: Path, model: type[M], where: str, problems: list[str]) -> M | None:
    if not path.is_file():
        problems.append(f"{where}: Datei fehlt")
        return None
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        problems.append(f"{where}: kein gültiges JSON ({type(exc).__name__})")
        return None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems.extend(f"{where}: {line}" for line in describe_validation_error(exc))
        return None


def describe_validation_error(exc: ValidationError) -> list[str]:
    """One line per error, without the offending input (it may be personal data)."""
    lines = []
    for err in exc.errors(include_input=False, include_url=False):
        loc = ".".join(str(part) for part in err["loc"]) or "(Wurzel)"
        if err["type"] == "extra_forbidden":
            lines.append(f"unbekannter Schlüssel {loc!r}")
        elif err["type"] == "missing":
            lines.append(f"Pflichtschlüssel {loc!r} fehlt")
        else:
            lines.append(f"{loc}: {err['msg']}")
    return lines
