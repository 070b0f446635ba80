"""Record and handshake reading on crafted bytes: HRR, ServerHello, alerts, messages split across records,
size limits, garbage and early closes (RFC 8446 4.1.3, 4.1.4, 5.1; PROBES.md 2.1, 5)."""

from __future__ import annotations

import asyncio
import itertools

import pytest
from tests.network.hostile import record, server_hello

from qready.detectors.network.results import ProbeFailure, ProbeLimits
from qready.detectors.network.tls_records import (
    HRR_RANDOM,
    Alert,
    NotTls,
    PeerClosed,
    RecordReader,
    ServerHello,
    parse_server_hello,
    read_server_hello,
)

LIMITS = ProbeLimits()
HRR_X25519 = bytes.fromhex(
    "1603030058"  # handshake record, 88 bytes
    "02000054"  # ServerHello, 84 bytes
    "0303"  # legacy_version
    "cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c"  # SHA-256("HelloRetryRequest")
    "20"
    + "11" * 32
    + "1301"  # session_id echo, TLS_AES_128_GCM_SHA256
    "00"  # null compression
    "000c"  # 12 bytes of extensions
    "002b00020304"  # supported_versions TLS 1.3
    "003300020 01d".replace(" ", "")  # key_share: selected_group x25519
)


LONG_SHARE = server_hello(0x001D, bytes(32))  # its key_exchange length is patched to 33 below


def read(data: bytes, limits: ProbeLimits = LIMITS) -> ServerHello | Alert:
    async def scenario() -> ServerHello | Alert:
        reader = asyncio.StreamReader()
        reader.feed_data(data)
        reader.feed_eof()
        return await read_server_hello(reader, limits)

    return asyncio.run(scenario())


def failure(data: bytes, limits: ProbeLimits = LIMITS) -> tuple[type, str]:
    with pytest.raises(ProbeFailure) as caught:
        read(data, limits)
    return type(caught.value), caught.value.reason


def test_hrr_random_is_sha256_of_hello_retry_request() -> None:
    assert HRR_RANDOM.hex().upper() == "CF21AD74E59A6111BE1D8C021E65B891C2A211167ABB8C5E079E09E2C8A8339C"


def test_hand_built_hrr() -> None:
    answer = read(HRR_X25519)
    assert isinstance(answer, ServerHello)
    assert (answer.retry, answer.version, answer.cipher_suite, answer.group, answer.key_exchange_length) == (
        True,
        0x0304,
        0x1301,
        0x001D,
        None,
    )
    assert (answer.legacy_version, answer.session_id) == (0x0303, b"\x11" * 32)


def test_server_hello_with_a_hybrid_share() -> None:
    answer = read(record(22, server_hello(0x11EC, bytes(1120))) + record(20, b"\x01"))
    assert isinstance(answer, ServerHello)
    assert (answer.retry, answer.version, answer.group, answer.key_exchange_length) == (
        False,
        0x0304,
        0x11EC,
        1120,
    )


def test_tls12_server_hello_without_extensions() -> None:
    body = server_hello(None, version=None, suite=0xC02F)[4:]
    body = body[:-2]  # drop the empty extension block: TLS 1.2 allows none at all
    answer = parse_server_hello(body)
    assert (answer.version, answer.cipher_suite, answer.group, answer.extensions) == (
        0x0303,
        0xC02F,
        None,
        {},
    )


def test_alert() -> None:
    answer = read(bytes.fromhex("15030300020228"))
    assert answer == Alert(2, 40)
    assert str(answer) == "alert 40 handshake_failure"
    assert str(Alert(2, 70)) == "alert 70 protocol_version"
    assert str(Alert(2, 222)) == "alert 222 unknown"


def test_change_cipher_spec_is_skipped_and_a_message_may_span_records() -> None:
    """A 1.7 KB SecP384r1MLKEM1024 ServerHello cut into 1-, 2- and 100-byte fragments, after a CCS."""
    message = server_hello(0x11ED, bytes(1665))
    cuts = [0, 1, 3, 103, len(message)]
    fragments = b"".join(record(22, message[a:b]) for a, b in itertools.pairwise(cuts))
    answer = read(record(20, b"\x01") + fragments)
    assert isinstance(answer, ServerHello)
    assert (answer.group, answer.key_exchange_length) == (0x11ED, 1665)


def test_two_messages_in_one_record_come_out_one_by_one() -> None:
    async def scenario() -> list[int]:
        reader = asyncio.StreamReader()
        reader.feed_data(record(22, server_hello(0x001D, bytes(32)) + b"\x08\x00\x00\x02\x00\x00"))
        reader.feed_eof()
        records = RecordReader(reader, LIMITS)
        kinds = []
        for _ in range(2):
            message = await records.message()
            assert not isinstance(message, Alert)
            kinds.append(message[0])
        return kinds

    assert asyncio.run(scenario()) == [2, 8]  # ServerHello, EncryptedExtensions


@pytest.mark.parametrize(
    ("data", "limits", "reason"),
    [
        (b"\x16\x03\x03\xff\xff", LIMITS, "oversized record: 65535 bytes > 16640"),
        (
            b"\x16\x03\x03\x00\x65" + bytes(101),
            ProbeLimits(max_record=100),
            "oversized record: 101 bytes > 100",
        ),
        (
            b"\x16\x03\x03\x00\x04\x02\xff\xff\xff",
            LIMITS,
            "oversized handshake message: 16777215 bytes > 65536",
        ),
        (
            record(22, server_hello(0x11EC, bytes(1120))),
            ProbeLimits(max_handshake=1000),
            "oversized handshake message: 1174 bytes > 1000",  # 40 + 6 + 1128
        ),
    ],
    ids=["record-0xffff", "record-over-limit", "handshake-0xffffff", "handshake-over-limit"],
)
def test_oversize_is_refused_before_reading_it(data: bytes, limits: ProbeLimits, reason: str) -> None:
    assert failure(data, limits) == (ProbeFailure, reason)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"HTTP/1.1 400 Bad Request\r\n\r\n", "not TLS: record header 485454502f 'HTTP/'"),
        (bytes.fromhex("9d3b7a0c5e11f2846a"), "not TLS: record header 9d3b7a0c5e"),
        (b"\x16\x02\x00\x00\x04", "not TLS: record header 1602000004"),  # SSL 2-ish version
        (b"\x16\x03\x03\x00\x00", "not TLS: empty record of type 22"),
        (b"\x15\x03\x03\x00\x01\x02", "not TLS: alert record of 1 byte(s)"),
        (b"\x17\x03\x03\x00\x02hi", "not TLS: application data before the handshake finished"),
        (record(22, b"\x02\x00\x00\x03\x03\x03\x00"), "not TLS: truncated ServerHello"),
        (record(22, LONG_SHARE[:-34] + b"\x00\x21" + LONG_SHARE[-32:]), "not TLS: truncated key_share"),
    ],
    ids=["http", "random", "bad-version", "empty", "short-alert", "app-data", "truncated-hello", "bad-share"],
)
def test_garbage_is_not_tls(data: bytes, reason: str) -> None:
    assert failure(data) == (NotTls, reason)


def test_repeated_extension_is_not_tls() -> None:
    hello = server_hello(0x001D, retry=True)
    extensions = hello[-12:]  # supported_versions + key_share
    body = hello[4:-14] + len(extensions + extensions).to_bytes(2, "big") + extensions + extensions
    message = b"\x02" + len(body).to_bytes(3, "big") + body
    assert failure(record(22, message)) == (NotTls, "not TLS: ServerHello repeats extension 0x002b")


def test_other_handshake_message_first_is_a_failure() -> None:
    reason = "handshake message type 11 where a ServerHello was expected"
    assert failure(record(22, b"\x0b\x00\x00\x00")) == (ProbeFailure, reason)


@pytest.mark.parametrize(
    ("data", "kind", "reason"),
    [
        (b"", PeerClosed, "closed before any answer"),
        (b"\x16\x03", ProbeFailure, "closed after 2 bytes of TLS record header"),
        (
            record(22, server_hello(0x001D, bytes(32)))[:40],
            ProbeFailure,
            "closed after 35 bytes of TLS record",
        ),
        (record(20, b"\x01"), ProbeFailure, "closed after 0 bytes of TLS record header"),
    ],
    ids=["nothing", "half-header", "half-hello", "after-ccs"],
)
def test_early_close(data: bytes, kind: type, reason: str) -> None:
    assert failure(data) == (kind, reason)
