"""Bounded reading of TLS records and handshake messages, and parsing of ServerHello, HelloRetryRequest and
alerts into typed values (RFC 8446 4.1.3, 4.1.4, 5.1, 6; PROBES.md 2.1, 5).

Sizes are checked before anything is read: a record over `ProbeLimits.max_record` or a handshake message over
`ProbeLimits.max_handshake` ends the exchange. Callers bound the time (streams.exchange).
"""

from __future__ import annotations

import asyncio
import hashlib
import struct
from dataclasses import dataclass

from qready.detectors.network.results import ProbeFailure, ProbeLimits

CHANGE_CIPHER_SPEC, ALERT, HANDSHAKE, APPLICATION_DATA = 20, 21, 22, 23
CLIENT_HELLO, SERVER_HELLO = 1, 2
EXT_SUPPORTED_VERSIONS, EXT_KEY_SHARE = 0x002B, 0x0033
# RFC 8446 4.1.3: a HelloRetryRequest is a ServerHello with this random, SHA-256("HelloRetryRequest").
HRR_RANDOM = hashlib.sha256(b"HelloRetryRequest").digest()

# AlertDescription values: RFC 8446 6, RFC 5246 7.2, RFC 7301 (120), ECH (121); IANA TLS Alerts registry.
ALERT_NAMES = {
    0: "close_notify",
    10: "unexpected_message",
    20: "bad_record_mac",
    21: "decryption_failed",
    22: "record_overflow",
    30: "decompression_failure",
    40: "handshake_failure",
    41: "no_certificate",
    42: "bad_certificate",
    43: "unsupported_certificate",
    44: "certificate_revoked",
    45: "certificate_expired",
    46: "certificate_unknown",
    47: "illegal_parameter",
    48: "unknown_ca",
    49: "access_denied",
    50: "decode_error",
    51: "decrypt_error",
    60: "export_restriction",
    70: "protocol_version",
    71: "insufficient_security",
    80: "internal_error",
    86: "inappropriate_fallback",
    90: "user_canceled",
    100: "no_renegotiation",
    109: "missing_extension",
    110: "unsupported_extension",
    111: "certificate_unobtainable",
    112: "unrecognized_name",
    113: "bad_certificate_status_response",
    114: "bad_certificate_hash_value",
    115: "unknown_psk_identity",
    116: "certificate_required",
    120: "no_application_protocol",
    121: "ech_required",
}


class NotTls(ProbeFailure):
    """The peer's bytes are not a TLS record or message ("not TLS: ...")."""


class PeerClosed(ProbeFailure):
    """The peer closed or reset the connection before sending a single byte."""


@dataclass(frozen=True)
class Alert:
    level: int
    description: int

    @property
    def name(self) -> str:
        return ALERT_NAMES.get(self.description, "unknown")

    def __str__(self) -> str:
        return f"alert {self.description} {self.name}"


@dataclass(frozen=True)
class ServerHello:
    """A ServerHello or, when `retry`, a HelloRetryRequest."""

    legacy_version: int
    random: bytes
    session_id: bytes
    cipher_suite: int
    extensions: dict[int, bytes]
    version: int  # supported_versions when present (TLS 1.3), else legacy_version
    group: int | None  # key_share: HRR selected_group, or the server share's group
    key_exchange_length: int | None  # length of the server share; None for an HRR or no key_share

    @property
    def retry(self) -> bool:
        return self.random == HRR_RANDOM


@dataclass(frozen=True)
class ClientHello:
    legacy_version: int
    random: bytes
    session_id: bytes
    cipher_suites: tuple[int, ...]
    extensions: dict[int, bytes]


class _Cursor:
    """Reads length-prefixed fields; running past the end is `not TLS: truncated <what>`."""

    def __init__(self, data: bytes, what: str) -> None:
        self.data, self.what, self.pos = data, what, 0

    def take(self, count: int) -> bytes:
        if self.pos + count > len(self.data):
            raise NotTls(f"not TLS: truncated {self.what}")
        chunk = self.data[self.pos : self.pos + count]
        self.pos += count
        return chunk

    def u8(self) -> int:
        return self.take(1)[0]

    def u16(self) -> int:
        return int(struct.unpack("!H", self.take(2))[0])

    def vec8(self) -> bytes:
        return self.take(self.u8())

    def vec16(self) -> bytes:
        return self.take(self.u16())

    def at_end(self) -> bool:
        return self.pos == len(self.data)


def _extensions(cursor: _Cursor) -> dict[int, bytes]:
    """The extension block, if any (a TLS 1.2 hello may end without one)."""
    found: dict[int, bytes] = {}
    if cursor.at_end():
        return found
    block = _Cursor(cursor.vec16(), cursor.what + " extensions")
    while not block.at_end():
        kind = block.u16()
        if kind in found:
            raise NotTls(f"not TLS: {cursor.what} repeats extension {kind:#06x}")
        found[kind] = block.vec16()
    if not cursor.at_end():
        raise NotTls(f"not TLS: {len(cursor.data) - cursor.pos} stray bytes after the {cursor.what}")
    return found


def _key_share(body: bytes | None, retry: bool) -> tuple[int | None, int | None]:
    """(group, key_exchange length) of a ServerHello key_share; an HRR's is just selected_group."""
    if body is None:
        return None, None
    cursor = _Cursor(body, "key_share")
    group = cursor.u16()
    length = None if retry else len(cursor.vec16())
    if not cursor.at_end():
        raise NotTls("not TLS: stray bytes in the key_share")
    return group, length


def parse_server_hello(body: bytes) -> ServerHello:
    """A ServerHello handshake body (after the 4-byte message header)."""
    cursor = _Cursor(body, "ServerHello")
    legacy_version, random = cursor.u16(), cursor.take(32)
    session_id, cipher_suite = cursor.vec8(), cursor.u16()
    cursor.u8()  # legacy_compression_method
    extensions = _extensions(cursor)
    version = legacy_version
    if EXT_SUPPORTED_VERSIONS in extensions:
        selected = _Cursor(extensions[EXT_SUPPORTED_VERSIONS], "supported_versions")
        version = selected.u16()
        if not selected.at_end():
            raise NotTls("not TLS: stray bytes in supported_versions")
    group, length = _key_share(extensions.get(EXT_KEY_SHARE), random == HRR_RANDOM)
    return ServerHello(legacy_version, random, session_id, cipher_suite, extensions, version, group, length)


def parse_client_hello(body: bytes) -> ClientHello:
    """A ClientHello handshake body (after the 4-byte message header)."""
    cursor = _Cursor(body, "ClientHello")
    legacy_version, random, session_id = cursor.u16(), cursor.take(32), cursor.vec8()
    suites = cursor.vec16()
    if len(suites) % 2:
        raise NotTls("not TLS: odd cipher_suites length")
    cursor.vec8()  # legacy_compression_methods
    extensions = _extensions(cursor)
    codes = tuple(struct.unpack(f"!{len(suites) // 2}H", suites))
    return ClientHello(legacy_version, random, session_id, codes, extensions)


def parse_alert(fragment: bytes) -> Alert:
    if len(fragment) < 2:
        raise NotTls(f"not TLS: alert record of {len(fragment)} byte(s)")
    return Alert(fragment[0], fragment[1])


class RecordReader:
    """Reads records and handshake messages from one stream within `limits`, skipping ChangeCipherSpec."""

    def __init__(self, reader: asyncio.StreamReader, limits: ProbeLimits) -> None:
        self.reader, self.limits = reader, limits
        self.received = 0
        self.pending = b""  # handshake bytes beyond the last message returned

    async def _read(self, count: int, what: str) -> bytes:
        try:
            data = await self.reader.readexactly(count)
        except asyncio.IncompleteReadError as error:
            if self.received == 0 and not error.partial:
                raise PeerClosed("closed before any answer") from None
            raise ProbeFailure(f"closed after {len(error.partial)} bytes of {what}") from None
        except ConnectionError:
            if self.received == 0:
                raise PeerClosed("connection reset before any answer") from None
            raise ProbeFailure(f"connection reset while reading {what}") from None
        except OSError as error:
            raise ProbeFailure(f"socket error while reading {what}: {error.strerror or error}") from None
        self.received += count
        return data

    async def record(self) -> tuple[int, bytes]:
        """(content type, fragment) of the next record, its header checked before the body is read."""
        header = await self._read(5, "TLS record header")
        kind, major, length = header[0], header[1], int.from_bytes(header[3:5], "big")
        if (
            kind not in (CHANGE_CIPHER_SPEC, ALERT, HANDSHAKE, APPLICATION_DATA)
            or major != 3
            or header[2] > 4
        ):
            raise NotTls(f"not TLS: record header {header.hex()}{_printable(header)}")
        if length > self.limits.max_record:
            raise ProbeFailure(f"oversized record: {length} bytes > {self.limits.max_record}")
        if length == 0 and kind != APPLICATION_DATA:
            raise NotTls(f"not TLS: empty record of type {kind}")
        return kind, await self._read(length, "TLS record")

    async def message(self) -> tuple[int, bytes] | Alert:
        """The next handshake message (type, body), reassembled across records, or the alert sent instead."""
        buffer = self.pending
        while True:
            if len(buffer) >= 4:
                length = int.from_bytes(buffer[1:4], "big")
                if length > self.limits.max_handshake:
                    raise ProbeFailure(
                        f"oversized handshake message: {length} bytes > {self.limits.max_handshake}"
                    )
                if len(buffer) >= 4 + length:
                    self.pending = buffer[4 + length :]
                    return buffer[0], buffer[4 : 4 + length]
            kind, fragment = await self.record()
            if kind == ALERT:
                return parse_alert(fragment)
            if kind == APPLICATION_DATA:
                raise NotTls("not TLS: application data before the handshake finished")
            if kind == HANDSHAKE:
                buffer += fragment


def _printable(data: bytes) -> str:
    return " " + repr(data.decode("ascii")) if all(32 <= b < 127 for b in data) else ""


async def read_server_hello(reader: asyncio.StreamReader, limits: ProbeLimits) -> ServerHello | Alert:
    """The server's first handshake message, which must be a ServerHello or HRR, or the alert sent instead."""
    answer = await RecordReader(reader, limits).message()
    if isinstance(answer, Alert):
        return answer
    kind, body = answer
    if kind != SERVER_HELLO:
        raise ProbeFailure(f"handshake message type {kind} where a ServerHello was expected")
    return parse_server_hello(body)
