"""``types new`` creates a type that the registry loads, that passes ``types check`` and whose
generated test passes — run in a copy of the repository so the real tree stays untouched."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from apptypes.check import repo_root
from apptypes.cli import app
from apptypes.scaffold import ScaffoldError, new_type

COPIED = ("apptypes", "domain", "storage", "artefacts", "tests/apptypes")

SCRIPT = """
from apptypes.cli import app
from apptypes.registry import all_types
from apptypes.check import check_types

try:
    app(["new", "hundesteuer", "--title", "Anmeldung eines Hundes", "--prefix", "H"])
except SystemExit as done:
    assert done.code in (0, None), done.code
assert "hundesteuer" in all_types(), sorted(all_types())
errors = [str(p) for p in check_types() if p.severity == "error"]
assert errors == [], errors
print("ok", len(all_types()))
"""


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    for part in COPIED:
        shutil.copytree(repo_root() / part, tmp_path / part,
                        ignore=shutil.ignore_patterns("__pycache__", "test_scaffold.py"))
    return tmp_path


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"})


def test_new_type_loads_passes_check_and_its_test(repo_copy: Path) -> None:
    made = _run([sys.executable, "-c", SCRIPT], repo_copy)
    assert made.returncode == 0, made.stderr
    assert made.stdout.splitlines()[-1] == "ok 5"
    assert "created tests/apptypes/test_hundesteuer_rules.py" in made.stdout
    for name in ("__init__.py", "schema.py", "rules.py", "definition.py", "config.yaml",
                 "prompt.md"):
        assert (repo_copy / "apptypes" / "hundesteuer" / name).is_file()
    test_file = repo_copy / "tests" / "apptypes" / "test_hundesteuer_rules.py"
    tested = _run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                   str(test_file)], repo_copy)
    assert "2 passed" in tested.stdout, tested.stdout + tested.stderr


@pytest.mark.parametrize(("key", "prefix"), [
    ("Hunde", None), ("1abc", None), ("class", None), ("ab", None), ("hunde", "h1"),
    ("wohnsitzanmeldung", "Z"),
])
def test_invalid_or_existing_keys_are_refused(key: str, prefix: str | None) -> None:
    with pytest.raises(ScaffoldError):
        new_type(key, "Titel", prefix)


def test_cli_refuses_an_existing_type_without_writing() -> None:
    result = CliRunner().invoke(app, ["new", "geburtsurkunde", "--title", "X"])
    assert result.exit_code == 2
    assert "already exists" in result.output


def test_cli_check_succeeds_on_the_repository() -> None:
    result = CliRunner().invoke(app, ["check"])
    assert result.exit_code == 0, result.output
