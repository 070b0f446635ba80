"""Store fixtures: every store test runs against SQLite (a file in the test's folder) and a real PostgreSQL
server on 127.0.0.1 (a private cluster per test session, run as `nobody`, a fresh database per test)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import psycopg
import pytest
from tests.postgres_cluster import HOST, SUPERUSER, postgres_cluster, postgres_missing

from qready.assess import assess
from qready.engine import scan
from qready.model import Assessment

ESTATE = Path(__file__).resolve().parents[2] / "examples" / "estate"
PASSWORDS = ESTATE.parent / "passwords.txt"


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A private cluster for the session (`max_connections` room for the concurrency tests); its URL
    without a database name."""
    if postgres_missing():
        pytest.skip(f"{postgres_missing()} (Debian package postgresql)")
    with postgres_cluster({"max_connections": "40"}) as port:
        yield f"postgresql://{SUPERUSER}@{HOST}:{port}"


def fresh_database(server: str) -> str:
    """A new, empty database on the test cluster; its URL."""
    name = f"qready_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")  # a generated identifier, not user input
    return f"{server}/{name}"


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty store: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store' / 'qready.db'}"
    server = request.getfixturevalue("postgres_server")
    return fresh_database(server)


@pytest.fixture(scope="session")
def estate() -> Assessment:
    """The example estate, scanned and assessed as of a fixed day."""
    passwords = tuple(PASSWORDS.read_text(encoding="utf-8").splitlines())
    inventory = scan(ESTATE, keystore_passwords=passwords, workers=1)
    return assess(inventory, today=date(2026, 6, 1))
