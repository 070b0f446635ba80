"""The raw TLS probes against fake hostile servers (PROBES.md 3.2, 5): each ends with an exact status and
reason within a short deadline, and never sends more than one hello per connection."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

import pytest
from tests.network import hostile
from tests.network.hostile import Behaviour, Tally, hostile_server, record, server_hello

from qready.detectors.network.results import GroupResult, GroupStatus, Preference, ProbeFailure, ProbeLimits
from qready.detectors.network.streams import Opener, plain_opener
from qready.detectors.network.tls_probe import probe_groups, probe_preference, probe_suites, probe_versions

LIMITS = ProbeLimits(connect_timeout=0.5, exchange_timeout=1.0)
SLACK = 1.5  # seconds allowed past a deadline on a busy 2-core machine
T = TypeVar("T")
X25519MLKEM768, X25519, SECP256R1, SECP384R1 = 0x11EC, 0x001D, 0x0017, 0x0018
TIMEOUT = "timeout: no complete answer within 1 s"

HALF_HELLO = record(22, server_hello(X25519, bytes(32)))[:40]  # header says 84 bytes; 35 of them follow


def run(
    behaviour: Behaviour, probe: Callable[[Opener], Awaitable[T]], tally: Tally | None = None
) -> tuple[T, float]:
    """The probe's result against a fresh hostile server, and the seconds it took."""

    async def scenario() -> T:
        async with hostile_server(behaviour, tally) as (host, port):
            return await probe(plain_opener(host, port, LIMITS))

    start = time.monotonic()
    result = asyncio.run(scenario())
    return result, time.monotonic() - start


def one_group(group: int) -> Callable[[Opener], Awaitable[tuple[GroupResult, ...]]]:
    return lambda opener: probe_groups(opener, [group], sni="example.com", limits=LIMITS)


@pytest.mark.parametrize(
    ("behaviour", "status", "detail"),
    [
        (hostile.drip(), GroupStatus.FAILED, TIMEOUT),
        (hostile.silent, GroupStatus.FAILED, TIMEOUT),
        (
            hostile.replies(b"HTTP/1.1 400 Bad Request\r\n\r\n"),
            GroupStatus.NOT_TLS,
            "not TLS: record header 485454502f 'HTTP/'",
        ),
        (hostile.replies(hostile.GARBAGE), GroupStatus.NOT_TLS, "not TLS: record header 9d3b7a0c5e"),
        (
            hostile.replies(b"\x16\x03\x03\xff\xff", then_close=False),
            GroupStatus.FAILED,
            "oversized record: 65535 bytes > 16640",
        ),
        (
            hostile.replies(b"\x16\x03\x03\x00\x04\x02\xff\xff\xff", then_close=False),
            GroupStatus.FAILED,
            "oversized handshake message: 16777215 bytes > 65536",
        ),
        (hostile.replies(HALF_HELLO), GroupStatus.FAILED, "closed after 35 bytes of TLS record"),
        (hostile.closes, GroupStatus.CLOSED, "closed before any answer"),
    ],
    ids=[
        "drip",
        "silent",
        "http-400",
        "random-bytes",
        "record-0xffff",
        "handshake-0xffffff",
        "half-hello",
        "closes",
    ],
)
def test_capability_probe_ends_with_the_exact_outcome_within_the_deadline(
    behaviour: Behaviour, status: GroupStatus, detail: str
) -> None:
    results, took = run(behaviour, one_group(X25519MLKEM768))
    assert results == (GroupResult(X25519MLKEM768, "X25519MLKEM768", status, detail),)
    assert took < LIMITS.exchange_timeout + SLACK


def test_hrr_naming_a_group_not_offered_is_a_protocol_violation() -> None:
    """PROBES.md 3.2: an HRR for x25519 in reply to an X25519MLKEM768-only hello is never "supported"."""
    wrong_hrr = record(22, server_hello(X25519, retry=True))
    results, _ = run(hostile.replies(wrong_hrr), one_group(X25519MLKEM768))
    detail = "HelloRetryRequest selected 0x001d (x25519), not offered"
    assert results == (GroupResult(X25519MLKEM768, "X25519MLKEM768", GroupStatus.VIOLATION, detail),)


def test_server_hello_naming_another_group_is_a_protocol_violation() -> None:
    wrong = record(22, server_hello(SECP256R1, bytes(65)))
    results, _ = run(hostile.replies(wrong), one_group(X25519MLKEM768))
    detail = "ServerHello selected 0x0017 (secp256r1), not offered"
    assert results == (GroupResult(X25519MLKEM768, "X25519MLKEM768", GroupStatus.VIOLATION, detail),)


def test_tls12_server_hello_to_a_tls13_only_hello_is_a_protocol_violation() -> None:
    tls12 = record(22, server_hello(None, version=None, suite=0xC02F))
    results, _ = run(hostile.replies(tls12), one_group(X25519))
    detail = "ServerHello for version 0x0303, only TLS 1.3 offered"
    assert results == (GroupResult(X25519, "x25519", GroupStatus.VIOLATION, detail),)


def test_endless_hrr_costs_one_hello_per_connection() -> None:
    """A server that answers every hello with an HRR: the capability probe reads one record and stops."""
    tally = Tally()
    groups = (X25519MLKEM768, X25519, SECP256R1)
    probe = lambda opener: probe_groups(opener, groups, sni=None, limits=LIMITS)  # noqa: E731
    results, took = run(hostile.endless_hrr(tally), probe, tally)
    assert results == (
        GroupResult(X25519MLKEM768, "X25519MLKEM768", GroupStatus.SUPPORTED, "HelloRetryRequest"),
        GroupResult(X25519, "x25519", GroupStatus.SUPPORTED, "HelloRetryRequest"),
        GroupResult(SECP256R1, "secp256r1", GroupStatus.SUPPORTED, "HelloRetryRequest"),
    )
    assert (tally.connections, tally.hellos) == (3, [1, 1, 1])
    assert took < LIMITS.exchange_timeout + SLACK


def test_endless_hrr_against_the_preference_probe() -> None:
    """The HRR names the first offered group (X25519MLKEM768): a violation when its share was sent (RFC 8446
    4.1.4), a plain HRR for the advertise-only hello; either way one hello per connection."""
    tally = Tally()
    probe = lambda opener: probe_preference(opener, sni=None, limits=LIMITS)  # noqa: E731
    results, _ = run(hostile.endless_hrr(tally), probe, tally)
    offered = (X25519MLKEM768, X25519, SECP256R1, SECP384R1)
    assert results == (
        Preference(
            offered,
            (X25519MLKEM768, X25519),
            "protocol-violation",
            X25519MLKEM768,
            None,
            "HelloRetryRequest selected X25519MLKEM768, whose share was already sent",
        ),
        Preference(offered, (X25519,), "hello-retry-request", X25519MLKEM768, None, "X25519MLKEM768"),
    )
    assert tally.hellos == [1, 1]


def test_preference_probe_against_a_drip_reports_the_timeout() -> None:
    probe = lambda opener: probe_preference(opener, sni=None, limits=LIMITS)  # noqa: E731
    results, took = run(hostile.drip(), probe)
    offered = (X25519MLKEM768, X25519, SECP256R1, SECP384R1)
    assert results == (
        Preference(offered, (X25519MLKEM768, X25519), TIMEOUT),
        Preference(offered, (X25519,), TIMEOUT),
    )
    assert took < LIMITS.exchange_timeout + SLACK


def test_preference_server_hello_with_a_short_share_is_a_protocol_violation() -> None:
    short = record(22, server_hello(X25519MLKEM768, bytes(1119)))
    probe = lambda opener: probe_preference(opener, sni=None, limits=LIMITS)  # noqa: E731
    results, _ = run(hostile.replies(short), probe)
    offered = (X25519MLKEM768, X25519, SECP256R1, SECP384R1)
    assert results == (
        Preference(
            offered,
            (X25519MLKEM768, X25519),
            "protocol-violation",
            X25519MLKEM768,
            1119,
            "X25519MLKEM768 share of 1119 bytes, expected 1120",
        ),
        Preference(
            offered,
            (X25519,),
            "protocol-violation",
            X25519MLKEM768,
            1119,
            "ServerHello chose X25519MLKEM768, which was given no key share",
        ),
    )


@pytest.mark.parametrize(
    ("behaviour", "reason"),
    [
        (hostile.drip(), TIMEOUT + " (TLSv1.0 hello)"),
        (
            hostile.replies(b"HTTP/1.1 400 Bad Request\r\n\r\n"),
            "not TLS: record header 485454502f 'HTTP/' (TLSv1.0 hello)",
        ),
        (
            hostile.replies(b"\x16\x03\x03\xff\xff", then_close=False),
            "oversized record: 65535 bytes > 16640 (TLSv1.0 hello)",
        ),
    ],
    ids=["drip", "http-400", "record-0xffff"],
)
def test_version_probe_fails_with_the_reason(behaviour: Behaviour, reason: str) -> None:
    async def probe(opener: Opener) -> str:
        try:
            await probe_versions(opener, sni=None, limits=LIMITS)
        except ProbeFailure as failure:
            return failure.reason
        return "no failure"

    outcome, took = run(behaviour, probe)
    assert outcome == reason
    assert took < LIMITS.exchange_timeout + SLACK


def test_version_probe_names_the_version_whose_hello_failed() -> None:
    async def probe(opener: Opener) -> str:
        try:
            await probe_versions(opener, sni=None, limits=LIMITS, concurrency=1)
        except ProbeFailure as failure:
            return failure.reason
        return "no failure"

    outcome, _ = run(hostile.replies(hostile.GARBAGE), probe)
    assert outcome == "not TLS: record header 9d3b7a0c5e (TLSv1.0 hello)"


def test_suite_probe_rejects_a_suite_that_was_not_offered() -> None:
    """A TLS 1.2 ServerHello choosing TLS_AES_128_GCM_SHA256, which a TLS 1.2 hello never offers."""
    odd = record(22, server_hello(None, version=None, suite=0x1301))

    async def probe(opener: Opener) -> str:
        try:
            await probe_suites(opener, ["TLSv1.2"], sni=None, limits=LIMITS)
        except ProbeFailure as failure:
            return failure.reason
        return "no failure"

    outcome, _ = run(hostile.replies(odd), probe)
    assert outcome == "TLSv1.2: server chose suite 0x1301, not offered"


def test_connection_refused_is_a_failed_cell() -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        port = holder.getsockname()[1]  # bound, never listening: connections are refused
        results = asyncio.run(
            probe_groups(plain_opener("127.0.0.1", port, LIMITS), [X25519], sni=None, limits=LIMITS)
        )
    assert results == (GroupResult(X25519, "x25519", GroupStatus.FAILED, "connection refused"),)


def test_probes_keep_to_their_concurrency_bound() -> None:
    tally = Tally()
    groups = (X25519MLKEM768, X25519, SECP256R1, SECP384R1, 0x0019, 0x001E)
    probe = lambda opener: probe_groups(opener, groups, sni=None, limits=LIMITS, concurrency=2)  # noqa: E731
    results, _ = run(hostile.slow_hrr(tally, 0.15), probe, tally)
    assert [result.status for result in results] == [GroupStatus.SUPPORTED] * 6
    assert (tally.connections, tally.peak) == (6, 2)
