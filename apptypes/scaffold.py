"""``antragswerk types new``: create a working example type for a process owner to adapt."""

from __future__ import annotations

import importlib
import keyword
import re
from pathlib import Path
from string import Template

from apptypes import scaffold_templates as templates
from apptypes.check import repo_root
from apptypes.registry import all_types

_KEY = re.compile(r"^[a-z][a-z0-9_]{2,40}$")
_PREFIX = re.compile(r"^[A-Z]{1,3}$")


class ScaffoldError(ValueError):
    pass


def new_type(key: str, title: str, prefix: str | None = None,
             root: Path | None = None) -> list[Path]:
    """Writes ``apptypes/<key>/`` and ``tests/apptypes/test_<key>_rules.py``; returns the paths.

    ``prefix`` starts the rule codes (``P`` → ``P1_beispiel``); default: the key's first letter.
    """
    root = root or repo_root()
    prefix = prefix or key[:1].upper()
    _validate(key, title, prefix, root)
    code = f"{prefix}1_beispiel"
    values = {"key": key, "title": title, "model": _class_name(key), "code": code,
              "code_lower": code.lower(), "cue": title.lower()}
    package = root / "apptypes" / key
    files = {
        package / "__init__.py": templates.INIT,
        package / "schema.py": templates.SCHEMA,
        package / "rules.py": templates.RULES,
        package / "definition.py": templates.DEFINITION,
        package / "config.yaml": templates.CONFIG,
        package / "prompt.md": templates.PROMPT,
        root / "tests" / "apptypes" / f"test_{key}_rules.py": templates.TEST,
    }
    for path, template in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(Template(template).substitute(values), encoding="utf-8")
    importlib.invalidate_caches()
    all_types.cache_clear()
    return list(files)


def _validate(key: str, title: str, prefix: str, root: Path) -> None:
    if not _KEY.match(key) or keyword.iskeyword(key):
        raise ScaffoldError("The key must be 3-41 lower-case ASCII letters, digits or '_', "
                            "starting with a letter (e.g. 'hundesteuer').")
    if not title.strip() or '"' in title or "\\" in title:
        raise ScaffoldError("The title must be non-empty and contain no quotes or backslashes.")
    if not _PREFIX.match(prefix):
        raise ScaffoldError("The rule prefix must be 1-3 upper-case letters (e.g. 'H').")
    if (root / "apptypes" / key).exists():
        raise ScaffoldError(f"apptypes/{key} already exists; choose another key.")
    test = root / "tests" / "apptypes" / f"test_{key}_rules.py"
    if test.exists():
        raise ScaffoldError(f"{test.relative_to(root)} already exists.")


def _class_name(key: str) -> str:
    return "".join(part.capitalize() for part in key.split("_"))
