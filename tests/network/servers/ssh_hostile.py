"""Deliberately broken SSH peers (fake asyncio servers on 127.0.0.1) and the crafted bytes they send.

Each behaviour is one coroutine over the accepted connection's streams; `hostile_ssh_server` runs it
for every connection and cancels whatever is still running when the test ends.
"""

from __future__ import annotations

import asyncio
import contextlib
import struct
from collections.abc import AsyncIterator, Sequence

from tests.network.hostile import Behaviour, hostile_server

BANNER = b"SSH-2.0-Hostile_1.0\r\n"
COOKIE = bytes(range(16))


def name_list(names: Sequence[str]) -> bytes:
    raw = ",".join(names).encode("ascii")
    return struct.pack("!I", len(raw)) + raw


def kexinit_payload(lists: Sequence[Sequence[str]], cookie: bytes = COOKIE, follows: bool = False) -> bytes:
    """SSH_MSG_KEXINIT (RFC 4253 7.1) with ten name-lists in wire order."""
    assert len(lists) == 10
    return bytes([20]) + cookie + b"".join(name_list(names) for names in lists) + bytes([follows]) + bytes(4)


def packet(payload: bytes, padding: int = 4) -> bytes:
    """An unencrypted binary packet: packet_length, padding_length, payload, zero padding."""
    return struct.pack("!IB", len(payload) + padding + 1, padding) + payload + bytes(padding)


CLASSICAL_LISTS: tuple[tuple[str, ...], ...] = (
    ("curve25519-sha256", "ext-info-s", "kex-strict-s-v00@openssh.com"),
    ("ssh-ed25519",),
    ("aes128-ctr",),
    ("aes128-ctr",),
    ("hmac-sha2-256",),
    ("hmac-sha2-256",),
    ("none",),
    ("none",),
    (),
    (),
)
CLASSICAL_KEXINIT = packet(kexinit_payload(CLASSICAL_LISTS))


@contextlib.asynccontextmanager
async def hostile_ssh_server(behaviour: Behaviour) -> AsyncIterator[int]:
    """Serve `behaviour` on 127.0.0.1 (tests.network.hostile.hostile_server); yields the port."""
    async with hostile_server(behaviour) as (_host, port):
        yield port


async def until_eof(reader: asyncio.StreamReader) -> None:
    while await reader.read(4096):
        pass


async def endless_lines(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    while True:
        writer.write(b"Welcome, please wait\r\n" * 64)
        await writer.drain()


async def one_huge_line(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    while True:
        writer.write(b"A" * 4096)
        await writer.drain()


async def huge_version_line(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(b"SSH-2.0-" + b"A" * 1000)
    await until_eof(reader)


async def http_answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await reader.readline()
    writer.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
    await writer.drain()


async def tls_alert(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await reader.readline()
    writer.write(b"\x15\x03\x03\x00\x02\x02\x46")  # TLS alert: fatal protocol_version
    await writer.drain()


async def oversized_kexinit(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(BANNER + b"\xff\xff\xff\xff\x0a")
    await until_eof(reader)


async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await until_eof(reader)


async def drip(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """A valid banner and KEXINIT, one byte every 0.1 s."""
    for byte in BANNER + CLASSICAL_KEXINIT:
        writer.write(bytes([byte]))
        await writer.drain()
        await asyncio.sleep(0.1)


async def close_after_banner(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(BANNER)
    await writer.drain()


async def kexinit_then_silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Banner and a valid KEXINIT, then nothing: the key exchange for the host key never finishes."""
    writer.write(BANNER + CLASSICAL_KEXINIT)
    await until_eof(reader)


async def kexinit_then_close(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Banner and a valid KEXINIT, then close as soon as the client's own packets arrive."""
    writer.write(BANNER + CLASSICAL_KEXINIT)
    await reader.readline()
    await reader.read(1)


def recording(lines: list[bytes]) -> Behaviour:
    """Records the client's version line, then answers like `kexinit_then_close`."""

    async def behaviour(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        lines.append(await reader.readline())
        writer.write(BANNER + CLASSICAL_KEXINIT)
        await until_eof(reader)

    return behaviour


def sends(data: bytes) -> Behaviour:
    """Writes `data` at once, then waits for the client to close."""

    async def behaviour(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(data)
        await until_eof(reader)

    return behaviour


IGNORE_PACKET = packet(bytes([2]) + name_list(["padding"]))  # SSH_MSG_IGNORE
