"""Private instances of real STARTTLS daemons on 127.0.0.1, each in its own temporary folder:

- PostgreSQL 15 (Debian `postgresql`): initdb + pg_ctl, as `nobody` when we are root (the postmaster refuses
  root), `ssl = on` with the test certificate or `ssl = off`. System OpenSSL.
- Dovecot 2.3 (Debian `dovecot-imapd`, `dovecot-pop3d`): IMAP and POP3 listeners, `ssl = yes` or `ssl = no`.
  Its master starts as root and drops to the package's dovenull/dovecot users. System OpenSSL.
- OpenLDAP slapd 2.5 (Debian `slapd`): a frontend-only slapd.conf, with or without TLSCertificateFile. GnuTLS.

Each context manager yields (host, port(s), leaf certificate DER) and stops its daemon at the end. The
`*_missing()` functions return why a daemon cannot run here (binary absent, not root), or "" when it can, so
the tests skip with that reason.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from tests.network.servers.openssl_server import (
    HOST,
    CertKind,
    Served,
    certificate,
    certificate_der,
    free_port,
)
from tests.postgres_cluster import postgres_cluster

DOVECOT = Path("/usr/sbin/dovecot")
SLAPD = Path("/usr/sbin/slapd")
LDAP_CORE_SCHEMA = Path("/etc/ldap/schema/core.schema")
# Debian's slapd uses GnuTLS: its priority string, pinned to one group whatever the release's defaults
GNUTLS_P256_ONLY = "NORMAL:-GROUP-ALL:+GROUP-SECP256R1"


class MailServed(NamedTuple):
    host: str
    imap: int
    pop3: int
    cert_der: bytes


def _wait_listening(
    port: int, process: subprocess.Popen[bytes], what: str, seconds: float = 15.0, said: Path | None = None
) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            text = said.read_text(errors="replace")[-600:].strip() if said and said.exists() else ""
            raise RuntimeError(f"{what} exited with {process.returncode}" + (f": {text}" if text else ""))
        with contextlib.suppress(OSError), socket.create_connection((HOST, port), timeout=0.5):
            return
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not listen on {HOST}:{port} within {seconds:g} s")


@contextlib.contextmanager
def _daemon(command: list[str], ports: tuple[int, ...], what: str, folder: Path) -> Iterator[None]:
    """Runs a foreground daemon until the block ends; only this process (and its own children) is stopped.
    Should it exit first, the end of what it wrote to stderr (in `folder`) is in the error."""
    said = folder / f"{what}.stderr"
    with said.open("wb") as stderr:
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr
        )
    try:
        for port in ports:
            _wait_listening(port, process, what, said=said)
        yield
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


@contextlib.contextmanager
def _folder(prefix: str, owner: str | None = None) -> Iterator[Path]:
    root = Path(tempfile.mkdtemp(prefix=prefix))
    root.chmod(0o755)
    if owner is not None and os.geteuid() == 0:
        shutil.chown(root, owner)
    try:
        yield root
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _key_pair(folder: Path, cert: CertKind, owner: str | None = None) -> tuple[Path, Path]:
    cert_pem, key_pem = certificate(cert)
    cert_path, key_path = folder / "server.crt", folder / "server.key"
    cert_path.write_bytes(cert_pem)
    key_path.write_bytes(key_pem)
    key_path.chmod(0o600)
    if owner is not None and os.geteuid() == 0:
        shutil.chown(key_path, owner)
        shutil.chown(cert_path, owner)
    return cert_path, key_path


# --- PostgreSQL -------------------------------------------------------------------------------------------


@contextlib.contextmanager
def postgres_server(*, ssl: bool, cert: CertKind = "ec") -> Iterator[Served]:
    """A private PostgreSQL cluster (tests/postgres_cluster.py) presenting `cert` (server.crt/server.key in
    the data folder, PostgreSQL's default file names)."""
    settings = {"ssl": "on" if ssl else "off", "max_connections": "20"}
    with postgres_cluster(settings, lambda data: _key_pair(data, cert, owner="nobody")) as port:
        yield HOST, port, certificate_der(cert)


# --- Dovecot --------------------------------------------------------------------------------------------


def dovecot_missing() -> str:
    if not DOVECOT.exists():
        return "Dovecot is not installed (Debian packages dovecot-imapd, dovecot-pop3d)"
    return "" if os.geteuid() == 0 else "Dovecot's master process must start as root"


def _dovecot_conf(root: Path, imap: int, pop3: int, ssl: bool, cert: CertKind) -> str:
    lines = [
        f"base_dir = {root}/run",
        f"state_dir = {root}/state",
        "log_path = /dev/stderr",  # (into the file _daemon names in an error)
        f"mail_location = maildir:{root}/mail",
        "listen = 127.0.0.1",
        "protocols = imap pop3",
        f"ssl = {'yes' if ssl else 'no'}",
        "passdb {\n  driver = static\n  args = nopassword=y\n}",
        f"userdb {{\n  driver = static\n  args = uid=nobody gid=nogroup home={root}/home\n}}",
        f"service imap-login {{\n  inet_listener imap {{\n    port = {imap}\n  }}",
        "  inet_listener imaps {\n    port = 0\n  }\n}",
        f"service pop3-login {{\n  inet_listener pop3 {{\n    port = {pop3}\n  }}",
        "  inet_listener pop3s {\n    port = 0\n  }\n}",
    ]
    if ssl:
        cert_path, key_path = _key_pair(root, cert)
        lines += [f"ssl_cert = <{cert_path}", f"ssl_key = <{key_path}", "ssl_curve_list = P-256"]
    return "\n".join(lines) + "\n"


@contextlib.contextmanager
def dovecot_server(*, ssl: bool, cert: CertKind = "ec") -> Iterator[MailServed]:
    assert not dovecot_missing(), dovecot_missing()
    with _folder("qready-dovecot-") as root:
        (root / "state").mkdir()
        imap, pop3 = free_port(), free_port()
        (root / "dovecot.conf").write_text(_dovecot_conf(root, imap, pop3, ssl, cert))
        command = [str(DOVECOT), "-F", "-c", str(root / "dovecot.conf")]
        with _daemon(command, (imap, pop3), "dovecot", root):
            yield MailServed(HOST, imap, pop3, certificate_der(cert))


# --- OpenLDAP slapd ---------------------------------------------------------------------------------------


def slapd_missing() -> str:
    return (
        ""
        if SLAPD.exists() and LDAP_CORE_SCHEMA.exists()
        else "OpenLDAP slapd is not installed (Debian slapd)"
    )


@contextlib.contextmanager
def slapd_server(*, tls: bool, cert: CertKind = "ec") -> Iterator[Served]:
    """slapd with no database (the frontend answers extended operations), in the foreground (-d 0)."""
    assert not slapd_missing(), slapd_missing()
    with _folder("qready-slapd-") as root:
        lines = [f"include {LDAP_CORE_SCHEMA}", f"pidfile {root}/slapd.pid", f"argsfile {root}/slapd.args"]
        if tls:
            cert_path, key_path = _key_pair(root, cert)
            lines += [f"TLSCertificateFile {cert_path}", f"TLSCertificateKeyFile {key_path}"]
            lines.append(f"TLSCipherSuite {GNUTLS_P256_ONLY}")
        (root / "slapd.conf").write_text("\n".join(lines) + "\n")
        port = free_port()
        command = [str(SLAPD), "-f", str(root / "slapd.conf"), "-h", f"ldap://{HOST}:{port}/", "-d", "0"]
        with _daemon(command, (port,), "slapd", root):
            yield HOST, port, certificate_der(cert)
