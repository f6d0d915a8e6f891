"""``antragswerk types check``: is every application type complete and consistent?

Messages are written for process owners: what is wrong, and where to fix it.
Errors make the check fail; warnings (e.g. no evaluation case yet) are shown but pass unless
``strict`` is asked for.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from collections import Counter
from collections.abc import Iterable
from importlib.metadata import entry_points
from pathlib import Path

import apptypes
from apptypes.base import ApplicationType, load_config, schema_keys
from apptypes.check_spec import compare_with_spec
from apptypes.problems import Problem
from apptypes.schema_facts import undescribed_fields
from apptypes.spec_document import read_spec


def repo_root() -> Path:
    return Path(apptypes.__file__).resolve().parent.parent


def default_spec_path(root: Path) -> Path:
    return root.parent / "shared" / "spec" / "application-types.md"


def check_types(root: Path | None = None, spec_path: Path | None = None) -> list[Problem]:
    root = root or repo_root()
    types, problems = load_all_types()
    for app_type, folder in types:
        problems += check_one(app_type, folder)
    problems += check_unique_codes(t for t, _ in types)
    problems += check_tests(root, [t for t, _ in types])
    problems += check_eval_cases(root, [t for t, _ in types])
    spec = spec_path or default_spec_path(root)
    if spec.is_file():
        problems += compare_with_spec(read_spec(spec), [t for t, _ in types])
    return problems


def load_all_types() -> tuple[list[tuple[ApplicationType, Path | None]], list[Problem]]:
    """Imports every type separately, so one broken package does not hide the others."""
    found: list[tuple[ApplicationType, Path | None]] = []
    problems: list[Problem] = []
    for info in pkgutil.iter_modules(apptypes.__path__):
        if not info.ispkg or info.name.startswith("_"):
            continue
        try:
            module = importlib.import_module(f"apptypes.{info.name}.definition")
            app_type = module.APPLICATION_TYPE
        except Exception as exc:  # any import failure is a finding, not a crash
            problems.append(Problem(info.name, f"cannot be loaded: {type(exc).__name__}: {exc}"))
            continue
        if not isinstance(app_type, ApplicationType):
            problems.append(Problem(info.name, "definition.py must set APPLICATION_TYPE to an "
                                               "ApplicationType"))
            continue
        if app_type.key != info.name:
            problems.append(Problem(info.name, f"the key '{app_type.key}' must equal the folder "
                                               f"name '{info.name}'"))
        found.append((app_type, Path(module.__file__ or "").parent))
    for ep in entry_points(group="antragswerk.application_types"):
        try:
            found.append((ep.load(), None))
        except Exception as exc:
            problems.append(Problem(ep.name, f"entry point cannot be loaded: {exc}"))
    return found, problems


def check_one(t: ApplicationType, folder: Path | None) -> list[Problem]:
    schema_only = set(schema_keys(t.schema))
    keys = schema_only | {c.key for c in t.composed} | {c.key for c in t.document_checks}
    problems = [Problem(t.key, f"required field '{k}' is not in schema.py") for k in t.required
                if k not in keys]
    problems += [Problem(t.key, f"record_keeps in config.yaml names '{k}', which is not in "
                                "schema.py") for k in t.config.record_keeps if k not in keys]
    problems += [Problem(t.key, f"rule {r.code} refers to field '{k}', which is not in schema.py")
                 for r in t.rules for k in r.fields if k not in keys]
    problems += [Problem(t.key, f"field '{k}' has no description; the model reads it to know "
                                "what to extract", "warning") for k in undescribed_fields(t.schema)]
    problems += auxiliary_key_problems(t, schema_only)
    problems += [Problem(t.key, f"'{c.key}' is composed of '{p}', which is not an auxiliary key; "
                                "parts are extracted for the join only")
                 for c in t.composed for p in c.parts if p not in t.auxiliary_keys]
    if not t.prompt.strip():
        problems.append(Problem(t.key, "prompt.md is empty: describe the form for the model"))
    if not t.document_kinds or any(not kind.cues for kind in t.document_kinds):
        problems.append(Problem(t.key, "every document kind needs at least one cue phrase"))
    if t.fee is not None and not t.config.fees:
        problems.append(Problem(t.key, "the type computes a fee but config.yaml lists no fees"))
    if folder is not None:
        problems += _config_file_problems(t.key, folder / "config.yaml")
    return problems


def auxiliary_key_problems(t: ApplicationType, keys: set[str]) -> list[Problem]:
    """Auxiliary keys are schema fields the spec does not have, extracted only for the rules."""
    problems = [Problem(t.key, f"auxiliary key '{k}' (auxiliary_keys in definition.py) is not in "
                               "schema.py; an auxiliary key names a schema field that the model "
                               "extracts for the rules only") for k in t.auxiliary_keys
                if k not in keys]
    problems += [Problem(t.key, f"'{k}' is both a spec key and an auxiliary key; auxiliary keys "
                                "are only for fields the spec does not have")
                 for k in t.auxiliary_keys if k in t.spec_keys]
    problems += [Problem(t.key, f"auxiliary key '{k}' cannot be required: required fields come "
                                "from the spec, and a missing auxiliary value must never block "
                                "an application") for k in t.auxiliary_keys if k in t.required]
    return problems


def _config_file_problems(key: str, path: Path) -> list[Problem]:
    try:
        load_config(path)
    except Exception as exc:
        return [Problem(key, f"config.yaml is not valid: {exc}")]
    return []


def check_unique_codes(types: Iterable[ApplicationType]) -> list[Problem]:
    owners: Counter[str] = Counter(r.code for t in types for r in t.rules)
    return [Problem("", f"rule code {code} is used {n} times; codes must be unique across all "
                        "types") for code, n in owners.items() if n > 1]


def check_tests(root: Path, types: list[ApplicationType]) -> list[Problem]:
    tests = "\n".join(p.read_text(encoding="utf-8", errors="replace")
                      for p in (root / "tests").rglob("*.py"))
    return [Problem(t.key, f"rule {r.code} has no test: add one under tests/apptypes/ that "
                           f"names '{r.code}'") for t in types for r in t.rules
            if r.code not in tests]


def check_eval_cases(root: Path, types: list[ApplicationType]) -> list[Problem]:
    cases = sorted((root / "evals" / "suites").glob("*/cases/*/expected.json"))
    if not cases:
        return [Problem("", "no evaluation suites under evals/suites/ yet: create one with "
                            "'antragswerk eval generate'", "warning")]
    covered = set().union(*(_expected_rules(p) for p in cases))
    return [Problem(t.key, f"rule {r.code} is not expected by any evaluation case", "warning")
            for t in types for r in t.rules if r.code not in covered]


def _expected_rules(path: Path) -> set[str]:
    try:
        rules = json.loads(path.read_text(encoding="utf-8")).get("rules", [])
    except (ValueError, AttributeError):
        return set()
    return {str(r) for r in rules} if isinstance(rules, list) else set()
