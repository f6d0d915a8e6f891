"""Checks a dataset directory against eval-dataset.md and application-types.md.

Usage: ``python -m evals.generator.validate DIR`` — prints one line per problem and exits 1
when there is any. PII strings of raster documents are checked against the generator's draw
log (``_generator/draw_log.json``, or the ``build_log.json`` of realforms-style datasets)."""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

from evals.generator.catalog import (
    ALL_RULES,
    DOCUMENT_EXTENSIONS,
    FIELD_KINDS,
    GENERIC_CODES,
    GENERIC_PREFIXES,
    RECOMMENDATIONS,
    ROUTES,
    TYPES,
    enum_values,
)
from evals.generator.doctext import document_text, normalised

CASE_KEYS = {"submitted_at", "application_type", "documents"}
EXPECTED_KEYS = {"application_type", "route", "recommendation", "rules", "fields", "pii"}
PLATE = re.compile(r"^[A-ZÄÖÜ]{1,3}-[A-Z]{1,3} [0-9]{1,5}$")


def is_iso(value: object) -> bool:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def load_draw_log(dataset: Path) -> dict[str, dict[str, list[str]]]:
    """{case id: {file name: strings drawn into it}} from either log format."""
    for name in ("draw_log.json", "build_log.json"):
        path = dataset / "_generator" / name
        if path.exists():
            raw: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
            return {case: _files_of(entry) for case, entry in raw.items()}
    return {}


def _files_of(entry: dict[str, Any]) -> dict[str, list[str]]:
    if all(isinstance(v, list) for v in entry.values()):
        return entry
    # realforms: {"anmeldung": "file.pdf", "anmeldung_strings": [...], ...}
    return {entry[k]: entry[f"{k}_strings"] for k in entry
            if isinstance(entry[k], str) and f"{k}_strings" in entry}


def _field_problem(key: str, kind: str, value: object) -> str | None:
    if value is None:
        return None
    checks: dict[str, bool] = {
        "str": isinstance(value, str) and value == " ".join(value.split()) and bool(value),
        "date": is_iso(value),
        "int": isinstance(value, int) and not isinstance(value, bool),
        "bool": isinstance(value, bool),
        "list": isinstance(value, list) and all(isinstance(v, str) and v == v.lower()
                                                for v in value),
        "plate": isinstance(value, str) and bool(PLATE.match(value)),
    }
    ok = value in enum_values(kind) if kind.startswith("enum:") else checks[kind]
    return None if ok else f"field {key}: value {value!r} is not a valid {kind}"


def _rule_problem(rule: object, application_type: str) -> str | None:
    if not isinstance(rule, str):
        return f"rule {rule!r} is not a string"
    if rule in ALL_RULES or rule in GENERIC_CODES:
        return None
    for prefix in GENERIC_PREFIXES:
        if rule.startswith(prefix) and rule[len(prefix):] in FIELD_KINDS.get(application_type, {}):
            return None
    return f"unknown rule code {rule!r}"


def check_expected(expected: dict[str, Any]) -> list[str]:
    problems = []
    if set(expected) != EXPECTED_KEYS:
        problems.append(f"expected.json keys {sorted(expected)} != {sorted(EXPECTED_KEYS)}")
    kind = expected.get("application_type")
    if kind not in TYPES:
        return [*problems, f"unknown application_type {kind!r}"]
    route, rules = expected.get("route"), expected.get("rules", [])
    if route not in ROUTES:
        problems.append(f"route {route!r} invalid")
    if expected.get("recommendation") not in RECOMMENDATIONS:
        problems.append(f"recommendation {expected.get('recommendation')!r} invalid")
    if route == "auto_approve" and (rules or expected.get("recommendation") != "approve"):
        problems.append("auto_approve although rules fire or the recommendation is reject")
    problems += [p for r in rules if (p := _rule_problem(r, kind))]
    known = FIELD_KINDS[kind]
    for key, value in expected.get("fields", {}).items():
        if key not in known:
            problems.append(f"unknown field key {key!r}")
        elif problem := _field_problem(key, known[key], value):
            problems.append(problem)
    return problems


def check_case(case_dir: Path, log: dict[str, list[str]]) -> list[str]:
    try:
        case = json.loads((case_dir / "case.json").read_text(encoding="utf-8"))
        expected = json.loads((case_dir / "expected.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return [f"case.json/expected.json unreadable: {error}"]
    problems = []
    if not set(case) <= CASE_KEYS or "submitted_at" not in case or "documents" not in case:
        problems.append(f"case.json keys {sorted(case)} invalid")
    if not is_iso(case.get("submitted_at")):
        problems.append("submitted_at is not an ISO date")
    if "application_type" in case and case["application_type"] != expected.get(
            "application_type"):
        problems.append("application_type differs between case.json and expected.json")
    documents = case.get("documents", [])
    if not isinstance(documents, list) or not 1 <= len(documents) <= 5:
        return [*problems, "a case needs 1–5 documents"]
    present = {p.name for p in case_dir.iterdir()} - {"case.json", "expected.json"}
    if unlisted := present - set(documents):
        problems.append(f"files not listed in case.json: {sorted(unlisted)}")
    texts: list[str] = []
    for name in documents:
        path = case_dir / name
        if not path.is_file():
            problems.append(f"document {name} missing")
            continue
        if path.suffix.lower() not in DOCUMENT_EXTENSIONS:
            problems.append(f"document {name} has an unsupported extension")
            continue
        text = document_text(path)
        if text is None and name not in log:
            problems.append(f"raster document {name}: no draw log, PII not verifiable")
        texts.append(text if text is not None else normalised("\n".join(log.get(name, []))))
    problems += check_expected(expected)
    corpus = "\n".join(texts)
    for item in expected.get("pii", []):
        if not isinstance(item, str) or normalised(item) not in corpus:
            problems.append(f"pii string {item!r} not found in the documents")
    return problems


def validate(dataset: Path) -> list[str]:
    cases_dir = dataset / "cases"
    if not cases_dir.is_dir():
        return [f"{dataset}: no cases/ directory"]
    meta = dataset / "dataset.json"
    if meta.exists() and not isinstance(json.loads(meta.read_text(encoding="utf-8")), dict):
        return ["dataset.json is not an object"]
    logs = load_draw_log(dataset)
    problems = []
    for case_dir in sorted(p for p in cases_dir.iterdir() if p.is_dir()):
        problems += [f"{case_dir.name}: {p}" for p in check_case(case_dir, logs.get(
            case_dir.name, {}))]
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("Aufruf: python -m evals.generator.validate DATENSATZ_VERZEICHNIS")
        return 2
    dataset = Path(argv[0])
    problems = validate(dataset)
    for problem in problems:
        print(problem)
    count = sum(1 for p in (dataset / "cases").iterdir() if p.is_dir()) if (
        dataset / "cases").is_dir() else 0
    print(f"{count} cases checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
