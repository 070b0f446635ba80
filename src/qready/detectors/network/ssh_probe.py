"""Probe an SSH server: its version line, its KEXINIT and, through one key exchange, its host key.

The KEXINIT is read without cryptography (PROBES.md 1.2) over the `Opener`'s streams. The host key's
type and size are only sent inside a key exchange, so a second connection runs one with AsyncSSH,
to the same host and port, and stops before authentication.
"""

from __future__ import annotations

import asyncio
import functools
from dataclasses import replace
from importlib import metadata

import asyncssh
from asyncssh.kex import get_kex_algs
from asyncssh.public_key import get_certificate_algs, get_public_key_algs

from qready.detectors.network.results import ProbeFailure, ProbeLimits, SshReport
from qready.detectors.network.ssh_wire import (
    Banner,
    BannerScanner,
    KexInit,
    client_version_line,
    host_key_facts,
    merged,
    packet_lengths,
    packet_payload,
    server_packet,
)
from qready.detectors.network.streams import Opener, Streams, exchange

MAX_PACKETS_BEFORE_KEXINIT = 8  # IGNORE / DEBUG packets tolerated before the KEXINIT
_READ_SIZE = 4096
HostKey = tuple[str, int | None, bytes]


@functools.cache
def client_software() -> str:
    """`qready_<version>`, the software version in our SSH version line."""
    try:
        version = metadata.version("qready")
    except metadata.PackageNotFoundError:
        version = "unknown"
    return "qready_" + version.replace("-", "_").replace(" ", "_")


async def probe_ssh(
    opener: Opener, *, limits: ProbeLimits, host: str, port: int, host_key: bool = True
) -> SshReport:
    """Banner and KEXINIT (ProbeFailure when they cannot be read); the host key when asked.

    A failed host-key step is recorded in `problems`; the KEXINIT facts are kept.
    """
    banner, kexinit = await exchange(opener, functools.partial(read_server_hello, limits=limits), limits)
    report = ssh_report(host, port, banner, kexinit)
    if not host_key:
        return report
    try:
        key = await fetch_host_key(host, port, kexinit, limits)
    except ProbeFailure as failure:
        return replace(report, problems=(f"host key: {failure.reason}",))
    return replace(report, host_key=key)


def ssh_report(host: str, port: int, banner: Banner, kexinit: KexInit) -> SshReport:
    return SshReport(
        host=host,
        port=port,
        banner=banner.line,
        kex=kexinit.kex,
        host_key_algorithms=kexinit.host_key_algorithms,
        ciphers=merged(kexinit.ciphers_server_to_client, kexinit.ciphers_client_to_server),
        macs=merged(kexinit.macs_server_to_client, kexinit.macs_client_to_server),
        compression=merged(kexinit.compression_server_to_client, kexinit.compression_client_to_server),
    )


async def read_server_hello(streams: Streams, *, limits: ProbeLimits) -> tuple[Banner, KexInit]:
    """Send our version line, then read the server's version line and its KEXINIT."""
    reader, writer = streams
    writer.write(client_version_line(client_software()))
    try:
        await writer.drain()
    except ConnectionError:
        raise ProbeFailure("connection reset while sending the version line") from None
    banner, rest = await _read_banner(reader, limits)
    packets = _PacketReader(reader, rest)
    for _ in range(MAX_PACKETS_BEFORE_KEXINIT + 1):
        kexinit = server_packet(await packets.next_payload(limits))
        if kexinit is not None:
            return banner, kexinit
    raise ProbeFailure(
        f"protocol violation: no KEXINIT in the first {MAX_PACKETS_BEFORE_KEXINIT + 1} packets"
    )


async def _read_banner(reader: asyncio.StreamReader, limits: ProbeLimits) -> tuple[Banner, bytes]:
    scanner = BannerScanner(limits)
    while True:
        try:
            data = await reader.read(_READ_SIZE)
        except ConnectionError:
            raise ProbeFailure("connection reset while reading the version line") from None
        if not data:
            raise scanner.closed()
        found = scanner.feed(data)
        if found is not None:
            return found


class _PacketReader:
    """Unencrypted binary packets (RFC 4253 6), starting with bytes already read with the banner."""

    def __init__(self, reader: asyncio.StreamReader, buffered: bytes) -> None:
        self._reader = reader
        self._buffered = buffered

    async def _exactly(self, count: int, what: str) -> bytes:
        taken, self._buffered = self._buffered[:count], self._buffered[count:]
        if len(taken) == count:
            return taken
        try:
            return taken + await self._reader.readexactly(count - len(taken))
        except asyncio.IncompleteReadError as error:
            raise ProbeFailure(f"closed after {len(taken) + len(error.partial)} bytes of {what}") from None
        except ConnectionError:
            raise ProbeFailure(f"connection reset while reading {what}") from None

    async def next_payload(self, limits: ProbeLimits) -> bytes:
        header = await self._exactly(5, "SSH packet header")
        packet_length, padding_length = packet_lengths(header, limits)
        body = await self._exactly(packet_length - 1, f"SSH packet of {packet_length} bytes")
        return packet_payload(packet_length, padding_length, body)


def _common(offered: tuple[str, ...], supported: list[bytes]) -> list[str]:
    """Names the server offers that AsyncSSH can use, in the server's order (so its first choice wins)."""
    usable = {name.decode("ascii") for name in supported}
    return [name for name in offered if name in usable and not name.startswith("gss-")]


async def fetch_host_key(host: str, port: int, kexinit: KexInit, limits: ProbeLimits) -> HostKey:
    """(type, bits, wire blob) of the host key the server signs a key exchange with. No authentication."""
    kex_algs = _common(kexinit.kex, get_kex_algs())
    key_algs = _common(kexinit.host_key_algorithms, get_public_key_algs() + get_certificate_algs())
    if not kex_algs or not key_algs:
        missing = "key exchange" if not kex_algs else "host key algorithm"
        raise ProbeFailure(f"no {missing} in common with the key-exchange client (AsyncSSH)")
    deadline = limits.connect_timeout + limits.exchange_timeout
    try:
        key = await asyncio.wait_for(
            asyncssh.get_server_host_key(
                host,
                port,
                client_version=client_software(),
                kex_algs=kex_algs,
                server_host_key_algs=key_algs,
                config=None,
                options=_isolated_options(),
            ),
            deadline,
        )
    except TimeoutError:
        raise ProbeFailure(f"timeout: no key exchange within {deadline:g} s") from None
    except (asyncssh.Error, OSError, ValueError) as error:
        raise ProbeFailure(f"key exchange failed: {_one_line(error)}") from None
    if key is None:
        raise ProbeFailure("the key exchange presented no host key")
    return host_key_facts(key.public_data)


def _isolated_options() -> asyncssh.SSHClientConnectionOptions:
    """No ~/.ssh/config (it could send us to a host the user did not name), no user keys, no agent."""
    return asyncssh.SSHClientConnectionOptions(config=None, client_keys=None, agent_path=None)


def _one_line(error: Exception) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text[:200]
