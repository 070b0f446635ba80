"""Connections with bounds: a connect timeout, whole-exchange deadlines and size-checked reads.

Every probe talks to its peer through asyncio streams opened by an `Opener`, so the same probe runs
over a plain connection or after a STARTTLS preamble. Reads never wait past the exchange deadline,
however slowly the peer drips bytes (PROBES.md 5).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import TypeVar

from qready.detectors.network.results import ProbeFailure, ProbeLimits

Streams = tuple[asyncio.StreamReader, asyncio.StreamWriter]
Opener = Callable[[], Awaitable[Streams]]
T = TypeVar("T")


async def open_plain(host: str, port: int, limits: ProbeLimits) -> Streams:
    """A TCP connection within the connect timeout, or ProbeFailure naming why not."""
    try:
        return await asyncio.wait_for(asyncio.open_connection(host, port), limits.connect_timeout)
    except TimeoutError:
        raise ProbeFailure(f"connect timeout after {limits.connect_timeout:g} s") from None
    except ConnectionRefusedError:
        raise ProbeFailure("connection refused") from None
    except OSError as error:
        raise ProbeFailure(f"cannot connect: {error.strerror or error}") from None


def plain_opener(host: str, port: int, limits: ProbeLimits) -> Opener:
    async def opener() -> Streams:
        return await open_plain(host, port, limits)

    return opener


async def read_exactly(reader: asyncio.StreamReader, count: int, what: str) -> bytes:
    """`count` bytes, or ProbeFailure("closed after N bytes of <what>"). Callers bound the time."""
    try:
        return await reader.readexactly(count)
    except asyncio.IncompleteReadError as error:
        raise ProbeFailure(f"closed after {len(error.partial)} bytes of {what}") from None
    except ConnectionError:
        raise ProbeFailure(f"connection reset while reading {what}") from None


async def close(writer: asyncio.StreamWriter) -> None:
    """Close without waiting on a peer that never acknowledges."""
    writer.close()
    with contextlib.suppress(TimeoutError, OSError):
        await asyncio.wait_for(writer.wait_closed(), 0.5)


async def exchange(opener: Opener, talk: Callable[[Streams], Awaitable[T]], limits: ProbeLimits) -> T:
    """Open, run `talk` within the exchange deadline, close. Timeouts become ProbeFailure."""
    streams = await opener()
    try:
        return await asyncio.wait_for(talk(streams), limits.exchange_timeout)
    except TimeoutError:
        raise ProbeFailure(f"timeout: no complete answer within {limits.exchange_timeout:g} s") from None
    finally:
        await close(streams[1])
