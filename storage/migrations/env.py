"""Alembic's environment: runs on the connection that ``storage.schema`` hands over.

There is no ``alembic.ini`` and no URL here: the schema is always upgraded from Python
(``antragswerk db upgrade`` or the first connect), on a connection that already holds the
migration lock.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from storage.database import Base, import_models

import_models()
connection: Connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
