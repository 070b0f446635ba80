"""Fake TLS servers that misbehave on purpose (PROBES.md 5), and ServerHello bytes for crafted answers.

`hostile_server(behaviour)` is an async context manager yielding (host, port) of an asyncio server on
127.0.0.1:0 that runs `behaviour(reader, writer)` for each connection; on exit every handler is cancelled.
The behaviours below are the rows of PROBES.md 5; `Tally` counts what the probes sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import struct
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field

from qready.detectors.network.tls_records import HRR_RANDOM, ClientHello, parse_client_hello

Behaviour = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]
HOST = "127.0.0.1"
GARBAGE = bytes.fromhex("9d3b7a0c5e11f2846a09bb3c7d2e5f6011223344")  # fixed "random" bytes: no record header


def server_hello(
    group: int | None,
    key_exchange: bytes | None = None,
    *,
    retry: bool = False,
    version: int | None = 0x0304,
    suite: int = 0x1301,
    session_id: bytes = b"",
) -> bytes:
    """A ServerHello handshake message (4-byte header included): an HRR when `retry` (key_share = the
    selected group), else a ServerHello whose key_share is group + key_exchange. `version` None: no
    supported_versions (a TLS 1.2 answer); group None: no key_share."""
    extensions = b""
    if version is not None:
        extensions += struct.pack("!HHH", 0x002B, 2, version)
    if group is not None:
        share = struct.pack("!H", group)
        if not retry:
            share += struct.pack("!H", len(key_exchange or b"")) + (key_exchange or b"")
        extensions += struct.pack("!HH", 0x0033, len(share)) + share
    random = HRR_RANDOM if retry else bytes(range(32))
    body = (
        (b"\x03\x03" + random + bytes([len(session_id)]) + session_id + struct.pack("!HB", suite, 0))
        + struct.pack("!H", len(extensions))
        + extensions
    )
    return b"\x02" + len(body).to_bytes(3, "big") + body


def record(content_type: int, fragment: bytes) -> bytes:
    return struct.pack("!BHH", content_type, 0x0303, len(fragment)) + fragment


async def read_client_hello(reader: asyncio.StreamReader) -> ClientHello:
    """One ClientHello in one record (what qready's probes send)."""
    header = await reader.readexactly(5)
    fragment = await reader.readexactly(int.from_bytes(header[3:5], "big"))
    return parse_client_hello(fragment[4:])


def offered_groups(hello: ClientHello) -> list[int]:
    body = hello.extensions[0x000A][2:]
    return [int.from_bytes(body[i : i + 2], "big") for i in range(0, len(body), 2)]


@dataclass
class Tally:
    connections: int = 0
    hellos: list[int] = field(default_factory=list)  # ClientHellos received, per connection
    open_now: int = 0
    peak: int = 0


def drip(header: bytes = b"\x16\x03\x03\x00\x50") -> Behaviour:
    """A valid-looking record header, then one byte a second, forever."""

    async def behave(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(header)
        while True:
            await writer.drain()
            await asyncio.sleep(1)
            writer.write(b"\x02")

    return behave


async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Accepts, reads, never writes."""
    while await reader.read(4096):
        pass
    await asyncio.sleep(3600)


def replies(data: bytes, *, then_close: bool = True) -> Behaviour:
    """Reads the ClientHello, sends `data`, then closes (or waits forever)."""

    async def behave(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_client_hello(reader)
        writer.write(data)
        await writer.drain()
        if not then_close:
            await asyncio.sleep(3600)

    return behave


async def closes(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Accepts and closes at once."""


def endless_hrr(tally: Tally) -> Behaviour:
    """Answers every ClientHello on the connection with an HRR for the first group offered, forever."""

    async def behave(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        index = len(tally.hellos)
        tally.hellos.append(0)
        while True:
            hello = await read_client_hello(reader)
            tally.hellos[index] += 1
            writer.write(record(22, server_hello(offered_groups(hello)[0], retry=True)))
            writer.write(record(20, b"\x01"))
            await writer.drain()

    return behave


def slow_hrr(tally: Tally, delay: float) -> Behaviour:
    """Answers after `delay` with an HRR for the offered group, counting concurrent connections."""

    async def behave(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        tally.open_now += 1
        tally.peak = max(tally.peak, tally.open_now)
        try:
            hello = await read_client_hello(reader)
            await asyncio.sleep(delay)
            writer.write(record(22, server_hello(offered_groups(hello)[0], retry=True)))
            await writer.drain()
        finally:
            tally.open_now -= 1

    return behave


@contextlib.asynccontextmanager
async def hostile_server(behaviour: Behaviour, tally: Tally | None = None) -> AsyncIterator[tuple[str, int]]:
    tasks: set[asyncio.Task[None]] = set()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            tasks.add(task)
        if tally is not None:
            tally.connections += 1
        try:
            await behaviour(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass  # the probe hung up: expected
        finally:
            writer.close()

    server = await asyncio.start_server(handle, HOST, 0)
    try:
        yield HOST, server.sockets[0].getsockname()[1]
    finally:
        server.close()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await server.wait_closed()
