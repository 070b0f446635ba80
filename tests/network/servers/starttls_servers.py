"""STARTTLS servers on 127.0.0.1 for tests/network/test_starttls.py.

Real implementations where one installs cheaply: aiosmtpd (SMTP, STARTTLS through the standard library's
`ssl`, that is the system OpenSSL) and pyftpdlib (FTP, AUTH TLS through pyOpenSSL, that is OpenSSL 4.0). For
IMAP, POP3 and LDAP, `dialogue_server` speaks the documented plaintext exchange (RFC 9051 6.2.1, RFC 2595 4,
RFC 4511 4.14) on a blocking socket and then hands that socket to a real pyOpenSSL server, so the TLS part is
real. Every context manager yields (host, port, leaf certificate DER).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import threading
from collections.abc import Callable, Iterator

from aiosmtpd.handlers import Sink
from aiosmtpd.smtp import SMTP
from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.handlers import FTPHandler, TLS_FTPHandler
from pyftpdlib.servers import FTPServer
from tests.network.servers.openssl_server import (
    HOST,
    CertKind,
    Served,
    certificate_der,
    openssl_answer,
    openssl_context,
    serving,
    stdlib_context,
)

Dialogue = Callable[["LineSocket"], bool]  # True: go on with the TLS handshake; False: hang up
LDAP_STARTTLS_OID = b"1.3.6.1.4.1.1466.20037"


class LineSocket:
    """Line reads and writes on a blocking socket that never read past what the client has sent."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        sock.settimeout(5)

    def send(self, text: str) -> None:
        self.sock.sendall(text.encode("ascii") + b"\r\n")

    def line(self) -> str:
        data = bytearray()
        while not data.endswith(b"\n"):
            byte = self.sock.recv(1)
            if not byte:
                raise ConnectionError("client hung up")
            data += byte
        return data.decode("ascii").rstrip("\r\n")

    def exactly(self, count: int) -> bytes:
        data = bytearray()
        while len(data) < count:
            chunk = self.sock.recv(count - len(data))
            if not chunk:
                raise ConnectionError("client hung up")
            data += chunk
        return bytes(data)


def imap_dialogue(*, starttls: bool = True) -> Dialogue:
    """An IMAP server in the not-authenticated state (RFC 9051): greeting, CAPABILITY, STARTTLS."""
    capabilities = "IMAP4rev2 STARTTLS LOGINDISABLED" if starttls else "IMAP4rev2 AUTH=PLAIN"

    def talk(conn: LineSocket) -> bool:
        conn.send("* OK qready test IMAP server ready")
        while True:
            tag, _, command = conn.line().partition(" ")
            if command.upper() == "CAPABILITY":
                conn.send(f"* CAPABILITY {capabilities}")
                conn.send(f"{tag} OK CAPABILITY completed")
            elif command.upper() == "STARTTLS" and starttls:
                conn.send(f"{tag} OK Begin TLS negotiation now")
                return True
            else:
                conn.send(f"{tag} BAD unknown command")

    return talk


def pop3_dialogue(*, stls: bool = True) -> Dialogue:
    """A POP3 server in the AUTHORIZATION state (RFC 2595 4): greeting, STLS."""

    def talk(conn: LineSocket) -> bool:
        conn.send("+OK qready test POP3 server ready")
        if conn.line().upper() == "STLS" and stls:
            conn.send("+OK Begin TLS negotiation")
            return True
        conn.send("-ERR unknown command")
        return False

    return talk


def _ber(tag: int, value: bytes) -> bytes:
    assert len(value) < 0x80
    return bytes([tag, len(value)]) + value


def ldap_extended_response(message_id: int, result_code: int, diagnostic: str = "") -> bytes:
    """ExtendedResponse [APPLICATION 24] {resultCode, matchedDN "", diagnosticMessage, responseName}, with the
    length of the outer SEQUENCE in the 4-byte long form OpenLDAP uses (0x84), to exercise that path."""
    result = _ber(0x0A, bytes([result_code])) + _ber(0x04, b"") + _ber(0x04, diagnostic.encode("ascii"))
    if result_code == 0:
        result += _ber(0x8A, LDAP_STARTTLS_OID)  # responseName, RFC 4511 4.14.2
    body = _ber(0x02, bytes([message_id])) + _ber(0x78, result)
    return b"\x30\x84" + len(body).to_bytes(4, "big") + body


def ldap_dialogue(*, result_code: int = 0, diagnostic: str = "") -> Dialogue:
    """An LDAP server answering the StartTLS extended request (RFC 4511 4.14) with `result_code`."""
    request = bytes.fromhex("301d02010177188016") + LDAP_STARTTLS_OID

    def talk(conn: LineSocket) -> bool:
        received = conn.exactly(len(request))
        if received != request:
            raise ValueError(f"not the StartTLS request: {received.hex()}")
        conn.sock.sendall(ldap_extended_response(1, result_code, diagnostic))
        return result_code == 0

    return talk


@contextlib.contextmanager
def dialogue_server(dialogue: Dialogue, cert: CertKind = "ec", groups: str | None = None) -> Iterator[Served]:
    """Runs `dialogue` on each connection, then a pyOpenSSL (OpenSSL 4.0) server handshake on that socket."""
    ctx = openssl_context(groups, cert)

    def serve(sock: socket.socket) -> None:
        if not dialogue(LineSocket(sock)):
            return
        sock.settimeout(None)
        openssl_answer(ctx, sock)

    with serving(serve) as port:
        yield HOST, port, certificate_der(cert)


@contextlib.contextmanager
def _thread_loop() -> Iterator[asyncio.AbstractEventLoop]:
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        yield loop
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        loop.close()


@contextlib.contextmanager
def smtp_server(*, starttls: bool = True, cert: CertKind = "ec") -> Iterator[Served]:
    """aiosmtpd 1.4 in its own event loop thread; STARTTLS (stdlib `ssl`, system OpenSSL, P-256 only) when
    `starttls`."""
    # one group whatever the system OpenSSL's defaults (PROBES.md 3.6)
    tls_context = stdlib_context(cert, ecdh_curve="prime256v1") if starttls else None

    def factory() -> SMTP:
        return SMTP(Sink(), hostname="mail.qready.test", ident="qready test ESMTP", tls_context=tls_context)

    with _thread_loop() as loop:
        server = asyncio.run_coroutine_threadsafe(loop.create_server(factory, HOST, 0), loop).result(5)
        try:
            yield HOST, server.sockets[0].getsockname()[1], certificate_der(cert)
        finally:

            async def stop() -> None:
                server.close()
                await server.wait_closed()

            asyncio.run_coroutine_threadsafe(stop(), loop).result(5)


@contextlib.contextmanager
def ftp_server(*, auth_tls: bool = True, cert: CertKind = "ec") -> Iterator[Served]:
    """pyftpdlib 2.2 on 127.0.0.1:0; AUTH TLS by its TLS_FTPHandler on a pyOpenSSL (OpenSSL 4.0) context."""
    logging.getLogger("pyftpdlib").setLevel(logging.WARNING)  # not a line per connection in the test log
    base = TLS_FTPHandler if auth_tls else FTPHandler
    attributes = {"authorizer": DummyAuthorizer(), "banner": "qready test FTP server ready"}
    if auth_tls:
        attributes["ssl_context"] = openssl_context(None, cert)
    handler = type("QreadyFtpHandler", (base,), attributes)
    server = FTPServer((HOST, 0), handler)
    stop = threading.Event()

    def run() -> None:
        while not stop.is_set():
            server.serve_forever(timeout=0.05, blocking=False, handle_exit=False)
        server.close_all()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield HOST, server.socket.getsockname()[1], certificate_der(cert)
    finally:
        stop.set()
        thread.join(5)
