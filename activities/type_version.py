"""The version of an application type a case runs with: a hash of the type's definition files.

A process owner may change a type (schema, rules, config, prompt) while cases of it are running.
Recording the version each case started with lets the final record and the review UI tell which
definition a case was checked against. Hashing reads files, so it is an activity, never
workflow code.
"""

from __future__ import annotations

import hashlib
import inspect
from collections.abc import Iterable, Mapping
from pathlib import Path

from temporalio import activity

from activities import names
from apptypes.base import ApplicationType
from apptypes.registry import all_types

DEFINITION_FILES = ("definition.py", "schema.py", "rules.py", "config.yaml", "prompt.md")


def definition_files(app_type: ApplicationType) -> list[Path]:
    """The type's definition files; a type packaged differently still hashes its schema module."""
    schema_file = Path(inspect.getfile(app_type.schema))
    folder = schema_file.parent
    found = {folder / name for name in DEFINITION_FILES if (folder / name).is_file()}
    return sorted(found | {schema_file})


def files_version(paths: Iterable[Path]) -> str:
    """16 hex digits over names and contents; the same files give the same version anywhere."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        data = path.read_bytes()
        digest.update(f"{path.name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()[:16]


def type_version(app_type: ApplicationType) -> str:
    return files_version(definition_files(app_type))


class TypeVersionActivities:
    def __init__(self, types: Mapping[str, ApplicationType] | None = None) -> None:
        # Hashed once at worker start, when the registry imports the types: the worker keeps
        # running the definitions it imported even if the files change on disk later.
        types = all_types() if types is None else types
        self._versions = {key: type_version(t) for key, t in types.items()}

    @activity.defn(name=names.TYPE_VERSION)
    async def version(self, application_type: str) -> str | None:
        return self._versions.get(application_type)
