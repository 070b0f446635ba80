"""Every probe of one target, in order, each step bounded; a failed step is a problem line, not a lost target.

A target whose first connection fails (refused, unreachable, connect timeout, STARTTLS refused) ends
there with a ProbeFailure: the later steps would only repeat the same failure.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import TypeVar

from qready.detectors.network.results import ProbeFailure, ProbeLimits, SshReport, TlsReport
from qready.detectors.network.streams import Opener, Streams, close, plain_opener
from qready.discovery.hosts import HostTarget

T = TypeVar("T")
Admit = Callable[[], Awaitable[None]]


@dataclass(frozen=True)
class ProbePlan:
    """Which TLS steps to run (all by default); SSH always reads KEXINIT, `host_key` adds a key exchange."""

    groups: bool = True
    preference: bool = True
    versions: bool = True
    suites: bool = True
    signature_schemes: bool = True
    certificates: bool = True
    host_key: bool = True


async def _nothing() -> None:
    return None


def _admitted(opener: Opener, admit: Admit, limits: ProbeLimits) -> Opener:
    """Each connection waits for the rate limiter, and a connect timeout is retried `limits.retries` times."""

    async def open_() -> Streams:
        for attempt in range(limits.retries + 1):
            await admit()
            try:
                return await opener()
            except ProbeFailure as failure:
                if attempt == limits.retries or not failure.reason.startswith("connect timeout"):
                    raise
        raise AssertionError("unreachable")

    return open_


class _Steps:
    """Runs steps, keeping each failure as one problem line."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    async def run(self, name: str, step: Awaitable[T], empty: T) -> T:
        try:
            return await step
        except ProbeFailure as failure:
            self.problems.append(f"{name}: {failure.reason}")
            return empty


async def _reach(opener: Opener) -> None:
    """One connection (and STARTTLS preamble) first: an unreachable target fails once, with one reason."""
    _reader, writer = await opener()
    await close(writer)


async def probe_tls_target(
    target: HostTarget, limits: ProbeLimits, plan: ProbePlan = ProbePlan(), admit: Admit = _nothing
) -> TlsReport:
    """Versions, groups, preference, suites, certificate chain and signature schemes of one TLS endpoint."""
    # imported here: a file-only scan never loads pyOpenSSL and the wire code
    from qready.detectors.network import tls_probe  # noqa: PLC0415
    from qready.detectors.network.starttls import starttls_opener  # noqa: PLC0415
    from qready.detectors.network.tls_handshake import handshake, probe_signature_schemes  # noqa: PLC0415

    opener = _admitted(starttls_opener(target.host, target.port, target.starttls, limits), admit, limits)
    await _reach(opener)
    steps = _Steps()
    sni = target.sni
    versions = (
        await steps.run("versions", tls_probe.probe_versions(opener, sni=sni, limits=limits), ())
        if plan.versions
        else ()
    )
    report = TlsReport(target.host, target.port, sni, target.starttls, versions=versions)
    if plan.groups:
        groups = await steps.run("groups", tls_probe.probe_groups(opener, sni=sni, limits=limits), ())
        report = replace(report, groups=groups)
    if plan.preference:
        preferences = await steps.run(
            "preference", tls_probe.probe_preference(opener, sni=sni, limits=limits), ()
        )
        report = replace(report, preferences=preferences)
    if plan.suites and versions:
        suites = await steps.run(
            "suites", tls_probe.probe_suites(opener, versions, sni=sni, limits=limits), ()
        )
        report = replace(report, suites=suites)
    if plan.certificates:
        done = await steps.run("handshake", handshake(opener, sni=sni, limits=limits), None)
        if done is not None:
            report = replace(report, certificates=done.certificates, negotiated=done.group)
    if plan.signature_schemes:
        schemes = await steps.run(
            "signature schemes", probe_signature_schemes(opener, sni=sni, limits=limits), ()
        )
        report = replace(report, signature_schemes=schemes)
    return replace(report, problems=tuple(steps.problems))


async def probe_ssh_target(
    target: HostTarget, limits: ProbeLimits, plan: ProbePlan = ProbePlan(), admit: Admit = _nothing
) -> SshReport:
    from qready.detectors.network.ssh_probe import probe_ssh  # noqa: PLC0415 (asyncssh: only for SSH)

    opener = _admitted(plain_opener(target.host, target.port, limits), admit, limits)
    return await probe_ssh(opener, limits=limits, host=target.host, port=target.port, host_key=plan.host_key)


async def probe_target(
    target: HostTarget, limits: ProbeLimits, plan: ProbePlan = ProbePlan(), admit: Admit = _nothing
) -> TlsReport | SshReport:
    """All probes of one target within its budget (`limits.target_timeout`)."""
    probe = probe_ssh_target if target.transport == "ssh" else probe_tls_target
    try:
        return await asyncio.wait_for(probe(target, limits, plan, admit), limits.target_timeout)
    except TimeoutError:
        raise ProbeFailure(f"target budget of {limits.target_timeout:g} s exhausted") from None
