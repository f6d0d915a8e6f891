"""The relational database (SQLAlchemy 2; SQLite by default, PostgreSQL by URL).

Every table of the project derives from ``Base``; the schema itself is built and upgraded by the
Alembic migrations (``storage.schema``), which a test keeps equal to ``Base.metadata``.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker


class Base(DeclarativeBase):
    pass


_CREATE_LOCK = threading.Lock()


def engine_for(url: str) -> Engine:
    """One engine per URL, its schema upgraded to head once per process (worker threads race on a
    fresh database)."""
    with _CREATE_LOCK:
        return _engine_for(url)


@lru_cache(maxsize=8)
def _engine_for(url: str) -> Engine:
    from storage.schema import upgrade_to_head

    engine = new_engine(url)
    upgrade_to_head(engine)
    return engine


def new_engine(url: str) -> Engine:
    """An engine with the project's connection settings; the schema is left as it is."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()
    else:
        engine = create_engine(url, pool_pre_ping=True)
    return engine


def session_factory(url: str) -> sessionmaker[Session]:
    return sessionmaker(engine_for(url), expire_on_commit=False)


def import_models() -> None:
    """Import every module that declares tables, so ``Base.metadata`` knows the whole schema."""
    import importlib
    import pkgutil

    import storage

    for info in pkgutil.iter_modules(storage.__path__):
        if info.name.endswith("_tables"):
            importlib.import_module(f"storage.{info.name}")
