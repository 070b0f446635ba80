"""Raw TLS probes: which groups a server supports, what a modern client gets, which versions and cipher
suites it accepts (PROBES.md 2.1, 2.2, 4.4, 4.5). Each probe sends ClientHellos and reads only the first
server flight, one connection per question, at most `concurrency` connections at a time.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Sequence
from functools import cache
from typing import TypeVar

from qready.detectors.network.results import GroupResult, GroupStatus, Preference, ProbeFailure, ProbeLimits
from qready.detectors.network.streams import Opener, Streams, exchange
from qready.detectors.network.tls_hello import (
    BROWSER_GROUPS,
    CAPABILITY_GROUPS,
    GROUPS,
    SIGNATURE_SCHEMES,
    TLS10,
    TLS11,
    TLS12,
    TLS13,
    VERSION_NAMES,
    X25519,
    X25519MLKEM768,
    group_name,
    legacy_hello,
    preference_hello,
    tls13_hello,
)
from qready.detectors.network.tls_records import Alert, NotTls, PeerClosed, ServerHello, read_server_hello
from qready.knowledge.tls_registry import TLS13_ALL_SUITES, cipher_suites

T = TypeVar("T")
Answer = ServerHello | Alert
PROTOCOL_VERSION_ALERT = 70
DEFAULT_CONCURRENCY = 4
MAX_SUITE_CONNECTIONS = 128  # per version; more accepted suites than this is reported as a failure


async def _bounded(jobs: Iterable[Callable[[], Awaitable[T]]], concurrency: int) -> list[T]:
    """Run the jobs with at most `concurrency` at once; results in job order. When jobs fail, the others
    still finish (each is deadline-bounded) and the first failure is raised."""
    gate = asyncio.Semaphore(max(1, concurrency))

    async def run(job: Callable[[], Awaitable[T]]) -> T:
        async with gate:
            return await job()

    results = await asyncio.gather(*(run(job) for job in jobs), return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException):
            raise result
    return [result for result in results if not isinstance(result, BaseException)]


async def ask(opener: Opener, hello: bytes, limits: ProbeLimits) -> Answer:
    """Send one ClientHello on a fresh connection and read the ServerHello, HRR or alert it gets."""

    async def talk(streams: Streams) -> Answer:
        reader, writer = streams
        try:
            writer.write(hello)
            await writer.drain()
        except ConnectionError:
            raise PeerClosed("connection reset before any answer") from None
        except OSError as error:
            raise ProbeFailure(
                f"socket error while sending the ClientHello: {error.strerror or error}"
            ) from None
        return await read_server_hello(reader, limits)

    return await exchange(opener, talk, limits)


def _failure_status(failure: ProbeFailure) -> GroupStatus:
    if isinstance(failure, PeerClosed):
        return GroupStatus.CLOSED
    return GroupStatus.NOT_TLS if isinstance(failure, NotTls) else GroupStatus.FAILED


def _kind(hello: ServerHello) -> str:
    return "HelloRetryRequest" if hello.retry else "ServerHello"


def classify_group(group: int, answer: Answer) -> GroupResult:
    """PROBES.md 2.1: the answer to a TLS 1.3-only hello offering `group` alone, with an empty key_share."""
    name = group_name(group)
    if isinstance(answer, Alert):
        status = (
            GroupStatus.NO_TLS13
            if answer.description == PROTOCOL_VERSION_ALERT
            else GroupStatus.NOT_SUPPORTED
        )
        return GroupResult(group, name, status, str(answer))
    kind = _kind(answer)
    if answer.version != TLS13:
        detail = f"{kind} for version {answer.version:#06x}, only TLS 1.3 offered"
        return GroupResult(group, name, GroupStatus.VIOLATION, detail)
    if answer.group is None:
        return GroupResult(group, name, GroupStatus.FAILED, f"{kind} without key_share")
    if answer.group != group:
        detail = f"{kind} selected {answer.group:#06x} ({group_name(answer.group)}), not offered"
        return GroupResult(group, name, GroupStatus.VIOLATION, detail)
    return GroupResult(group, name, GroupStatus.SUPPORTED, kind)


async def _probe_group(
    opener: Opener, group: int, sni: str | None, limits: ProbeLimits, sigalgs: Sequence[int]
) -> GroupResult:
    try:
        answer = await ask(opener, tls13_hello([group], sni=sni, sigalgs=sigalgs), limits)
    except ProbeFailure as failure:
        return GroupResult(group, group_name(group), _failure_status(failure), failure.reason)
    return classify_group(group, answer)


async def probe_groups(
    opener: Opener,
    groups: Sequence[int] = CAPABILITY_GROUPS,
    *,
    sni: str | None,
    limits: ProbeLimits,
    sigalgs: Sequence[int] = SIGNATURE_SCHEMES,
    concurrency: int = DEFAULT_CONCURRENCY,
) -> tuple[GroupResult, ...]:
    """One capability probe per group (PROBES.md 2.1), in the order given."""
    jobs = [lambda g=group: _probe_group(opener, g, sni, limits, sigalgs) for group in groups]
    return tuple(await _bounded(jobs, concurrency))


def _check_server_hello(answer: ServerHello, shares: Sequence[int]) -> str:
    """Why a ServerHello to a preference hello breaks RFC 8446 4.2.8, or "" when it does not."""
    if answer.group is None:
        return "ServerHello without key_share"
    if answer.group not in shares:
        return f"ServerHello chose {group_name(answer.group)}, which was given no key share"
    expected = GROUPS[answer.group].server_share
    if answer.key_exchange_length != expected:
        return f"{group_name(answer.group)} share of {answer.key_exchange_length} bytes, expected {expected}"
    return ""


def _check_retry(answer: ServerHello, offered: Sequence[int], shares: Sequence[int]) -> str:
    """Why an HRR to a preference hello breaks RFC 8446 4.1.4, or "" when it does not."""
    if answer.group is None:
        return "HelloRetryRequest without key_share"
    if answer.group not in offered:
        return f"HelloRetryRequest selected {answer.group:#06x} ({group_name(answer.group)}), not offered"
    if answer.group in shares:
        return f"HelloRetryRequest selected {group_name(answer.group)}, whose share was already sent"
    return ""


def classify_preference(offered: Sequence[int], shares: Sequence[int], answer: Answer) -> Preference:
    """PROBES.md 2.2 / 4.5: what a browser-like hello got."""
    base = (tuple(offered), tuple(shares))
    if isinstance(answer, Alert):
        return Preference(*base, "alert", detail=str(answer))
    if answer.version != TLS13:
        return Preference(
            *base, "protocol-violation", detail=f"version {answer.version:#06x}, only TLS 1.3 offered"
        )
    problem = _check_retry(answer, offered, shares) if answer.retry else _check_server_hello(answer, shares)
    if problem:
        return Preference(*base, "protocol-violation", answer.group, answer.key_exchange_length, problem)
    kind = "hello-retry-request" if answer.retry else "server-hello"
    return Preference(*base, kind, answer.group, answer.key_exchange_length, group_name(answer.group or 0))


async def _prefer(
    opener: Opener, offered: Sequence[int], shares: Sequence[int], sni: str | None, limits: ProbeLimits
) -> Preference:
    hello = preference_hello(offered, shares, sni=sni)
    try:
        answer = await ask(opener, hello, limits)
    except ProbeFailure as failure:
        return Preference(tuple(offered), tuple(shares), failure.reason)
    return classify_preference(offered, shares, answer)


async def probe_preference(
    opener: Opener,
    *,
    sni: str | None,
    limits: ProbeLimits,
    hybrid: int = X25519MLKEM768,
    concurrency: int = 2,
) -> tuple[Preference, ...]:
    """Two browser-like hellos listing `hybrid`, x25519, P-256, P-384: one with real shares for the hybrid and
    x25519, one advertising the hybrid with only the x25519 share (PROBES.md 4.5)."""
    offered = (hybrid, *BROWSER_GROUPS[1:])
    variants = ((hybrid, X25519), (X25519,))
    jobs = [lambda s=shares: _prefer(opener, offered, s, sni, limits) for shares in variants]
    return tuple(await _bounded(jobs, concurrency))


@cache
def legacy_suites() -> tuple[int, ...]:
    """Every registered suite a hello for TLS 1.2 or older may offer (no 0x13xx, no NULL_WITH_NULL_NULL)."""
    return tuple(code for code in sorted(cipher_suites()) if code != 0x0000 and code >> 8 != 0x13)


def _version_hello(version: int, suites: Sequence[int], sni: str | None) -> bytes:
    if version == TLS13:  # every group, no key share: any TLS 1.3 server answers with an HRR
        return tls13_hello(CAPABILITY_GROUPS, sni=sni, suites=suites)
    return legacy_hello(version, suites, sni=sni)


async def _accepts(
    opener: Opener, version: int, suites: Sequence[int], sni: str | None, limits: ProbeLimits
) -> int | None:
    """The suite the server picks at `version` from `suites`, or None when it refuses (alert, close, another
    version). Other failures propagate as ProbeFailure naming the version."""
    try:
        answer = await ask(opener, _version_hello(version, suites, sni), limits)
    except PeerClosed:
        return None
    except ProbeFailure as failure:
        raise ProbeFailure(f"{failure.reason} ({VERSION_NAMES[version]} hello)") from None
    if isinstance(answer, Alert) or answer.version != version:
        return None
    if answer.cipher_suite not in suites:
        raise ProbeFailure(
            f"{VERSION_NAMES[version]}: server chose suite {answer.cipher_suite:#06x}, not offered"
        )
    return answer.cipher_suite


def _candidates(version: int) -> tuple[int, ...]:
    return TLS13_ALL_SUITES if version == TLS13 else legacy_suites()


async def _version_accepted(opener: Opener, version: int, sni: str | None, limits: ProbeLimits) -> bool:
    return await _accepts(opener, version, _candidates(version), sni, limits) is not None


async def probe_versions(
    opener: Opener, *, sni: str | None, limits: ProbeLimits, concurrency: int = DEFAULT_CONCURRENCY
) -> tuple[tuple[str, bool], ...]:
    """("TLSv1.0", accepted) ... ("TLSv1.3", accepted). A version is accepted when a hello offering only it
    (with every registered suite) gets a ServerHello (or HRR) for it. Raises ProbeFailure when a hello got no
    answer at all (timeout, not TLS, oversized), since "refused" would then be a guess."""
    versions = (TLS10, TLS11, TLS12, TLS13)
    jobs = [lambda v=version: _version_accepted(opener, v, sni, limits) for version in versions]
    accepted = await _bounded(jobs, concurrency)
    return tuple((VERSION_NAMES[version], ok) for version, ok in zip(versions, accepted, strict=True))


async def _suites_of(
    opener: Opener, version: int, sni: str | None, limits: ProbeLimits, cap: int
) -> tuple[int, ...]:
    """Offer every candidate, drop the one chosen, repeat until refused: accepted suites, in order chosen."""
    remaining, accepted = list(_candidates(version)), list[int]()
    while remaining:
        if len(accepted) >= cap:
            raise ProbeFailure(f"{VERSION_NAMES[version]}: more than {cap} suites accepted, stopped")
        chosen = await _accepts(opener, version, remaining, sni, limits)
        if chosen is None:
            break
        accepted.append(chosen)
        remaining.remove(chosen)
    return tuple(accepted)


_VERSION_CODES = {name: code for code, name in VERSION_NAMES.items()}


async def probe_suites(
    opener: Opener,
    versions: Iterable[str | tuple[str, bool]],
    *,
    sni: str | None,
    limits: ProbeLimits,
    concurrency: int = 2,
    max_connections: int = MAX_SUITE_CONNECTIONS,
) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """The cipher suites each version accepts, in the order the server chose them. `versions` names them
    ("TLSv1.2") or is probe_versions' answer, whose accepted versions are probed. TLS 1.2 and below: every
    registered suite (qready.knowledge.tls_registry); TLS 1.3: the five RFC 8446 suites, through
    HRR-producing hellos so no key share is needed. At most `max_connections` + 1 connections per version."""
    names = [
        item if isinstance(item, str) else item[0] for item in versions if isinstance(item, str) or item[1]
    ]
    unknown = [name for name in names if name not in _VERSION_CODES]
    if unknown:
        raise ValueError(f"probe_suites: unknown TLS version(s) {unknown}")
    jobs = [
        lambda n=name: _suites_of(opener, _VERSION_CODES[n], sni, limits, max_connections) for name in names
    ]
    found = await _bounded(jobs, concurrency)
    return tuple(zip(names, found, strict=True))
