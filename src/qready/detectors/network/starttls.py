"""STARTTLS preambles, the plaintext exchange before the ClientHello: SMTP, IMAP, POP3, FTP, LDAP, PostgreSQL.

`starttls_opener` returns an Opener whose streams stand exactly where the ClientHello goes, so every TLS probe
(raw hellos and full handshakes alike) runs unchanged after the preamble. Every read is bounded: one line at
most MAX_LINE bytes, one reply at most `limits.max_banner_lines` lines, an LDAP or PostgreSQL message at most
MAX_MESSAGE bytes, and the whole preamble by the exchange deadline. A server that refuses, or is not speaking
the protocol, ends the preamble with a ProbeFailure that names the protocol and quotes its answer.

Exchanges: SMTP STARTTLS (RFC 3207), IMAP STARTTLS (RFC 9051 6.2.1, RFC 2595), POP3 STLS (RFC 2595 4), FTP
AUTH TLS (RFC 4217 4), LDAP StartTLS extended operation 1.3.6.1.4.1.1466.20037 (RFC 4511 4.14), PostgreSQL
SSLRequest 80877103 (PostgreSQL 15 docs, 55.2.10 "SSL Session Encryption" and 55.7 "Message Formats").
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from qready.detectors.network.results import ProbeFailure, ProbeLimits
from qready.detectors.network.streams import Opener, Streams, open_plain, plain_opener, read_exactly
from qready.discovery.hosts import PROTOCOLS

MAX_LINE = 4096  # bytes in one reply line, CRLF included (SMTP allows 512, RFC 5321 4.5.3.1.5)
MAX_MESSAGE = 16 * 1024  # bytes in one LDAP response or PostgreSQL error message

# Well-known ports, from the target parser's protocol table (IANA service names registry): the STARTTLS
# dialect on each, and the ports where TLS starts at once (https, smtps, imaps, pop3s, ftps, ldaps, DoT)
STARTTLS_PORTS: dict[int, str] = {port: dialect for port, _, dialect in PROTOCOLS.values() if dialect}
IMPLICIT_TLS_PORTS = frozenset(
    port for port, kind, dialect in PROTOCOLS.values() if kind == "tls" and not dialect
)

_LDAP_STARTTLS_OID = b"1.3.6.1.4.1.1466.20037"
_LDAP_RESULT_NAMES = {  # RFC 4511 4.1.9, the codes a StartTLS refusal uses (4.14.2)
    1: "operationsError",
    2: "protocolError",
    12: "unavailableCriticalExtension",
    51: "busy",
    52: "unavailable",
    53: "unwillingToPerform",
}
_PG_SSL_REQUEST = (8).to_bytes(4, "big") + (80877103).to_bytes(4, "big")


def protocol_for_port(port: int) -> str | None:
    """The STARTTLS dialect spoken on a well-known port, None where TLS starts at once."""
    return STARTTLS_PORTS.get(port)


async def _line(streams: Streams, protocol: str) -> str:
    """One CRLF- (or LF-) terminated line of at most MAX_LINE bytes, without its terminator."""
    try:
        raw = await streams[0].readuntil(b"\n")
    except asyncio.IncompleteReadError as error:
        raise ProbeFailure(f"{protocol} server closed the connection{_partial(error.partial)}") from None
    except asyncio.LimitOverrunError:
        raise ProbeFailure(f"{protocol} server sent a line longer than {MAX_LINE} bytes") from None
    except ConnectionError:
        raise ProbeFailure(f"{protocol} server reset the connection") from None
    if len(raw) > MAX_LINE:
        raise ProbeFailure(f"{protocol} server sent a line longer than {MAX_LINE} bytes")
    return raw.decode("utf-8", "replace").rstrip("\r\n")


def _partial(partial: bytes) -> str:
    return f" after {_quote(partial.decode('utf-8', 'replace'))}" if partial else ""


def _quote(text: str) -> str:
    """Server text for a reason line: printable, at most 200 characters."""
    clean = "".join(char if char.isprintable() else "?" for char in text.strip())
    return clean if len(clean) <= 200 else clean[:200] + "..."


async def _send(streams: Streams, data: bytes, protocol: str) -> None:
    try:
        streams[1].write(data)
        await streams[1].drain()
    except ConnectionError:
        raise ProbeFailure(f"{protocol} server reset the connection") from None


async def _numbered_reply(streams: Streams, protocol: str, limits: ProbeLimits) -> tuple[int, list[str]]:
    """An SMTP (RFC 5321 4.2) or FTP (RFC 959 4.2) reply: "ddd-text" lines (FTP allows any text between) up to
    a final "ddd text" line with the same code."""
    first = await _line(streams, protocol)
    if len(first) < 3 or not first[:3].isdigit() or first[3:4] not in ("", " ", "-"):
        raise ProbeFailure(f"not an {protocol} server: it sent {_quote(first)!r}")
    lines = [first]
    while not (lines[-1][:3] == first[:3] and lines[-1][3:4] in ("", " ")):
        if len(lines) >= limits.max_banner_lines:
            raise ProbeFailure(f"{protocol} reply longer than {limits.max_banner_lines} lines")
        lines.append(await _line(streams, protocol))
    return int(first[:3]), lines


def _ehlo_name(streams: Streams) -> str:
    """Our address as an SMTP address literal (RFC 5321 4.1.3): we have no name to claim."""
    address = streams[1].get_extra_info("sockname")
    host = str(address[0]) if isinstance(address, tuple) and address else "127.0.0.1"
    return f"[IPv6:{host}]" if ":" in host else f"[{host}]"


async def _smtp(streams: Streams, limits: ProbeLimits) -> None:
    code, lines = await _numbered_reply(streams, "SMTP", limits)
    if code != 220:
        raise ProbeFailure(f"SMTP server not ready: {_quote(lines[-1])}")
    await _send(streams, f"EHLO {_ehlo_name(streams)}\r\n".encode("ascii"), "SMTP")
    code, lines = await _numbered_reply(streams, "SMTP", limits)
    if code != 250:
        raise ProbeFailure(f"SMTP server refused EHLO: {_quote(lines[-1])}")
    keywords = [line[4:].strip() for line in lines[1:]]
    if not any(keyword.upper().split(" ")[0] == "STARTTLS" for keyword in keywords):
        listed = ", ".join(keywords) or "no extensions"
        raise ProbeFailure(f"SMTP server does not offer STARTTLS (EHLO lists {_quote(listed)})")
    await _send(streams, b"STARTTLS\r\n", "SMTP")
    code, lines = await _numbered_reply(streams, "SMTP", limits)
    if code != 220:
        raise ProbeFailure(f"SMTP server refused STARTTLS: {_quote(lines[-1])}")


async def _ftp(streams: Streams, limits: ProbeLimits) -> None:
    code, lines = await _numbered_reply(streams, "FTP", limits)
    if code != 220:
        raise ProbeFailure(f"FTP server not ready: {_quote(lines[-1])}")
    await _send(streams, b"AUTH TLS\r\n", "FTP")
    code, lines = await _numbered_reply(streams, "FTP", limits)
    if code != 234:
        raise ProbeFailure(f"FTP server refused AUTH TLS: {_quote(lines[-1])}")


async def _imap_command(
    streams: Streams, tag: str, command: str, limits: ProbeLimits
) -> tuple[str, list[str]]:
    """Send `tag command`, read untagged lines up to the tagged status line; (status line, untagged lines)."""
    await _send(streams, f"{tag} {command}\r\n".encode("ascii"), "IMAP")
    untagged: list[str] = []
    while len(untagged) < limits.max_banner_lines:
        line = await _line(streams, "IMAP")
        if line.upper().startswith(f"{tag.upper()} "):
            return line, untagged
        untagged.append(line)
    raise ProbeFailure(f"IMAP reply longer than {limits.max_banner_lines} lines")


def _imap_ok(status_line: str) -> bool:
    return status_line.upper().split(" ")[1:2] == ["OK"]


async def _imap(streams: Streams, limits: ProbeLimits) -> None:
    greeting = await _line(streams, "IMAP")
    word = greeting.upper().split(" ")[:2]
    if word == ["*", "PREAUTH"]:  # RFC 9051 6.2.1: STARTTLS only in the not-authenticated state
        raise ProbeFailure(
            f"IMAP server greeted with PREAUTH, so STARTTLS is not allowed: {_quote(greeting)}"
        )
    if word != ["*", "OK"]:
        raise ProbeFailure(f"not an IMAP server ready for a client: it sent {_quote(greeting)!r}")
    status, untagged = await _imap_command(streams, "Q1", "CAPABILITY", limits)
    if not _imap_ok(status):
        raise ProbeFailure(f"IMAP server refused CAPABILITY: {_quote(status)}")
    capabilities = " ".join(line[13:] for line in untagged if line.upper().startswith("* CAPABILITY "))
    if "STARTTLS" not in capabilities.upper().split(" "):
        raise ProbeFailure(f"IMAP server does not offer STARTTLS (CAPABILITY {_quote(capabilities)})")
    status, _ = await _imap_command(streams, "Q2", "STARTTLS", limits)
    if not _imap_ok(status):
        raise ProbeFailure(f"IMAP server refused STARTTLS: {_quote(status)}")


async def _pop3(streams: Streams, limits: ProbeLimits) -> None:
    greeting = await _line(streams, "POP3")
    if not greeting.startswith("+OK"):
        raise ProbeFailure(f"POP3 server not ready: {_quote(greeting)}")
    await _send(streams, b"STLS\r\n", "POP3")
    answer = await _line(streams, "POP3")
    if not answer.startswith("+OK"):
        raise ProbeFailure(f"POP3 server refused STLS: {_quote(answer)}")


def ldap_starttls_request(message_id: int = 1) -> bytes:
    """LDAPMessage {messageID, extendedReq [APPLICATION 23] {requestName [0] "1.3.6.1.4.1.1466.20037"}}."""
    operation = _tlv(0x77, _tlv(0x80, _LDAP_STARTTLS_OID))
    return _tlv(0x30, _tlv(0x02, message_id.to_bytes(1, "big")) + operation)


def _tlv(tag: int, value: bytes) -> bytes:
    """BER tag-length-value with a definite length (short form below 128, else long form)."""
    if len(value) < 0x80:
        return bytes([tag, len(value)]) + value
    size = (len(value).bit_length() + 7) // 8
    return bytes([tag, 0x80 | size]) + len(value).to_bytes(size, "big") + value


def _ber_items(data: bytes) -> list[tuple[int, bytes]]:
    """The (tag, value) items in `data`, definite lengths only; ProbeFailure on anything malformed."""
    items, at = [], 0
    while at < len(data):
        if at + 2 > len(data):
            raise ProbeFailure("malformed LDAP response: truncated element")
        tag, length, at = data[at], data[at + 1], at + 2
        if length & 0x80:
            size = length & 0x7F
            if not 0 < size <= 4 or at + size > len(data):
                raise ProbeFailure("malformed LDAP response: bad length")
            length, at = int.from_bytes(data[at : at + size], "big"), at + size
        if at + length > len(data):
            raise ProbeFailure("malformed LDAP response: element longer than the message")
        items.append((tag, data[at : at + length]))
        at += length
    return items


async def _ber_message(streams: Streams) -> bytes:
    """The contents of one LDAPMessage SEQUENCE, its length checked against MAX_MESSAGE before reading."""
    head = await read_exactly(streams[0], 2, "the LDAP response")
    if head[0] != 0x30:
        raise ProbeFailure(f"not an LDAP server: its answer starts with byte {head[0]:#04x}")
    length = head[1]
    if length & 0x80:
        size = length & 0x7F
        if not 0 < size <= 4:
            raise ProbeFailure("malformed LDAP response: bad length")
        length = int.from_bytes(await read_exactly(streams[0], size, "the LDAP response"), "big")
    if length > MAX_MESSAGE:
        raise ProbeFailure(f"oversized LDAP response: {length} bytes (limit {MAX_MESSAGE})")
    return await read_exactly(streams[0], length, "the LDAP response")


async def _ldap(streams: Streams, limits: ProbeLimits) -> None:
    await _send(streams, ldap_starttls_request(), "LDAP")
    items = _ber_items(await _ber_message(streams))
    if len(items) < 2 or items[0][0] != 0x02 or items[1][0] != 0x78:
        raise ProbeFailure("LDAP server did not answer with an ExtendedResponse")
    message_id = int.from_bytes(items[0][1], "big")
    fields = _ber_items(items[1][1])
    if len(fields) < 3 or fields[0][0] != 0x0A or fields[2][0] != 0x04:
        raise ProbeFailure("malformed LDAP ExtendedResponse: no resultCode and diagnosticMessage")
    code = int.from_bytes(fields[0][1], "big")
    result = f"resultCode {code} {_LDAP_RESULT_NAMES.get(code, '')}".rstrip()
    diagnostic = fields[2][1].decode("utf-8", "replace")
    detail = f"{result}, {_quote(diagnostic)!r}" if diagnostic else result
    if message_id == 0:  # an unsolicited notification, such as Notice of Disconnection (RFC 4511 4.4.1)
        raise ProbeFailure(f"LDAP server sent a notice of disconnection: {detail}")
    if message_id != 1:
        raise ProbeFailure(f"LDAP server answered message {message_id}, not our StartTLS request")
    if code != 0:
        raise ProbeFailure(f"LDAP server refused StartTLS: {detail}")


async def _postgres(streams: Streams, limits: ProbeLimits) -> None:
    await _send(streams, _PG_SSL_REQUEST, "PostgreSQL")
    answer = await read_exactly(streams[0], 1, "the answer to SSLRequest")
    if answer == b"S":
        return
    if answer == b"N":
        raise ProbeFailure("PostgreSQL server does not offer SSL: it answered 'N' to SSLRequest")
    if answer == b"E":
        raise ProbeFailure(f"PostgreSQL server refused SSLRequest: {await _postgres_error(streams)}")
    raise ProbeFailure(f"not a PostgreSQL server: it answered SSLRequest with byte {answer[0]:#04x}")


async def _postgres_error(streams: Streams) -> str:
    """The message field ('M') of an ErrorResponse: Int32 length, then (type byte, C string) fields."""
    length = int.from_bytes(await read_exactly(streams[0], 4, "a PostgreSQL error"), "big")
    if not 4 < length <= MAX_MESSAGE:
        raise ProbeFailure(f"PostgreSQL error message of {length} bytes (limit {MAX_MESSAGE})")
    body = await read_exactly(streams[0], length - 4, "a PostgreSQL error")
    for field in body.split(b"\x00"):
        if field[:1] == b"M":
            return _quote(field[1:].decode("utf-8", "replace"))
    return "an error without a message"


Preamble = Callable[[Streams, ProbeLimits], Awaitable[None]]
PREAMBLES: dict[str, Preamble] = {
    "smtp": _smtp,
    "imap": _imap,
    "pop3": _pop3,
    "ftp": _ftp,
    "ldap": _ldap,
    "postgres": _postgres,
}


def starttls_opener(host: str, port: int, protocol: str | None, limits: ProbeLimits) -> Opener:
    """An Opener that connects and, for a STARTTLS `protocol`, runs its preamble within the exchange deadline,
    returning streams where the ClientHello goes. None means TLS from the first byte."""
    if protocol is None:
        return plain_opener(host, port, limits)
    if protocol not in PREAMBLES:
        raise ValueError(f"unknown STARTTLS protocol {protocol!r} (choose from {', '.join(PREAMBLES)})")
    preamble = PREAMBLES[protocol]

    async def opener() -> Streams:
        streams = await open_plain(host, port, limits)
        try:
            await asyncio.wait_for(preamble(streams, limits), limits.exchange_timeout)
        except BaseException as error:
            streams[1].close()
            if isinstance(error, TimeoutError):
                timeout = limits.exchange_timeout
                raise ProbeFailure(f"timeout: {protocol} STARTTLS not done within {timeout:g} s") from None
            raise
        return streams

    return opener
