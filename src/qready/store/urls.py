"""Where the store lives: the default SQLite file under the user's data folder, and `--store` values.

`sqlite:///path`, `postgresql://...` (also `postgres://` and `postgresql+psycopg://`) or a bare file path.
PostgreSQL always goes through psycopg 3 (`postgresql+psycopg://`), whatever the URL names.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from qready.errors import StoreError

STORE_ENV = "QREADY_STORE"
_POSTGRES_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def data_folder() -> Path:
    """$XDG_DATA_HOME/qready, else %LOCALAPPDATA%/qready on Windows, else ~/.local/share/qready."""
    xdg = os.environ.get("XDG_DATA_HOME")
    if xdg and Path(xdg).is_absolute():
        return Path(xdg) / "qready"
    local = os.environ.get("LOCALAPPDATA")
    if os.name == "nt" and local:
        return Path(local) / "qready"
    return Path.home() / ".local" / "share" / "qready"


def default_store_url() -> str:
    """$QREADY_STORE when set, else the SQLite file qready.db in the user's data folder."""
    return os.environ.get(STORE_ENV) or f"sqlite:///{data_folder() / 'qready.db'}"


def store_url(text: str | None) -> URL:
    """The SQLAlchemy URL for a `--store` value (None: the default store)."""
    raw = (text or "").strip() or default_store_url()
    if "://" not in raw:  # a bare path names a SQLite file
        return URL.create("sqlite", database=str(Path(raw).expanduser()))
    try:
        url = make_url(raw)
    except ArgumentError:
        raise StoreError(
            f"--store {raw!r}: not a database URL (sqlite:///FILE or postgresql://...)"
        ) from None
    if url.drivername in _POSTGRES_SCHEMES:
        return url.set(drivername="postgresql+psycopg")
    if url.drivername in ("sqlite", "sqlite+pysqlite"):
        return url.set(drivername="sqlite")
    raise StoreError(
        f"--store {shown(url)}: unsupported database {url.drivername!r}; use sqlite:///FILE or postgresql://"
    )


def shown(url: URL) -> str:
    """The URL as it may be printed: never with its password."""
    return url.render_as_string(hide_password=True)


def sqlite_file(url: URL) -> Path | None:
    """The database file of a SQLite URL (None for PostgreSQL and in-memory SQLite)."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database or "")
