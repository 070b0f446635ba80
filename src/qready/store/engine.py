"""Connections to the store: one SQLAlchemy engine per store, SQLite in WAL mode, write transactions that
take the write lock up front, and retries when another writer holds it.

SQLite: journal_mode=WAL (readers never wait for the writer), a busy timeout, foreign keys on, and
`BEGIN IMMEDIATE` for writes so that two writers queue for the lock instead of deadlocking halfway through
a transaction. "database is locked" after the busy timeout, and PostgreSQL serialization failures and
deadlocks, are retried with backoff; a transaction is atomic, so a retried save never writes twice.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from qready.errors import StoreError
from qready.store.urls import shown, sqlite_file

T = TypeVar("T")
_WRITE = "qready_write"
_RETRY_SQLSTATES = ("40001", "40P01")  # serialization_failure, deadlock_detected
_ATTEMPTS = 8


def make_engine(url: URL, busy_timeout: float) -> Engine:
    """An engine for a SQLite file (created with its folder), in-memory SQLite, or PostgreSQL."""
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    path = sqlite_file(url)
    if path is None:
        engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # evidence from scanned code
        except OSError as error:
            raise StoreError(f"--store {path}: cannot create its folder: {error.strerror}") from None
        engine = create_engine(url, connect_args={"timeout": busy_timeout})
    _sqlite_events(engine, busy_timeout, wal=path is not None)
    return engine


def _sqlite_events(engine: Engine, busy_timeout: float, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # transactions are begun below, not by the driver
        cursor = dbapi_connection.cursor()
        if wal:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a killed process loses nothing
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        writing = connection.get_execution_options().get(_WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """One write transaction: committed when the block ends, rolled back when it raises."""
    with engine.connect() as connection:
        connection.execution_options(**{_WRITE: True})
        with connection.begin():
            yield connection


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """One read transaction (a consistent snapshot under WAL and PostgreSQL)."""
    with engine.connect() as connection, connection.begin():
        yield connection


def _transient(error: DBAPIError) -> bool:
    """Another writer held the lock, or PostgreSQL asks for the transaction to be run again."""
    if getattr(error.orig, "sqlstate", None) in _RETRY_SQLSTATES:
        return True
    text = str(error.orig).lower()
    return "database is locked" in text or "database table is locked" in text


def retrying(url: URL, action: Callable[[], T], attempts: int = _ATTEMPTS) -> T:
    """`action` (one whole transaction), run again after transient lock errors; StoreError otherwise."""
    for attempt in range(attempts):
        try:
            return action()
        except DBAPIError as error:
            if not _transient(error) or attempt == attempts - 1:
                raise _store_error(url, error) from None
            time.sleep(min(2.0, 0.05 * 2**attempt) * (0.5 + random.random()))  # noqa: S311 - jitter
        except SQLAlchemyError as error:
            raise _store_error(url, error) from None
    raise AssertionError("unreachable")  # pragma: no cover


def _store_error(url: URL, error: SQLAlchemyError) -> StoreError:
    orig = getattr(error, "orig", None)
    detail = str(orig if orig is not None else error).strip().splitlines()
    return StoreError(f"store {shown(url)}: {detail[0] if detail else type(error).__name__}")
