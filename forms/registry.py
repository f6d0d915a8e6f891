"""The registered forms: every ``forms/*.yaml`` in the folder of every application type."""

from __future__ import annotations

import inspect
import logging
from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from apptypes.base import ApplicationType
from apptypes.registry import all_types
from forms.template import FORMS_FOLDER, FormTemplate, load_template

log = logging.getLogger(__name__)


def forms_folder(app_type: ApplicationType) -> Path:
    """``apptypes/<type>/forms``: beside the type's schema module, also for a city's own package."""
    return Path(inspect.getfile(app_type.schema)).parent / FORMS_FOLDER


def load_forms(folder: Path) -> list[FormTemplate]:
    out: list[FormTemplate] = []
    for path in sorted(folder.glob("*.yaml")):
        try:
            out.append(load_template(path))
        except (OSError, ValueError, ValidationError) as exc:
            # One broken file must not stop the worker; `forms check` names the problem.
            log.error("registered form %s ignored: %s", path.name, type(exc).__name__)
    return out


@lru_cache(maxsize=1)
def registered_forms() -> tuple[FormTemplate, ...]:
    found: list[FormTemplate] = []
    for app_type in all_types().values():
        found.extend(t for t in load_forms(forms_folder(app_type))
                     if t.application_type == app_type.key)
    return tuple(found)


def form_named(name: str) -> FormTemplate | None:
    return next((t for t in registered_forms() if t.name == name), None)
