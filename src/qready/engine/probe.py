"""Probe many endpoints at once: bounded concurrency (global and per host), a connection rate limit, and
one Outcome per target. A slow or hostile target uses its own budget and never holds up the others."""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from qready.detectors.network.assets import ssh_detection, tls_detection
from qready.detectors.network.probe import ProbePlan, probe_target
from qready.detectors.network.results import ProbeFailure, ProbeLimits, SshReport
from qready.discovery.hosts import HostTarget
from qready.engine.unit import UnitResult
from qready.knowledge import default_catalog
from qready.model import Endpoint, Outcome, Status

DETECTOR = "network"


@dataclass(frozen=True)
class ProbeRequest:
    targets: tuple[HostTarget, ...]
    limits: ProbeLimits = field(default_factory=ProbeLimits)
    plan: ProbePlan = field(default_factory=ProbePlan)
    concurrency: int = 32  # targets probed at once
    per_host: int = 4  # targets of one host (address or name) probed at once
    rate: float | None = None  # new connections per second, all targets together (None: unlimited)


class RateLimit:
    """Spaces connection attempts at least 1/rate seconds apart (no burst). Clock and sleep are injectable."""

    def __init__(
        self,
        rate: float | None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._interval = 1.0 / rate if rate else 0.0
        self._next = 0.0
        self._clock = clock
        self._sleep = sleep

    async def admit(self) -> None:
        if not self._interval:
            return
        now = self._clock()  # no await between reading and reserving: one event loop, no lock needed
        start = max(now, self._next)
        self._next = start + self._interval
        if start > now:
            await self._sleep(start - now)


def endpoint(target: HostTarget) -> Endpoint:
    return Endpoint(target.scheme, target.host, target.port)


async def _one(target: HostTarget, request: ProbeRequest, limiter: RateLimit) -> UnitResult:
    where = endpoint(target)
    result = UnitResult()
    try:
        report = await probe_target(target, request.limits, request.plan, limiter.admit)
    except ProbeFailure as failure:
        reason = failure.reason
    except Exception as error:  # failure is data: a probe bug ends this target, never the run
        reason = f"{type(error).__name__}: {error}"
    else:
        reason = ""
    if reason:
        result.outcomes.append(Outcome(str(where), Status.FAILED, reason, DETECTOR))
        return result
    result.probed = 1
    catalog = default_catalog()
    if isinstance(report, SshReport):
        detection = ssh_detection(report, catalog, where)
    else:
        detection = tls_detection(report, catalog, where)
    result.findings.extend(detection.findings)
    result.assets.extend(detection.assets)
    reason = "; ".join(dict.fromkeys(detection.problems))
    result.outcomes.append(Outcome(str(where), Status.FAILED if reason else Status.OK, reason, DETECTOR))
    return result


async def _all(request: ProbeRequest, done: Callable[[int], None]) -> list[UnitResult]:
    limiter = RateLimit(request.rate)
    everyone = asyncio.Semaphore(request.concurrency)
    hosts: dict[str, asyncio.Semaphore] = defaultdict(lambda: asyncio.Semaphore(request.per_host))

    async def bounded(target: HostTarget) -> UnitResult:
        async with hosts[target.host], everyone:  # host first: waiting holds no global slot
            result = await _one(target, request, limiter)
        done(1)
        return result

    return list(await asyncio.gather(*(bounded(t) for t in request.targets)))


def run_probes(request: ProbeRequest, done: Callable[[int], None] | None = None) -> list[UnitResult]:
    """One result per target, in the targets' order."""
    if not request.targets:
        return []
    return asyncio.run(_all(request, done or (lambda _count: None)))
