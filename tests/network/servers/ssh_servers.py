"""Real SSH servers on 127.0.0.1 for the probe tests: AsyncSSH in-process and Debian's OpenSSH sshd.

sshd runs as a private daemon (`/usr/sbin/sshd -D -e -f <conf>`, PROBES.md 4.3) on a free high port
with a host key made here; it needs root, /run/sshd and the sshd privilege-separation user.
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import asyncssh
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from tests.network.servers.openssl_server import free_port

SSHD = Path("/usr/sbin/sshd")  # absolute: sshd re-executes itself
SSHD_START_TIMEOUT = 10.0
OPENSSH_VERSION = re.compile(r"^SSH-2\.0-OpenSSH_(\d+)\.(\d+)")


def sshd_missing_reason() -> str | None:
    """Why sshd cannot run here, or None."""
    if not SSHD.exists():
        return f"{SSHD} is not installed (apt-get install openssh-server)"
    if os.geteuid() != 0:
        return "sshd needs root for privilege separation"
    if not Path("/run/sshd").is_dir():
        return "/run/sshd (sshd's privilege separation directory) is missing"
    return None


@contextlib.asynccontextmanager
async def asyncssh_server(host_key: asyncssh.SSHKey, kex_algs: Sequence[str] = ()) -> AsyncIterator[int]:
    """An AsyncSSH server on 127.0.0.1; yields its port. Empty `kex_algs` means AsyncSSH's defaults."""
    acceptor = await asyncssh.create_server(
        asyncssh.SSHServer,
        "127.0.0.1",
        0,
        server_host_keys=[host_key],
        kex_algs=list(kex_algs) if kex_algs else (),  # () is AsyncSSH's "defaults", [] would be "none"
    )
    try:
        yield acceptor.sockets[0].getsockname()[1]
    finally:
        acceptor.close()
        await acceptor.wait_closed()


def openssh_host_key(kind: str) -> bytes:
    """A fresh private host key in OpenSSH format: "ed25519", "rsa3072" or "ecdsa256"."""
    key: ed25519.Ed25519PrivateKey | rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
    if kind == "ed25519":
        key = ed25519.Ed25519PrivateKey.generate()
    elif kind == "rsa3072":
        key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    elif kind == "ecdsa256":
        key = ec.generate_private_key(ec.SECP256R1())
    else:
        raise ValueError(kind)
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, serialization.NoEncryption()
    )


@dataclass(frozen=True)
class Sshd:
    port: int
    config: Path
    host_key: Path
    log: Path

    def effective(self) -> dict[str, str]:
        """`sshd -T`: the configuration sshd really runs with (keys lower-case, values as printed)."""
        out = subprocess.run(
            [str(SSHD), "-T", "-f", str(self.config)], capture_output=True, text=True, check=True, timeout=10
        ).stdout
        return dict(line.split(" ", 1) for line in out.splitlines() if " " in line)

    def public_blob(self) -> bytes:
        """The host key's public wire blob, read from the key file (not from the server)."""
        return asyncssh.read_private_key(str(self.host_key)).public_data


def _write_config(folder: Path, port: int, key_kind: str, extra: Sequence[str]) -> Sshd:
    host_key = folder / f"host_{key_kind}"
    if not host_key.exists():
        host_key.write_bytes(openssh_host_key(key_kind))
        host_key.chmod(0o600)
    config, log = folder / "sshd_config", folder / "sshd.log"
    lines = [
        f"ListenAddress 127.0.0.1:{port}",
        f"HostKey {host_key}",
        f"PidFile {folder / 'sshd.pid'}",
        "UsePAM no",
        "PasswordAuthentication no",
        "KbdInteractiveAuthentication no",
        "AuthorizedKeysFile none",
        *extra,
    ]
    config.write_text("\n".join(lines) + "\n")
    return Sshd(port, config, host_key, log)


def _answers_ssh(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as conn:
            return conn.recv(4).startswith(b"SSH-")
    except OSError:
        return False


def _wait_ready(process: subprocess.Popen[bytes], sshd: Sshd) -> bool:
    """True once sshd answers with a version line; False if it exited (a port race, say)."""
    deadline = time.monotonic() + SSHD_START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        if _answers_ssh(sshd.port):
            return True
        time.sleep(0.05)
    raise RuntimeError(f"sshd did not start within {SSHD_START_TIMEOUT} s: {sshd.log.read_text()}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


@contextlib.contextmanager
def running_sshd(folder: Path, key_kind: str = "ed25519", extra: Sequence[str] = ()) -> Iterator[Sshd]:
    """A private sshd on a free port of 127.0.0.1, stopped on exit. `extra`: more sshd_config lines."""
    for _attempt in range(3):
        sshd = _write_config(folder, free_port(), key_kind, extra)
        with sshd.log.open("ab") as log:
            process = subprocess.Popen([str(SSHD), "-D", "-e", "-f", str(sshd.config)], stderr=log)
        try:
            if _wait_ready(process, sshd):
                yield sshd
                return
        finally:
            _stop(process)
    raise RuntimeError(f"sshd would not start: {sshd.log.read_text()}")


def openssh_version(banner: str) -> tuple[int, int]:
    """(major, minor) from an OpenSSH version line, e.g. (9, 2) for SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u7."""
    match = OPENSSH_VERSION.match(banner)
    if match is None:
        raise ValueError(f"not an OpenSSH banner: {banner!r}")
    return int(match.group(1)), int(match.group(2))
