"""A private PostgreSQL cluster on 127.0.0.1 for the tests that need a real server (the store tests and the
STARTTLS probe tests): initdb and pg_ctl in a temporary folder, on a free port, run as `nobody` when we are
root (the postmaster refuses root), stopped and deleted when the block ends."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

HOST = "127.0.0.1"
PG_VERSIONS = ("17", "16", "15")
SUPERUSER = "postgres"


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


def postgres_missing() -> str:
    """Why no cluster can start here, or "" when one can."""
    return "" if postgres_bin() is not None else "PostgreSQL binaries (initdb, pg_ctl) are not installed"


def as_nobody(command: list[str]) -> list[str]:
    return ["runuser", "-u", "nobody", "--", *command] if os.geteuid() == 0 else command


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def postgres_cluster(
    settings: Mapping[str, str] | None = None, prepare: Callable[[Path], None] | None = None
) -> Iterator[int]:
    """A cluster whose superuser `postgres` logs in without a password; yields its port. `settings` are
    added to postgresql.conf; `prepare` gets the data folder after initdb (e.g. to write server.key)."""
    folder = postgres_bin()
    assert folder is not None, postgres_missing()
    root = Path(tempfile.mkdtemp(prefix="qready-pg-"))
    root.chmod(0o755)
    if os.geteuid() == 0:
        shutil.chown(root, "nobody")
    data, pg_ctl, port = root / "data", str(folder / "pg_ctl"), _free_port()
    try:
        initdb = [str(folder / "initdb"), "-D", str(data), "-A", "trust", "-U", SUPERUSER, "--no-sync"]
        subprocess.run(as_nobody(initdb), check=True, capture_output=True, timeout=120)
        if prepare is not None:
            prepare(data)
        conf = {"listen_addresses": f"'{HOST}'", "port": str(port), "unix_socket_directories": f"'{root}'"}
        conf |= {"fsync": "off", **(settings or {})}
        with (data / "postgresql.conf").open("a") as lines:
            lines.writelines(f"{name} = {value}\n" for name, value in conf.items())
        start = [pg_ctl, "-D", str(data), "-l", str(root / "log"), "-w", "-t", "60", "start"]
        subprocess.run(as_nobody(start), check=True, capture_output=True, timeout=90)
        try:
            yield port
        finally:
            stop = [pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"]
            subprocess.run(as_nobody(stop), check=False, capture_output=True, timeout=60)
    finally:
        shutil.rmtree(root, ignore_errors=True)
