"""Store fixtures: every store test runs against SQLite (a file in the test's folder) and a real PostgreSQL
server on 127.0.0.1 (a private cluster per test session, run as `nobody`, a fresh database per test)."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import psycopg
import pytest

from qready.assess import assess
from qready.engine import scan
from qready.model import Assessment

HOST = "127.0.0.1"
PG_VERSIONS = ("17", "16", "15")
ESTATE = Path(__file__).resolve().parents[2] / "examples" / "estate"
PASSWORDS = ESTATE.parent / "passwords.txt"


def postgres_bin() -> Path | None:
    """The folder holding initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/<version>/bin."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).resolve().parent
    for version in PG_VERSIONS:
        folder = Path("/usr/lib/postgresql", version, "bin")
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


def _as_nobody(command: list[str]) -> list[str]:
    return ["runuser", "-u", "nobody", "--", *command] if os.geteuid() == 0 else command


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def postgres_cluster() -> Iterator[str]:
    """A private PostgreSQL cluster on a free port; yields the server URL (without a database name)."""
    folder = postgres_bin()
    assert folder is not None
    root = Path(tempfile.mkdtemp(prefix="qready-store-pg-"))
    root.chmod(0o755)
    if os.geteuid() == 0:
        shutil.chown(root, "nobody")
    data, pg_ctl, port = root / "data", str(folder / "pg_ctl"), _free_port()
    try:
        initdb = [str(folder / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync"]
        subprocess.run(_as_nobody(initdb), check=True, capture_output=True, timeout=120)
        settings = {
            "listen_addresses": f"'{HOST}'",
            "port": str(port),
            "unix_socket_directories": f"'{root}'",
        }
        settings |= {"fsync": "off", "max_connections": "40"}
        with (data / "postgresql.conf").open("a") as conf:
            conf.writelines(f"{name} = {value}\n" for name, value in settings.items())
        start = [pg_ctl, "-D", str(data), "-l", str(root / "log"), "-w", "-t", "60", "start"]
        subprocess.run(_as_nobody(start), check=True, capture_output=True, timeout=90)
        try:
            yield f"postgresql://postgres@{HOST}:{port}"
        finally:
            stop = [pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"]
            subprocess.run(_as_nobody(stop), check=False, capture_output=True, timeout=60)
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    if postgres_bin() is None:
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) are not installed (Debian package postgresql)")
    with postgres_cluster() as server:
        yield server


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
