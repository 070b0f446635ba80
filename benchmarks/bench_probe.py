"""Speed and correctness of qready's network probes, against testssl.sh and ssh-audit on the same servers.

    .venv/bin/python benchmarks/bench_probe.py                  # everything; records benchmarks/RESULTS.md
    .venv/bin/python benchmarks/bench_probe.py --skip-tools --endpoints 200 --no-results   # quick check

Three measurements, all against real servers on loopback addresses (127.0.0.0/8) started here:
(1) one endpoint: `probe_target` with the full ProbePlan against Go 1.27 and pyOpenSSL, median of
--repeat runs, the capability matrix alone, and the time, connections and CPU of each step;
(2) --endpoints listeners (four Go server processes) probed through `run_probes` and once through
`qready probe --targets FILE`, every answer checked; (3) the server matrix of PROBES.md 4.4/4.5 with
qready (CLI), testssl.sh 3.2.1 and ssh-audit 3.9.0: each tool's answer per cell and wall time per host.
The reference tools are installed into benchmarks/.tools/ when missing. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import hashlib
import json
import os
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from importlib.metadata import version
from pathlib import Path
from statistics import median
from typing import Any

import pytest  # the test servers skip or fail through pytest when a toolchain is missing
from measuring import REPO, RESULTS, _descendants, machine, measure, record, shown

sys.path.insert(0, str(REPO))  # the test servers live in tests/network/servers/
from tests.network.servers import openssl_server, ssh_servers, xservers

from qready.detectors.network import tls_handshake, tls_probe
from qready.detectors.network.probe import ProbePlan, probe_target
from qready.detectors.network.results import GroupStatus, ProbeLimits, TlsReport
from qready.detectors.network.streams import plain_opener
from qready.detectors.network.tls_hello import CAPABILITY_GROUPS, group_name
from qready.discovery.hosts import parse_targets

HERE = Path(__file__).resolve().parent
TOOLS = HERE / ".tools"
BEGIN = "<!-- bench_probe:begin (written by benchmarks/bench_probe.py from a real run; do not edit) -->"
END = "<!-- bench_probe:end -->"
ONE_TARGET_MS, MANY_TARGETS_S = 50.0, 60.0  # issue #5
LIMITS = ProbeLimits()  # qready's defaults, as `qready probe` uses them
GROUPS_ONLY = ProbePlan(preference=False, versions=False, suites=False, signature_schemes=False,
                        certificates=False, host_key=False)  # fmt: skip
Address = tuple[str, int]
SERVER_REFUSALS = (pytest.skip.Exception, pytest.fail.Exception, RuntimeError, OSError)

# NamedGroup code points (IANA TLS Supported Groups registry; PROBES.md 1.1)
X25519, X448, P256, P384, P521, FFDHE2048, FFDHE3072 = 0x001D, 0x001E, 0x0017, 0x0018, 0x0019, 0x0100, 0x0101
MLKEM512, MLKEM768, MLKEM1024 = 0x0200, 0x0201, 0x0202
P256_MLKEM, X25519_MLKEM, P384_MLKEM, X25519_KYBER = 0x11EB, 0x11EC, 0x11ED, 0x6399
GO_CLASSICAL = frozenset({X25519, P256, P384, P521})  # crypto/tls has no x448, ffdhe or brainpool
PAIR = frozenset({X25519, P256})
GO_127 = GO_CLASSICAL | {P256_MLKEM, X25519_MLKEM, P384_MLKEM}
GO_123 = GO_CLASSICAL | {X25519_KYBER}
OPENSSL_DEFAULTS = frozenset({X25519, P256, P384, P521, X448, FFDHE2048, FFDHE3072, P256_MLKEM, X25519_MLKEM})
NODE_DEFAULTS = frozenset({X25519, P256, P384, P521, X448, FFDHE2048, FFDHE3072, X25519_MLKEM})
ALL_PQ_LIST = "X25519MLKEM768:SecP256r1MLKEM768:SecP384r1MLKEM1024:MLKEM768:X25519"
ALL_PQ = frozenset({X25519, MLKEM768, P256_MLKEM, X25519_MLKEM, P384_MLKEM})
# the columns of PROBES.md 4.4, the cells every tool is scored on
TLS_COLUMNS = (X25519, P256, P384, P521, X448, FFDHE2048, MLKEM512, MLKEM768, MLKEM1024,
               P256_MLKEM, X25519_MLKEM, P384_MLKEM, X25519_KYBER)  # fmt: skip
SSH_COLUMNS = ("mlkem768x25519-sha256", "mlkem768nistp256-sha256", "mlkem1024nistp384-sha384",
               "sntrup761x25519-sha512@openssh.com", "sntrup761x25519-sha512")  # fmt: skip
ASYNCSSH_CLASSICAL = ("curve25519-sha256", "ecdh-sha2-nistp256")  # PROBES.md 4.3
SSHD_CLASSICAL = (
    "curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp256,diffie-hellman-group14-sha256"
)

# --------------------------------------------------------------------------------------------- servers


def _this(*args: str) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), *args]


def openssl_child(groups: str | None, cert: str) -> AbstractContextManager[Address]:
    """pyOpenSSL (OpenSSL 4.0) in its own process, so its threads never share the client's GIL."""
    return xservers.serving(_this("--serve-openssl", groups or "default", cert), "pyOpenSSL server")


def asyncssh_child(classical: bool) -> AbstractContextManager[Address]:
    return xservers.serving(_this("--serve-asyncssh", "classical" if classical else "default"), "AsyncSSH")


@contextlib.contextmanager
def sshd(classical: bool) -> Iterator[Address]:
    missing = ssh_servers.sshd_missing_reason()
    if missing:
        raise RuntimeError(missing)
    extra = [f"KexAlgorithms {SSHD_CLASSICAL}"] if classical else []
    with (
        tempfile.TemporaryDirectory(prefix="bench-sshd-") as folder,
        ssh_servers.running_sshd(Path(folder), extra=extra) as daemon,
    ):
        yield "127.0.0.1", daemon.port


def serve_openssl(groups: str, cert: str) -> None:
    with openssl_server.tls_server(None if groups == "default" else groups, cert) as (_, port, _der):  # type: ignore[arg-type]
        print(port, flush=True)
        sys.stdin.read()  # until the parent closes our stdin


def serve_asyncssh(variant: str) -> None:
    import asyncssh  # noqa: PLC0415

    async def run() -> None:
        key = asyncssh.generate_private_key("ssh-ed25519")
        kex = ASYNCSSH_CLASSICAL if variant == "classical" else ()
        async with ssh_servers.asyncssh_server(key, kex) as port:
            print(port, flush=True)
            await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)

    asyncio.run(run())


def openssh_pq_kex(banner: str) -> frozenset[str]:
    """PROBES.md 4.5, from the banner's version: sntrup761 (both names) from 9.0, mlkem768x25519 from 9.9."""
    found = ssh_servers.openssh_version(banner)
    names = set(SSH_COLUMNS[3:]) if found >= (9, 0) else set()
    return frozenset(names | ({SSH_COLUMNS[0]} if found >= (9, 9) else set()))


def read_banner(address: Address) -> str:
    with socket.create_connection(address, timeout=5) as conn:
        return conn.recv(256).split(b"\r\n", 1)[0].decode("ascii", "replace")


def server_cpu() -> float:
    """CPU seconds used so far by this process's descendants (the servers it started)."""
    ticks = 0
    for pid in _descendants(os.getpid()) - {os.getpid()}:
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


# ------------------------------------------------------------------------------ (1) one endpoint


@dataclass(frozen=True)
class Timing:
    what: str
    ms: float  # median wall time
    low: float
    high: float
    connections: int
    client_cpu_ms: float  # per run, this process
    server_cpu_ms: float  # per run, the server processes


@contextlib.contextmanager
def counting_connections() -> Iterator[list[int]]:
    """Counts asyncio.open_connection calls: every probe connection goes through it (streams.open_plain)."""
    original, count = asyncio.open_connection, [0]

    async def counted(*args: Any, **kwargs: Any) -> Any:
        count[0] += 1
        return await original(*args, **kwargs)

    asyncio.open_connection = counted  # type: ignore[assignment]
    try:
        yield count
    finally:
        asyncio.open_connection = original  # type: ignore[assignment]


async def timed(what: str, step: Callable[[], Awaitable[Any]], repeat: int) -> tuple[Timing, Any]:
    with counting_connections() as count:
        answer = await step()  # warm-up: imports, pyOpenSSL contexts; also counts the connections
    walls, cpu, served = [], time.process_time(), server_cpu()
    for _ in range(repeat):
        start = time.perf_counter()
        await step()
        walls.append((time.perf_counter() - start) * 1000)
    client, server = (time.process_time() - cpu) * 1000 / repeat, (server_cpu() - served) * 1000 / repeat
    return Timing(what, median(walls), min(walls), max(walls), count[0], client, server), answer


def groups_right(report: TlsReport, supported: frozenset[int]) -> tuple[int, int]:
    want = {
        g: GroupStatus.SUPPORTED if g in supported else GroupStatus.NOT_SUPPORTED for g in CAPABILITY_GROUPS
    }
    got = {r.group: r.status for r in report.groups}
    return sum(got.get(g) == status for g, status in want.items()), len(want)


async def one_endpoint(address: Address, supported: frozenset[int], repeat: int) -> list[Timing | str]:
    """The full plan, the capability matrix alone, then each step alone (as probe_tls_target runs them)."""
    target = parse_targets([f"{address[0]}:{address[1]}"])[0]
    opener, at = plain_opener(*address, LIMITS), LIMITS
    full, report = await timed("full plan (probe_target)", lambda: probe_target(target, LIMITS), repeat)
    matrix, alone = await timed(
        "capability matrix alone (20 groups)", lambda: probe_target(target, LIMITS, GROUPS_ONLY), repeat
    )
    right = [groups_right(r, supported) for r in (report, alone)]
    steps: list[tuple[str, Callable[[], Awaitable[Any]]]] = [
        ("versions", lambda: tls_probe.probe_versions(opener, sni=None, limits=at)),
        ("groups", lambda: tls_probe.probe_groups(opener, sni=None, limits=at)),
        ("preference", lambda: tls_probe.probe_preference(opener, sni=None, limits=at)),
        ("suites", lambda: tls_probe.probe_suites(opener, report.versions, sni=None, limits=at)),
        ("certificate handshake", lambda: tls_handshake.handshake(opener, sni=None, limits=at)),
        ("signature schemes", lambda: tls_handshake.probe_signature_schemes(opener, sni=None, limits=at)),
    ]
    timings: list[Timing | str] = [full, matrix]
    for name, step in steps:
        timings.append((await timed(f"step: {name}", step, repeat))[0])
    checks = ", ".join(f"{a}/{b}" for a, b in right)
    timings.append(f"capability cells right (full plan, matrix alone): {checks}; problems: {report.problems}")
    return timings


def single(repeat: int) -> dict[str, list[Timing | str]]:
    servers: dict[str, tuple[Callable[[], AbstractContextManager[Any]], frozenset[int]]] = {
        "Go 1.27.3 defaults": (lambda: xservers.go_tls_server(xservers.GO_1_27), GO_127),
        "pyOpenSSL (OpenSSL 4.0) defaults": (lambda: openssl_child(None, "ec"), OPENSSL_DEFAULTS),
        f"{NODE} (OpenSSL 3.5) defaults": (xservers.node_tls_server, NODE_DEFAULTS),
    }
    found: dict[str, list[Timing | str]] = {}
    for name, (start, supported) in servers.items():
        try:
            with start() as address:
                found[name] = asyncio.run(one_endpoint(address[:2], supported, repeat))
        except SERVER_REFUSALS as refusal:
            found[name] = [f"not available: {refusal}"]
        print(f"one endpoint, {name}: {found[name][0]}")
    return found


# ---------------------------------------------------------------------------- (2) many endpoints


@dataclass(frozen=True)
class Expect:
    """PROBES.md 4.4 (capability), 4.5 (preference), plus the default handshake's group."""

    groups: frozenset[int]
    both: tuple[str, int]  # answer to the hello with X25519MLKEM768 and x25519 shares
    advertised: tuple[str, int]  # answer to the hello listing X25519MLKEM768 with only the x25519 share
    negotiated: str


CLASSICAL_EXPECT = Expect(PAIR, ("server-hello", X25519), ("server-hello", X25519), "x25519")
GO_127_EXPECT = Expect(GO_127, ("server-hello", X25519_MLKEM), ("hello-retry-request", X25519_MLKEM),
                       "X25519MLKEM768")  # fmt: skip
GO_123_EXPECT = Expect(GO_123, ("server-hello", X25519), ("server-hello", X25519), "x25519")
MANY_KINDS = {  # kind -> (toolchain, curves, first address, expectations)
    "go-1.27.3": (xservers.GO_1_27, None, "127.1.0.1", GO_127_EXPECT),
    "go-1.27.3-x25519-p256": (xservers.GO_1_27, "X25519,P256", "127.2.0.1", CLASSICAL_EXPECT),
    "go-1.23.9": (xservers.GO_1_23, None, "127.3.0.1", GO_123_EXPECT),
    "go-1.23.9-x25519-p256": (xservers.GO_1_23, "X25519,P256", "127.4.0.1", CLASSICAL_EXPECT),
}
EXPECT_OF = {kind: spec[3] for kind, spec in MANY_KINDS.items()}


def many_server_binary(toolchain: xservers.GoToolchain) -> Path:
    source = HERE / "bench_probe_servers.go"
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:12]
    binary = xservers.CACHE / "bin" / f"bench_probe_servers-{toolchain.version}-{digest}"
    if not binary.exists():
        binary.parent.mkdir(parents=True, exist_ok=True)
        xservers._go_build(toolchain.goroot(), toolchain.version, source, binary)
    return binary


@contextlib.contextmanager
def many_listeners(kind: str, count: int, cert: Path, key: Path) -> Iterator[list[str]]:
    """One Go process with `count` listeners; yields their "ADDRESS:PORT" specs."""
    toolchain, curves, first, _ = MANY_KINDS[kind]
    command = [str(many_server_binary(toolchain)), "-cert", str(cert), "-key", str(key), "-first", first,
               "-count", str(count), *(["-curves", curves] if curves else [])]  # fmt: skip
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        specs = [line.strip() for line in iter(process.stdout.readline, "ready\n")]
        if len(specs) != count or not all(specs):
            raise RuntimeError(f"{kind}: {len(specs)} of {count} listeners started")
        yield specs
    finally:
        process.terminate()
        process.wait(10)


def score_report(report: TlsReport | None, expect: Expect, cert_hex: str) -> list[bool]:
    """25 cells: 20 capability groups, two preference answers, the handshake's group, the certificate and
    the versions (TLS 1.2 and 1.3 only). A target that failed scores every cell wrong."""
    if report is None or report.problems:
        return [False] * 25
    got = {r.group: r.status for r in report.groups}
    cells = [
        got.get(g) == (GroupStatus.SUPPORTED if g in expect.groups else GroupStatus.NOT_SUPPORTED)
        for g in CAPABILITY_GROUPS
    ]
    answers = [(p.answer, p.group) for p in report.preferences]
    cells += [answers[:1] == [expect.both], answers[1:2] == [expect.advertised]]
    cells.append(report.negotiated == expect.negotiated)
    cells.append([c.hex() for c in report.certificates] == [cert_hex])
    versions = (("TLSv1.0", False), ("TLSv1.1", False), ("TLSv1.2", True), ("TLSv1.3", True))
    return [*cells, report.versions == versions]


def many_child(targets_file: str, expect_file: str, concurrency: int) -> None:
    """Child process of (2): run_probes over every target, recording each report to score it."""
    from qready.engine import probe as engine_probe  # noqa: PLC0415

    expect = json.loads(Path(expect_file).read_text())
    targets = parse_targets(Path(targets_file).read_text().split(), max_hosts=len(expect["kinds"]))
    reports: dict[str, TlsReport] = {}
    original = engine_probe.probe_target

    async def recording(target: Any, *args: Any) -> Any:
        report = await original(target, *args)
        reports[f"{target.host}:{target.port}"] = report
        return report

    engine_probe.probe_target = recording  # type: ignore[assignment]
    request = engine_probe.ProbeRequest(targets, concurrency=concurrency)
    start, cpu = time.perf_counter(), time.process_time()
    results = engine_probe.run_probes(request)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    cells = [c for spec, kind in expect["kinds"].items()
             for c in score_report(reports.get(spec), EXPECT_OF[kind], expect["certificate"])]  # fmt: skip
    ok = sum(o.status == "ok" for r in results for o in r.outcomes)
    summary = {"probing": seconds, "client_cpu": cpu, "ok": ok, "right": sum(cells), "cells": len(cells)}
    print(json.dumps(summary))


def score_cli(report_file: str, expect_file: str) -> None:
    """Child process of (2): score `qready probe`'s JSON report: 20 capability groups (its net.tls.group
    findings) and the group a modern client gets (net.tls.negotiated) per endpoint, and its Outcome."""
    expect = json.loads(Path(expect_file).read_text())
    report = json.loads(Path(report_file).read_text())
    inventory, algorithms = report["assessment"]["inventory"], report["algorithms"]
    groups: dict[str, set[str]] = {spec: set() for spec in expect["kinds"]}
    chosen: dict[str, str] = {}
    for finding in inventory["findings"]:
        where = f"{finding['location'].get('host')}:{finding['location'].get('port')}"
        if finding["rule_id"] == "net.tls.group" and where in groups:
            groups[where].add(finding["symbol"])
        elif finding["rule_id"] == "net.tls.negotiated":
            chosen[where] = algorithms[finding["algorithm"]]["name"]
    right = cells = 0
    for spec, kind in expect["kinds"].items():
        want = EXPECT_OF[kind]
        answers = [(group_name(g) in groups[spec]) == (g in want.groups) for g in CAPABILITY_GROUPS]
        answers.append(chosen.get(spec, "").lower() == group_name(want.both[1]).lower())  # catalog: X25519
        right, cells = right + sum(answers), cells + len(answers)
    ok = sum(o.get("status") == "ok" for o in inventory["outcomes"])
    print(json.dumps({"ok": ok, "right": right, "cells": cells}))


@dataclass(frozen=True)
class ManyRun:
    mode: str
    seconds: float  # wall time of the child process, start to exit
    peak_mib: float
    tree_mib: float | None
    server_cpu: float
    ok: int  # targets whose Outcome is ok
    right: int
    cells: int
    probing: float | None = None  # run_probes alone, measured inside the child
    client_cpu: float | None = None


def qready_launcher() -> list[str]:
    script = Path(sys.executable).with_name("qready")
    return [str(script)] if script.exists() else [sys.executable, "-m", "qready"]


def many_run(mode: str, command: list[str], score: tuple[Path, Path] | None = None) -> ManyRun:
    """One measured child; its summary comes from its stdout (run_probes) or from scoring its report (CLI)."""
    served = server_cpu()
    run = measure(command, ok=(0, 3))
    served = server_cpu() - served
    if score is None:
        summary = json.loads(run.stdout)
    else:  # scored in a child: the report of 1,000 endpoints would grow this process
        scoring = _this("--score-cli", *map(str, score))
        summary = json.loads(subprocess.run(scoring, capture_output=True, text=True, check=True).stdout)
    result = ManyRun(mode, run.seconds, run.peak_mib, run.tree_mib, served, **summary)
    print(f"many: {result}")
    return result


def start_many(stack: contextlib.ExitStack, folder: Path, endpoints: int) -> tuple[Path, Path, str]:
    """The four Go processes of (2); returns the targets file, the expectations file and the layout."""
    share, extra = divmod(endpoints, len(MANY_KINDS))
    counts = [share + (i < extra) for i in range(len(MANY_KINDS))]
    cert_pem, key_pem = openssl_server.certificate("ec")
    (folder / "cert.pem").write_bytes(cert_pem)
    (folder / "key.pem").write_bytes(key_pem)
    kinds: dict[str, str] = {}
    for kind, count in zip(MANY_KINDS, counts, strict=True):
        listeners = many_listeners(kind, count, folder / "cert.pem", folder / "key.pem")
        kinds.update(dict.fromkeys(stack.enter_context(listeners), kind))
    targets, expect = folder / "targets.txt", folder / "expect.json"
    targets.write_text("\n".join(kinds) + "\n")
    certificate = openssl_server.certificate_der("ec").hex()
    expect.write_text(json.dumps({"kinds": kinds, "certificate": certificate}))
    pairs = zip(MANY_KINDS, counts, strict=True)
    return targets, expect, ", ".join(f"{c} x {k} from {MANY_KINDS[k][2]}" for k, c in pairs)


def many(endpoints: int, concurrency: int, repeat: int) -> tuple[dict[str, list[ManyRun]], str]:
    """(2): start the listeners, then probe them all through run_probes and through the CLI, alternating
    `repeat` times (drift on a shared machine hits both alike); every run is scored."""
    runs: dict[str, list[ManyRun]] = {LIBRARY: [], CLI: []}
    with tempfile.TemporaryDirectory(prefix="bench-probe-") as name, contextlib.ExitStack() as stack:
        folder = Path(name)
        targets, expect, layout = start_many(stack, folder, endpoints)
        out = folder / "out"
        cli = [*qready_launcher(), "probe", "--targets", str(targets), "--concurrency", str(concurrency),
               "--max-hosts", str(endpoints), "--format", "json", "--out", str(out), "-q"]  # fmt: skip
        for _ in range(repeat):
            runs[LIBRARY].append(
                many_run(LIBRARY, _this("--many", str(targets), str(expect), str(concurrency)))
            )
            runs[CLI].append(many_run(CLI, cli, (out / "qready.json", expect)))
    return runs, layout


LIBRARY, CLI = "library `run_probes`", "CLI `qready probe --targets FILE`"


# ------------------------------------------------------------------------------- (3) the matrix


@dataclass(frozen=True)
class Row:
    name: str
    protocol: str  # tls or ssh
    start: Callable[[], AbstractContextManager[Any]]
    expected: frozenset[Any] | None  # supported TLS_COLUMNS / offered SSH_COLUMNS; None: from the banner


NODE, GO_PAIR = f"Node {xservers.NODE_VERSION}", "X25519,P256"
ROWS = [
    Row("Go 1.27.3 defaults", "tls", lambda: xservers.go_tls_server(xservers.GO_1_27), GO_127),
    Row("Go 1.23.9 defaults", "tls", lambda: xservers.go_tls_server(xservers.GO_1_23), GO_123),
    Row(f"{NODE} defaults", "tls", xservers.node_tls_server, NODE_DEFAULTS),
    Row("pyOpenSSL defaults", "tls", lambda: openssl_child(None, "ec"), OPENSSL_DEFAULTS),
    Row("pyOpenSSL defaults, ML-DSA-65 cert", "tls", lambda: openssl_child(None, "mldsa65"),
        OPENSSL_DEFAULTS),
    Row("pyOpenSSL all-PQ list", "tls", lambda: openssl_child(ALL_PQ_LIST, "ec"), ALL_PQ),
    Row("Go 1.27.3 X25519,P256", "tls", lambda: xservers.go_tls_server(xservers.GO_1_27, GO_PAIR), PAIR),
    Row("Go 1.23.9 X25519,P256", "tls", lambda: xservers.go_tls_server(xservers.GO_1_23, GO_PAIR), PAIR),
    Row(f"{NODE} X25519:P-256", "tls", lambda: xservers.node_tls_server("X25519:P-256"), PAIR),
    Row("pyOpenSSL X25519:P-256", "tls", lambda: openssl_child("X25519:P-256", "ec"), PAIR),
    Row("AsyncSSH defaults", "ssh", lambda: asyncssh_child(False), frozenset(SSH_COLUMNS[:3])),
    Row("AsyncSSH classical", "ssh", lambda: asyncssh_child(True), frozenset()),
    Row("OpenSSH sshd defaults", "ssh", lambda: sshd(False), None),
    Row("OpenSSH sshd classical KexAlgorithms", "ssh", lambda: sshd(True), frozenset()),
]  # fmt: skip


@dataclass(frozen=True)
class Tool:
    name: str
    command: tuple[str, ...]  # empty when not available
    version: str
    reason: str = ""


@dataclass(frozen=True)
class Answer:
    tool: str
    found: frozenset[Any] | None  # None: the tool gave no answer
    seconds: float | None
    note: str = ""
    inner_ms: float | None = None  # qready only: probe_target in this process, median of 3


@dataclass
class RowResult:
    row: Row
    expected: frozenset[Any] = frozenset()
    answers: list[Answer] = field(default_factory=list)
    note: str = ""


def run_qready(spec: str, protocol: str) -> Answer:
    with tempfile.TemporaryDirectory(prefix="bench-qready-") as folder:
        run = measure(
            [*qready_launcher(), "probe", spec, "--format", "json", "--out", folder, "-q"], ok=(0, 3)
        )
        report = json.loads(Path(folder, "qready.json").read_text())
    inventory, algorithms = report["assessment"]["inventory"], report["algorithms"]
    failed = "; ".join(o["reason"] for o in inventory["outcomes"] if o.get("status") != "ok")
    if protocol == "tls":
        names = {f["symbol"] for f in inventory["findings"] if f["rule_id"] == "net.tls.group"}
        return Answer(
            "qready", frozenset(g for g in TLS_COLUMNS if group_name(g) in names), run.seconds, failed
        )
    found = frozenset(
        f["symbol"]
        for f in inventory["findings"]
        if f["rule_id"] == "net.ssh.kex" and algorithms[f["algorithm"]]["threat"] == "quantum-resistant"
    )
    return Answer("qready", found, run.seconds, failed)


def in_process_ms(spec: str) -> float:
    """probe_target on the same target in this process, median of 3: probing without Python's start-up."""
    target = parse_targets([spec])[0]

    async def once() -> float:
        start = time.perf_counter()
        await probe_target(target, LIMITS)
        return (time.perf_counter() - start) * 1000

    return median(asyncio.run(once()) for _ in range(3))


def startup() -> str:
    runs = sorted(measure([*qready_launcher(), "--version"]).seconds for _ in range(3))
    return f"- qready's CLI start-up alone (`qready --version`, median of 3): {runs[1]:.2f} s"


TESTSSL_NAMES = {"X25519": X25519, "prime256v1": P256, "secp384r1": P384, "secp521r1": P521, "X448": X448,
                 "ffdhe2048": FFDHE2048, **{group_name(g): g for g in TLS_COLUMNS[6:]}}  # fmt: skip
TESTSSL_IDS = ("FS_KEMs", "FS_ECDHE_curves", "DH_groups")  # the JSON ids that name groups (3.2.1)


def run_testssl(tool: Tool, host: str, port: int) -> Answer:
    with tempfile.TemporaryDirectory(prefix="bench-testssl-") as folder:
        out = Path(folder, "testssl.json")
        command = [*tool.command, "-f", "--nodns", "none", "--color", "0", "--warnings", "off",
                   "--jsonfile", str(out), f"{host}:{port}"]  # fmt: skip
        run = measure(command, ok=tuple(range(256)))
        items = json.loads(out.read_text()) if out.exists() else []
    words = {w for i in items if i.get("id") in TESTSSL_IDS for w in str(i.get("finding", "")).split()}
    found = frozenset(TESTSSL_NAMES[w] for w in words if w in TESTSSL_NAMES)
    return Answer(tool.name, found, run.seconds, "" if items else "no JSON written")


def ssh_audit_says_pq(notes: dict[str, list[str]]) -> bool:
    """ssh-audit 3.9.0 marks a PQ hybrid with an info note "... post-quantum resistant algorithm ..." and
    every classical KEX with the warning "does not provide protection against post-quantum attacks"."""
    info, warn = " ".join(notes.get("info", [])), " ".join(notes.get("warn", []))
    return "post-quantum resistant" in info and "does not provide protection against post-quantum" not in warn


def run_ssh_audit(tool: Tool, host: str, port: int) -> Answer:
    run = measure([*tool.command, "-j", "-p", str(port), host], ok=tuple(range(256)))
    try:
        kex = json.loads(run.stdout).get("kex", [])
    except ValueError:
        return Answer(tool.name, None, run.seconds, "no JSON on stdout")
    found = frozenset(e["algorithm"] for e in kex if ssh_audit_says_pq(e.get("notes", {})))
    return Answer(tool.name, found, run.seconds)


def matrix_row(row: Row, tools: dict[str, Tool]) -> RowResult:
    result = RowResult(row)
    try:
        with row.start() as address:
            host, port = address[:2]
            banner = read_banner((host, port)) if row.protocol == "ssh" else ""
            result.expected = row.expected if row.expected is not None else openssh_pq_kex(banner)
            result.note = banner
            spec = f"{host}:{port}" if row.protocol == "tls" else f"ssh://{host}:{port}"
            qready = run_qready(spec, row.protocol)
            result.answers.append(replace(qready, inner_ms=in_process_ms(spec)))
            tool = tools["testssl.sh" if row.protocol == "tls" else "ssh-audit"]
            if not tool.command:
                result.answers.append(Answer(tool.name, None, None, tool.reason))
            elif row.protocol == "tls":
                result.answers.append(run_testssl(tool, host, port))
            else:
                result.answers.append(run_ssh_audit(tool, host, port))
    except SERVER_REFUSALS as refusal:
        result.note = f"server not available: {str(refusal).splitlines()[0]}"
    print(f"matrix, {row.name}: " + ", ".join(f"{a.tool} {a.seconds or 0:.2f} s" for a in result.answers))
    return result


# ----------------------------------------------------------------------------- reference tools


def _apt(*args: str, cwd: Path | None = None) -> None:
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    done = subprocess.run(["apt-get", "-q", *args], cwd=cwd, env=environment, capture_output=True, text=True,
                          check=False, timeout=900)  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"apt-get {' '.join(args)} failed: {done.stderr.strip().splitlines()[-1:]}")


BACKPORTS = Path("/etc/apt/sources.list.d/bookworm-backports.sources")
BACKPORTS_TEXT = (
    "Types: deb\nURIs: http://deb.debian.org/debian\nSuites: bookworm-backports\n"
    "Components: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n"
)


def _codename() -> str:
    for line in Path("/etc/os-release").read_text().splitlines():
        if line.startswith("VERSION_CODENAME="):
            return line.split("=", 1)[1].strip('"')
    return ""


def install_testssl(folder: Path) -> None:
    """testssl.sh from bookworm-backports (3.2.1; bookworm's own 3.0.8 knows no PQ group), unpacked, not
    installed; on another Debian release, that release's own package. Needs root and apt."""
    if not (shutil.which("apt-get") and shutil.which("dpkg-deb")):
        raise RuntimeError("apt-get and dpkg-deb are needed (Debian only)")
    if os.geteuid() != 0:
        raise RuntimeError("apt-get needs root")
    package = "testssl.sh"
    if _codename() == "bookworm":
        listed = [p.read_text() for p in Path("/etc/apt").glob("sources.list*") if p.is_file()]
        listed += [p.read_text() for p in Path("/etc/apt/sources.list.d").glob("*") if p.is_file()]
        if not any("bookworm-backports" in text for text in listed):
            BACKPORTS.write_text(BACKPORTS_TEXT)
        package = "testssl.sh/bookworm-backports"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    _apt("update")
    _apt("download", package, cwd=folder)
    deb = next(folder.glob("testssl.sh_*.deb"))
    subprocess.run(["dpkg-deb", "-x", str(deb), str(folder / "x")], check=True, capture_output=True)
    if shutil.which("dig") is None:  # testssl.sh needs dig or host
        _apt("install", "-y", "--no-install-recommends", "bind9-dnsutils")


def testssl_tool() -> Tool:
    folder = TOOLS / "testssl"
    script = folder / "x" / "usr" / "bin" / "testssl"
    if not script.exists():
        try:
            install_testssl(folder)
        except (OSError, RuntimeError, subprocess.CalledProcessError, StopIteration) as error:
            return Tool("testssl.sh", (), "", f"not available: {error}")
    deb = next(folder.glob("testssl.sh_*.deb"), None)
    release = deb.name.split("_")[1] if deb else "?"
    command = ("env", f"TESTSSL_INSTALL_DIR={folder / 'x' / 'etc' / 'testssl'}", "bash", str(script))
    return Tool("testssl.sh", command, release)


SSH_AUDIT_PIN = "ssh-audit==3.9.0"


def ssh_audit_tool() -> Tool:
    venv = TOOLS / "ssh-audit-venv"
    python, script = venv / "bin" / "python", venv / "bin" / "ssh-audit"
    try:
        if not script.exists():
            subprocess.run(
                [sys.executable, "-m", "venv", "--clear", str(venv)], check=True, capture_output=True
            )
            pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", SSH_AUDIT_PIN]
            subprocess.run(pip, check=True, capture_output=True, timeout=600)
        ask = [str(python), "-c", "import importlib.metadata as m; print(m.version('ssh-audit'))"]
        found = subprocess.run(ask, check=True, capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.SubprocessError) as error:
        return Tool("ssh-audit", (), "", f"not available: {error}")
    return Tool("ssh-audit", (str(script),), found)


# -------------------------------------------------------------------------------------- reporting


def where_time_goes(server: str, timings: list[Timing]) -> str:
    full, steps = timings[0], [t for t in timings if t.what.startswith("step: ")]
    slowest = max(steps, key=lambda t: t.ms)
    share = 100 * full.client_cpu_ms / full.ms
    client, server_ms, step = full.client_cpu_ms, full.server_cpu_ms, slowest.what.removeprefix("step: ")
    return (f"- {server}, where the time goes: the client's CPU is {client:.1f} of {full.ms:.1f} ms "
            f"({share:.0f} %), the server's {server_ms:.1f} ms (on the other core, overlapping); "
            f"slowest step: {step}, {slowest.ms:.1f} ms for {slowest.connections} connections")  # fmt: skip


def single_table(found: dict[str, list[Timing | str]]) -> list[str]:
    lines = ["| server | measured | median ms | min-max ms | connections | client CPU ms | server CPU ms |",
             "|---|---|---:|---:|---:|---:|---:|"]  # fmt: skip
    notes, verdicts = [], []
    for server, timings in found.items():
        for t in timings:
            if isinstance(t, str):
                notes.append(f"- {server}: {t}")
                continue
            lines.append(
                f"| {server} | {t.what} | {t.ms:.1f} | {t.low:.1f}-{t.high:.1f} | {t.connections} "
                f"| {t.client_cpu_ms:.1f} | {t.server_cpu_ms:.1f} |"
            )
        full = next((t for t in timings if isinstance(t, Timing)), None)
        if full is not None:
            verdict = "met" if full.ms <= ONE_TARGET_MS else "**NOT met**"
            verdicts.append(f"{server} {full.ms:.1f} ms: {verdict}")
            notes.append(where_time_goes(server, [t for t in timings if isinstance(t, Timing)]))
    target = f"Target <= {ONE_TARGET_MS:g} ms for the full plan: " + "; ".join(verdicts) + "."
    return [*lines, "", target, *notes]


def many_table(runs: dict[str, list[ManyRun]], endpoints: int, concurrency: int, layout: str) -> list[str]:
    lines = [f"{endpoints:,} endpoints ({layout}), concurrency {concurrency}, qready's default limits; "
             f"median of {len(runs[LIBRARY])} alternating runs per mode.", "",
             "| mode | wall s (process) | probing s | endpoints/s | peak RSS MiB | tree PSS MiB "
             "| outcomes ok | cells right | client CPU s | server CPU s |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]  # fmt: skip
    verdicts, every = [], []
    for mode, mode_runs in runs.items():
        r = sorted(mode_runs, key=lambda run: run.seconds)[len(mode_runs) // 2]
        probing = f"{r.probing:.1f}" if r.probing is not None else "-"
        tree = f"{r.tree_mib:.0f}" if r.tree_mib is not None else "n/a"
        client = f"{r.client_cpu:.1f}" if r.client_cpu is not None else "-"
        rate, cells = endpoints / r.seconds, f"{r.right:,}/{r.cells:,}"
        lines.append(f"| {mode} | {r.seconds:.1f} | {probing} | {rate:.1f} | {r.peak_mib:.0f} | {tree} "
                     f"| {r.ok}/{endpoints} | {cells} | {client} | {r.server_cpu:.1f} |")  # fmt: skip
        verdicts.append(
            f"{mode} {r.seconds:.1f} s: " + ("met" if r.seconds < MANY_TARGETS_S else "**NOT met**")
        )
        scores = ", ".join(f"{m.seconds:.1f} s ({m.right:,}/{m.cells:,} right)" for m in mode_runs)
        every.append(f"- All runs, {mode}: {scores}")
    return [*lines, "", f"Target < {MANY_TARGETS_S:g} s: " + "; ".join(verdicts) + ".", "", *every]


def _cell(key: Any, answer: Answer, expected: frozenset[Any]) -> str:
    if answer.found is None:
        return "?"
    said = "Y" if key in answer.found else "-"
    return said if (key in answer.found) == (key in expected) else f"**{said}** ✗"


def _right(answer: Answer, expected: frozenset[Any], columns: tuple[Any, ...]) -> int:
    return sum(answer.found is not None and (c in answer.found) == (c in expected) for c in columns)


def matrix_table(results: list[RowResult], protocol: str) -> list[str]:
    columns: tuple[Any, ...] = TLS_COLUMNS if protocol == "tls" else SSH_COLUMNS
    heads = [group_name(c) if isinstance(c, int) else c for c in columns]
    lines = ["| server | tool | " + " | ".join(heads) + " | right | wall s | tool / qready | in-process ms |",
             "|---|---|" + "---|" * len(columns) + "---:|---:|---:|---:|"]  # fmt: skip
    for result in (r for r in results if r.row.protocol == protocol):
        if not result.answers:
            lines.append(f"| {result.row.name} | {result.note} |" + " |" * (len(columns) + 4))
            continue
        said = ["Y" if c in result.expected else "-" for c in columns]
        name = f"{result.row.name} ({result.note})" if result.note else result.row.name
        lines.append(f"| {name} | *expected* | " + " | ".join(said) + " | | | | |")
        base = result.answers[0].seconds
        for answer in result.answers:
            cells = " | ".join(_cell(c, answer, result.expected) for c in columns)
            right = (
                f"{_right(answer, result.expected, columns)}/{len(columns)}"
                if answer.found is not None
                else "-"
            )
            wall = f"{answer.seconds:.2f}" if answer.seconds is not None else "-"
            ratio = f"{answer.seconds / base:.1f}" if answer.seconds and base else "-"
            note = f" ({answer.note})" if answer.note else ""
            inner = f"{answer.inner_ms:.0f}" if answer.inner_ms is not None else ""
            lines.append(f"| | {answer.tool}{note} | {cells} | {right} | {wall} | {ratio} | {inner} |")
    return lines


def matrix_totals(results: list[RowResult]) -> list[str]:
    totals: dict[str, list[float]] = {}
    for result in results:
        columns: tuple[Any, ...] = TLS_COLUMNS if result.row.protocol == "tls" else SSH_COLUMNS
        for answer in result.answers:
            if answer.found is None or answer.seconds is None:
                continue
            entry = totals.setdefault(answer.tool + " " + result.row.protocol.upper(), [0, 0, 0.0, 0.0])
            entry[0] += _right(answer, result.expected, columns)
            entry[1] += len(columns)
            entry[2] += answer.seconds
            entry[3] += 1
    return [f"- {name}: {r:.0f}/{c:.0f} cells right, {s:.1f} s over {n:.0f} hosts ({s / n:.2f} s per host)"
            for name, (r, c, s, n) in sorted(totals.items())]  # fmt: skip


def versions(tools: dict[str, Tool]) -> str:
    from cryptography.hazmat.backends.openssl import backend  # noqa: PLC0415

    openssl = backend.openssl_version_text()
    parts = [f"qready {version('qready')}", f"cryptography {version('cryptography')} ({openssl})",
             f"Go {xservers.GO_1_27.version}, {xservers.GO_1_23.version}", NODE,
             f"asyncssh {version('asyncssh')}"]  # fmt: skip
    parts += [f"{t.name} {t.version}" if t.command else f"{t.name} {t.reason}" for t in tools.values()]
    return ", ".join(parts)


def section(parts: dict[str, list[str]], tools: dict[str, Tool]) -> str:
    command = shlex.join([shown(sys.executable), shown(__file__), *sys.argv[1:]])
    head = [BEGIN, "## bench_probe: qready's TLS and SSH probes (one endpoint, many endpoints) and the "
            "reference tools on the same servers", "",
            f"- Date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC", f"- Machine: {machine()}",
            f"- Versions: {versions(tools)}", f"- Command: `{command}`", ""]  # fmt: skip
    body = [line for title, lines in parts.items() for line in (f"### {title}", "", *lines, "")]
    return "\n".join([*head, *body, END])


# ------------------------------------------------------------------------------------------- main


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=21, help="timed runs per one-endpoint measurement")
    parser.add_argument("--endpoints", type=int, default=1000, help="listeners for (2) (default 1000)")
    parser.add_argument("--many-repeat", type=int, default=3, help="alternating runs of each mode in (2)")
    parser.add_argument("--concurrency", type=int, default=32, help="targets probed at once in (2)")
    parser.add_argument(
        "--wait-load", type=float, help="before each part, wait (15 min at most) for a quieter machine"
    )
    parser.add_argument("--skip-tools", action="store_true", help="no testssl.sh / ssh-audit (not installed)")
    parser.add_argument("--only", choices=["single", "many", "matrix"], help="run one part (records nothing)")
    parser.add_argument("--results", type=Path, default=RESULTS, help="results file (default RESULTS.md)")
    parser.add_argument("--no-results", action="store_true", help="print the tables only")
    hidden = argparse.SUPPRESS  # child processes of this script
    parser.add_argument("--serve-openssl", nargs=2, metavar=("GROUPS", "CERT"), help=hidden)
    parser.add_argument("--serve-asyncssh", metavar="VARIANT", help=hidden)
    parser.add_argument("--many", nargs=3, metavar=("TARGETS", "EXPECT", "CONCURRENCY"), help=hidden)
    parser.add_argument("--score-cli", nargs=2, metavar=("REPORT", "EXPECT"), help=hidden)
    return parser.parse_args()


def child(args: argparse.Namespace) -> bool:
    if args.serve_openssl:
        serve_openssl(*args.serve_openssl)
    elif args.serve_asyncssh:
        serve_asyncssh(args.serve_asyncssh)
    elif args.many:
        many_child(args.many[0], args.many[1], int(args.many[2]))
    elif args.score_cli:
        score_cli(*args.score_cli)
    else:
        return False
    return True


def many_part(endpoints: int, concurrency: int, repeat: int) -> list[str]:
    runs, layout = many(endpoints, concurrency, repeat)
    return many_table(runs, endpoints, concurrency, layout)


def matrix_part(tools: dict[str, Tool]) -> list[str]:
    results = [matrix_row(row, tools) for row in ROWS]
    return [*MATRIX_LEGEND, "", *matrix_table(results, "tls"), "", *matrix_table(results, "ssh"), "",
            *matrix_totals(results), startup()]  # fmt: skip


def loaded(limit: float | None, part: Callable[[], list[str]]) -> list[str]:
    """Run one part, after waiting (at most 15 min) for the 1-minute load average to fall below `limit`;
    the part's lines end with the load average before and after it, so a busy machine shows."""
    deadline = time.monotonic() + 900
    while limit is not None and os.getloadavg()[0] >= limit and time.monotonic() < deadline:
        time.sleep(10)
    before = os.getloadavg()[0]
    lines = part()
    after = os.getloadavg()[0]
    cores = len(os.sched_getaffinity(0))
    return [
        *lines,
        "",
        f"Load average (1 min) before / after this part: {before:.2f} / {after:.2f} ({cores} cores).",
    ]


def main() -> None:
    args = arguments()
    if child(args):
        return
    if min(args.repeat, args.many_repeat, args.concurrency) < 1 or args.endpoints < len(MANY_KINDS):
        raise SystemExit(
            "--repeat, --many-repeat and --concurrency must be at least 1, --endpoints at least 4"
        )
    wanted = {args.only} if args.only else {"single", "many", "matrix"}
    if args.skip_tools:
        tools = {name: Tool(name, (), "", "not run (--skip-tools)") for name in ("testssl.sh", "ssh-audit")}
    else:
        tools = {"testssl.sh": testssl_tool(), "ssh-audit": ssh_audit_tool()}
    parts: dict[str, list[str]] = {}
    if "single" in wanted:
        parts["1. One loopback endpoint, full TLS plan"] = loaded(
            args.wait_load, lambda: single_table(single(args.repeat))
        )
    if "many" in wanted:
        title = f"2. {args.endpoints:,} loopback endpoints at bounded concurrency"
        parts[title] = loaded(
            args.wait_load, lambda: many_part(args.endpoints, args.concurrency, args.many_repeat)
        )
    if "matrix" in wanted:
        title = "3. The server matrix: each tool's answer per cell (PROBES.md 4.4, 4.5)"
        parts[title] = loaded(args.wait_load, lambda: matrix_part(tools))
    text = section(parts, tools)
    print(text)
    if args.no_results or args.only:
        return
    record(text, args.results, BEGIN, END)


MATRIX_LEGEND = [
    "TLS cells: Y = the tool reports the group as supported, - = not; *expected* is PROBES.md 4.4 "
    "(capability, TLS 1.3). SSH cells: Y = the tool lists the KEX and calls it post-quantum; the OpenSSH "
    "row's expectation follows its banner (PROBES.md 4.5). **Bold ✗** = wrong. Wall time: each tool as a "
    "fresh process per host, start to exit (qready: `qready probe HOST:PORT --format json --out TMP -q`, "
    "the full plan; testssl.sh: `-f` (forward secrecy: groups and KEMs) `--nodns none`, one JSON file; "
    "ssh-audit: `-j`, its defaults)."
]


if __name__ == "__main__":
    main()
