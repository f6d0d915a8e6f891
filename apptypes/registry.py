"""Discovers application types: every subpackage of ``apptypes`` with a ``definition`` module
exposing ``APPLICATION_TYPE``; a city's own package can add more through the entry-point group
``antragswerk.application_types``."""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from importlib.metadata import entry_points

import apptypes
from apptypes.base import ApplicationType


class UnknownApplicationType(KeyError):
    pass


@lru_cache(maxsize=1)
def all_types() -> dict[str, ApplicationType]:
    found: dict[str, ApplicationType] = {}
    for info in pkgutil.iter_modules(apptypes.__path__):
        if not info.ispkg or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"apptypes.{info.name}.definition")
        t: ApplicationType = module.APPLICATION_TYPE
        found[t.key] = t
    for ep in entry_points(group="antragswerk.application_types"):
        t = ep.load()
        found[t.key] = t
    return dict(sorted(found.items()))


def get_type(key: str) -> ApplicationType:
    try:
        return all_types()[key]
    except KeyError:
        raise UnknownApplicationType(key) from None
