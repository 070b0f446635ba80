"""The probe engine and CLI end to end against real servers on 127.0.0.1: one inventory holding TLS and SSH
endpoints, one Outcome per target, failures that never stop the others, bounded concurrency and rate."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys

import asyncssh
import pytest
from tests.network.hostile import hostile_server, silent
from tests.network.servers.openssl_server import tls_server
from tests.network.servers.ssh_servers import asyncssh_server
from tests.network.threaded import in_thread

from qready.detectors.network.probe import ProbePlan
from qready.detectors.network.results import ProbeLimits, TlsReport
from qready.discovery.hosts import HostTarget, parse_targets
from qready.engine import ScanRequest, run_scan
from qready.engine import probe as engine_probe
from qready.engine.probe import ProbeRequest, RateLimit, run_probes
from qready.model import Certificate, KeyMaterial, ProtocolConfig, Status

QREADY = [sys.executable, "-m", "qready"]
FAST = ProbeLimits(connect_timeout=1.0, exchange_timeout=1.0, target_timeout=20.0, retries=0)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_one_inventory_for_tls_ssh_refused_and_silent_targets() -> None:
    key = asyncssh.generate_private_key("ssh-ed25519")
    closed = _closed_port()
    with (
        tls_server("X25519MLKEM768:X25519", cert="mldsa65") as (host, tls_port, _),
        in_thread(lambda: asyncssh_server(key, ["mlkem768x25519-sha256", "curve25519-sha256"])) as ssh_port,
        in_thread(lambda: hostile_server(silent)) as (_, silent_port),
    ):
        specs = [
            f"{host}:{tls_port}",
            f"ssh://{host}:{ssh_port}",
            f"{host}:{closed}",
            f"{host}:{silent_port}",
        ]
        request = ProbeRequest(parse_targets(specs), FAST, concurrency=4)
        inventory = run_scan(ScanRequest(targets=(), probes=request))
    outcomes = {o.target: (o.status, o.reason) for o in inventory.outcomes}
    assert outcomes[f"tls://127.0.0.1:{tls_port}"] == (Status.OK, "")
    assert outcomes[f"ssh://127.0.0.1:{ssh_port}"] == (Status.OK, "")
    assert outcomes[f"tls://127.0.0.1:{closed}"] == (Status.FAILED, "connection refused")
    silent_status, silent_reason = outcomes[f"tls://127.0.0.1:{silent_port}"]
    assert silent_status is Status.FAILED
    assert "timeout: no complete answer within 1 s" in silent_reason
    assert inventory.endpoints_probed == 3
    configs = {a.locations[0].path: a for a in inventory.assets if isinstance(a, ProtocolConfig)}
    tls = configs[f"tls://127.0.0.1:{tls_port}"]
    assert set(tls.names) >= {"X25519MLKEM768", "X25519", "ML-DSA-65"}
    assert tls.advice is not None and tls.advice.startswith("negotiates post-quantum key exchange")
    ssh = configs[f"ssh://127.0.0.1:{ssh_port}"]
    assert ssh.names[:2] == ("mlkem768x25519-sha256", "curve25519-sha256")
    assert ssh.advice == "post-quantum key exchange offered: mlkem768x25519-sha256"
    (cert,) = [a for a in inventory.assets if isinstance(a, Certificate)]
    assert cert.public_key is not None and cert.public_key.name == "ML-DSA-65"
    (host_key,) = [a for a in inventory.assets if isinstance(a, KeyMaterial)]
    assert host_key.algorithm is not None and (host_key.algorithm.name, host_key.size) == ("Ed25519", 256)
    negotiated = [f for f in inventory.findings if f.rule_id == "net.tls.negotiated"]
    assert [(f.algorithm.name, str(f.location)) for f in negotiated] == [
        ("X25519MLKEM768", f"tls://127.0.0.1:{tls_port}")
    ]


def test_rate_limit_spaces_connections_without_burst() -> None:
    now = [100.0]
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(round(seconds, 6))

    limiter = RateLimit(10.0, clock=lambda: now[0], sleep=sleep)

    async def five() -> None:
        for _ in range(5):
            await limiter.admit()

    asyncio.run(five())
    assert slept == [0.1, 0.2, 0.3, 0.4]  # the first goes at once; then one every 0.1 s of the fake clock
    now[0] = 200.0  # long after: no debt is carried, no burst is saved up
    slept.clear()
    asyncio.run(five())
    assert slept == [0.1, 0.2, 0.3, 0.4]


def test_concurrency_is_bounded_globally_and_per_host(monkeypatch: pytest.MonkeyPatch) -> None:
    running: dict[str, int] = {}
    peaks = {"all": 0, "a": 0, "b": 0}

    async def fake_probe(
        target: HostTarget, limits: ProbeLimits, plan: ProbePlan, admit: object
    ) -> TlsReport:
        running[target.host] = running.get(target.host, 0) + 1
        peaks["all"] = max(peaks["all"], sum(running.values()))
        peaks[target.host] = max(peaks[target.host], running[target.host])
        await asyncio.sleep(0.01)
        running[target.host] -= 1
        return TlsReport(target.host, target.port)

    monkeypatch.setattr(engine_probe, "probe_target", fake_probe)
    targets = tuple(HostTarget(h, port, "tls") for h in ("a", "b") for port in range(1, 11))
    results = run_probes(ProbeRequest(targets, FAST, concurrency=3, per_host=2))
    assert [(r.probed, [(o.target, o.status) for o in r.outcomes]) for r in results] == [
        (1, [(f"tls://{t.host}:{t.port}", Status.OK)]) for t in targets
    ]
    assert (peaks["all"], peaks["a"], peaks["b"]) == (3, 2, 2)


def test_a_probe_bug_is_an_outcome_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    async def broken(*_args: object) -> TlsReport:
        raise KeyError("boom")

    monkeypatch.setattr(engine_probe, "probe_target", broken)
    (result,) = run_probes(ProbeRequest((HostTarget("127.0.0.1", 1, "tls"),), FAST))
    assert [(o.target, o.status, o.reason) for o in result.outcomes] == [
        ("tls://127.0.0.1:1", Status.FAILED, "KeyError: 'boom'")
    ]


def test_cli_probe_json_and_scan_with_host() -> None:
    with tls_server("X25519:P-256", cert="rsa") as (host, port, _):
        probe = subprocess.run(
            [*QREADY, "probe", f"{host}:{port}", "--format", "json", "--timeout", "2"],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        scan = subprocess.run(
            [*QREADY, "scan", "examples/estate/etc/ssl", "--host", f"{host}:{port}", "--format", "table"],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert probe.returncode == 0, probe.stderr
    document = json.loads(probe.stdout)
    findings = document["assessment"]["inventory"]["findings"]
    algorithms = document["algorithms"]
    groups = sorted(algorithms[f["algorithm"]]["name"] for f in findings if f["rule_id"] == "net.tls.group")
    assert groups == ["ECDH-P-256", "X25519"]
    assert document["assessment"]["inventory"]["endpoints_probed"] == 1
    assert scan.returncode == 0, scan.stderr
    assert f"tls://127.0.0.1:{port}" in scan.stdout
    assert "1 endpoint probed" in scan.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["probe"], "qready: error: probe: name at least one target (or --targets FILE)"),
        (
            ["probe", "10.0.0.0/8"],
            "qready: error: target '10.0.0.0/8': 16777214 addresses exceed the limit of 1024",
        ),
        (["probe", "nohost:99999"], "qready: error: target 'nohost:99999': port 99999 is outside 1-65535"),
        (
            ["probe", "--targets", "/nonexistent/targets.txt"],
            "qready: error: --targets /nonexistent/targets.txt: No such file",
        ),
        (["scan"], "qready: error: scan: name at least one path, or a host with --host/--targets"),
    ],
)
def test_cli_errors_are_one_line_and_exit_2(args: list[str], message: str) -> None:
    done = subprocess.run([*QREADY, *args], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert done.stderr.startswith(message), done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
