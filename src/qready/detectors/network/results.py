"""Typed results of probing one endpoint. The engine turns them into assets, findings and Outcomes."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class GroupStatus(StrEnum):
    """Answer to a capability probe for one TLS 1.3 group (PROBES.md 2.1)."""

    SUPPORTED = "supported"  # HelloRetryRequest (or ServerHello) naming the group offered
    NOT_SUPPORTED = "not-supported"  # an alert (its code kept in `detail`)
    VIOLATION = "protocol-violation"  # HRR/ServerHello naming a group that was not offered
    NO_TLS13 = "tls1.3-absent"  # alert 70 protocol_version: says nothing about PQ groups
    CLOSED = "closed"  # EOF or reset before an answer
    NOT_TLS = "not-tls"  # the bytes were not a TLS record
    FAILED = "failed"  # timeout, oversized record or message, connection refused (detail says which)
    NOT_TESTED = "not-tested"


class ProbeFailure(Exception):
    """One exchange ended without an answer; `reason` is one line for the Outcome."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class ProbeLimits:
    """Bounds for hostile or slow peers (PROBES.md 5). Seconds and bytes."""

    connect_timeout: float = 5.0
    exchange_timeout: float = 10.0  # one whole exchange (connect excluded), however the peer drips bytes
    target_timeout: float = 120.0  # every probe of one target together
    retries: int = 1  # extra attempts after a connect timeout (a refusal or other error is final)
    max_record: int = 2**14 + 256  # TLSCiphertext limit (RFC 8446 5.2)
    max_handshake: int = 64 * 1024
    max_ssh_packet: int = 35000  # RFC 4253 6.1
    max_banner_lines: int = 1024
    max_banner_bytes: int = 64 * 1024


@dataclass(frozen=True)
class GroupResult:
    group: int  # TLS NamedGroup code point
    name: str  # IANA name (X25519MLKEM768, x25519, secp256r1, ...)
    status: GroupStatus
    detail: str = ""  # "HelloRetryRequest", "alert 40 handshake_failure", "HRR selected 0x001d", ...


@dataclass(frozen=True)
class Preference:
    """What a browser-like hello gets (PROBES.md 2.2)."""

    offered: tuple[int, ...]  # supported_groups, in order
    shares: tuple[int, ...]  # groups given a real key share
    answer: str  # "server-hello", "hello-retry-request", "alert", or a failure reason
    group: int | None = None  # the group the server chose
    share_length: int | None = None  # length of its key_exchange (checked against the group's size)
    detail: str = ""


@dataclass(frozen=True)
class TlsReport:
    """Everything learnt about one TLS endpoint. Empty tuples mean "not probed", see `problems`."""

    host: str
    port: int
    sni: str | None = None
    starttls: str | None = None  # smtp, imap, pop3, ftp, ldap, postgres
    versions: tuple[tuple[str, bool], ...] = ()  # ("TLSv1.3", True), ("TLSv1.0", False) ...
    groups: tuple[GroupResult, ...] = ()
    preferences: tuple[Preference, ...] = ()
    suites: tuple[tuple[str, tuple[int, ...]], ...] = ()  # version -> cipher suite code points accepted
    signature_schemes: tuple[int, ...] = ()  # schemes the server completes a handshake with
    certificates: tuple[bytes, ...] = ()  # DER, leaf first, as presented
    negotiated: str | None = None  # group name a default full handshake used
    problems: tuple[str, ...] = field(default=())  # probe steps that failed, one line each


@dataclass(frozen=True)
class SshReport:
    host: str
    port: int
    banner: str = ""
    kex: tuple[str, ...] = ()  # from KEXINIT, in the server's order, ext-info/kex-strict markers removed
    host_key_algorithms: tuple[str, ...] = ()
    ciphers: tuple[str, ...] = ()  # server to client and client to server, merged, in order
    macs: tuple[str, ...] = ()
    compression: tuple[str, ...] = ()
    host_key: tuple[str, int | None, bytes] | None = None  # (type, bits, public key wire blob)
    problems: tuple[str, ...] = ()


ProbeReport = TlsReport | SshReport
