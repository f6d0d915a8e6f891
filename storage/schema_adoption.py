"""Adopting a database that the releases before migrations built with ``create_all``.

Such a database has tables but no ``alembic_version``. Each revision names the tables it creates
(``TABLES``); the database is stamped at the newest revision whose tables are all there, so the
upgrade then adds only what is missing and keeps every row. A revision whose tables are only
partly there is not a schema any release made: refuse instead of guessing.
"""

from __future__ import annotations

from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Connection


class SchemaNotRecognised(RuntimeError):
    pass


def revision_to_stamp(connection: Connection, scripts: ScriptDirectory) -> str | None:
    """The revision an unversioned database already has; None for an empty database."""
    present = set(inspect(connection).get_table_names()) - {"alembic_version"}
    if not present:
        return None
    adopted: str | None = None
    for script in reversed(list(scripts.walk_revisions())):  # oldest first
        tables = set(getattr(script.module, "TABLES", ()))
        if tables <= present:
            adopted = script.revision
            continue
        if tables & present:
            raise SchemaNotRecognised(
                f"Database has some tables of revision {script.revision} but lacks "
                f"{', '.join(sorted(tables - present))}; not a schema of a previous release.")
        break
    if adopted is None:
        raise SchemaNotRecognised(
            f"Database has tables ({', '.join(sorted(present))}) but none of antragswerk's.")
    return adopted
