"""Complete TLS handshakes through pyOpenSSL: certificate chain, negotiated group, signature scheme.

TLS 1.3 encrypts the Certificate message, so a certificate inventory needs a finished handshake (PROBES.md
2.3). OpenSSL (4.0, bundled by cryptography >= 48) runs on memory BIOs: `SSL.Connection(ctx, None)` turns
the handshake into bytes to send (`bio_read`) and bytes received (`bio_write`), and the asyncio streams of an
`Opener` carry them. So the handshake runs over a plain connection or after a STARTTLS preamble, within the
exchange deadline like every other probe. Nothing is verified: we inventory what is presented, not trust it;
every suite and key size is allowed (`ALL:@SECLEVEL=0`) so old servers are inventoried too. SNI carries DNS
names only, never IP literals (RFC 6066 section 3).

The client offers OpenSSL 4.0's default signature schemes, which begin with ML-DSA-65, -87 and -44 (0x0905,
0x0906, 0x0904), so a server whose only certificate is ML-DSA completes the handshake (PROBES.md 3.3).
OpenSSL's message callback (`SSL_CTX_set_msg_callback`, exposed by cryptography's binding) passes every
decrypted handshake message: the ServerHello gives the cipher suite code point, the CertificateVerify (TLS
1.3) or the ServerKeyExchange (TLS 1.2) the signature scheme the server used (pyOpenSSL has no
`SSL_get_peer_signature_type_nid`). Group and signature-scheme lists go to `SSL_CTX_set1_curves_list` and
`SSL_CTX_set1_sigalgs_list` on the private `Context._context`: pyOpenSSL 26 wraps neither, and the binding
exposes both C macros as functions (PROBES.md 4.2).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.bindings.openssl.binding import Binding
from OpenSSL import SSL, crypto

from qready.detectors.network.results import ProbeFailure, ProbeLimits
from qready.detectors.network.streams import Opener, Streams, exchange
from qready.detectors.network.tls_hello import sni_name

_ffi: Any = Binding.ffi
_lib: Any = Binding.lib

# TLS 1.3 SignatureScheme code points -> OpenSSL's names for them. Sources: RFC 8446 section 4.2.3 (2018) and
# the IANA TLS SignatureScheme registry; RFC 8734 (2020) for the brainpool tls13 schemes;
# draft-ietf-tls-mldsa (2025) for ML-DSA. RSA-PKCS1 schemes (0x0401...) are not allowed in a TLS 1.3
# CertificateVerify (RFC 8446 4.2.3), so they are not probed.
TLS13_SIGNATURE_SCHEMES: dict[int, str] = {
    0x0403: "ecdsa_secp256r1_sha256",
    0x0503: "ecdsa_secp384r1_sha384",
    0x0603: "ecdsa_secp521r1_sha512",
    0x0804: "rsa_pss_rsae_sha256",
    0x0805: "rsa_pss_rsae_sha384",
    0x0806: "rsa_pss_rsae_sha512",
    0x0807: "ed25519",
    0x0808: "ed448",
    0x0809: "rsa_pss_pss_sha256",
    0x080A: "rsa_pss_pss_sha384",
    0x080B: "rsa_pss_pss_sha512",
    0x081A: "ecdsa_brainpoolP256r1tls13_sha256",
    0x081B: "ecdsa_brainpoolP384r1tls13_sha384",
    0x081C: "ecdsa_brainpoolP512r1tls13_sha512",
    0x0904: "mldsa44",
    0x0905: "mldsa65",
    0x0906: "mldsa87",
}
_VERSIONS = {
    "TLSv1": SSL.TLS1_VERSION,
    "TLSv1.1": SSL.TLS1_1_VERSION,
    "TLSv1.2": SSL.TLS1_2_VERSION,
    "TLSv1.3": SSL.TLS1_3_VERSION,
}
# Every suite and key size, weak ones included: an inventory must finish the handshake with an old server.
_CIPHER_LIST = b"ALL:@SECLEVEL=0"
_HANDSHAKE_RECORD = 22
_SERVER_HELLO, _SERVER_KEY_EXCHANGE, _CERTIFICATE_VERIFY = 2, 12, 15
_READ_CHUNK = 16 * 1024


@dataclass(frozen=True)
class Handshake:
    """What one finished handshake showed. Certificates are DER, leaf first, exactly as presented."""

    version: str  # "TLSv1.3", "TLSv1.2", ...
    cipher: str  # OpenSSL's suite name: the IANA name for TLS 1.3, "ECDHE-RSA-AES128-GCM-SHA256" before
    cipher_suite: int | None  # the code point from the ServerHello
    group: str | None  # OpenSSL's group name: "X25519MLKEM768", "x25519", "secp256r1"; None without (EC)DHE
    signature_scheme: int | None  # SignatureScheme the server signed with; None where it does not sign
    certificates: tuple[bytes, ...]


class HandshakeRefused(ProbeFailure):
    """The TLS layer ended the handshake: an alert from the server, or OpenSSL rejected what it sent."""


class HandshakeClosed(ProbeFailure):
    """The server closed (or reset) the connection during the handshake, after `received` bytes."""

    def __init__(self, reason: str, received: int) -> None:
        super().__init__(reason)
        self.received = received


class _ServerMessages:
    """The server's ServerHello, ServerKeyExchange and CertificateVerify bodies, from the message callback."""

    KEPT = frozenset({_SERVER_HELLO, _SERVER_KEY_EXCHANGE, _CERTIFICATE_VERIFY})

    def __init__(self) -> None:
        self.bodies: dict[int, bytes] = {}  # a HelloRetryRequest is replaced by the ServerHello after it

    def keep(self, message: bytes) -> None:
        self.bodies[message[0]] = message[4:]


def _on_message(
    write_p: int, _version: int, content_type: int, buf: Any, length: int, _ssl: Any, arg: Any
) -> None:
    """OpenSSL's msg_callback: called inside do_handshake with each (decrypted) handshake message."""
    if write_p or content_type != _HANDSHAKE_RECORD or length < 4 or arg == _ffi.NULL:
        return
    if _ffi.cast("const unsigned char *", buf)[0] in _ServerMessages.KEPT:
        _ffi.from_handle(arg).keep(bytes(_ffi.buffer(buf, length)))


_MESSAGE_CALLBACK = _ffi.callback("void(int, int, int, const void *, size_t, SSL *, void *)", _on_message)


@dataclass(frozen=True)
class _Options:
    groups: str | None = None  # OpenSSL group list, "X25519:P-256"
    sigalgs: str | None = None  # OpenSSL signature scheme list, "mldsa65:ed25519"
    min_version: str | None = None
    max_version: str | None = None


def _set_list(setter: Callable[[Any, bytes], int], ctx: SSL.Context, value: str | None, what: str) -> None:
    if value is not None and setter(ctx._context, value.encode("ascii")) != 1:
        raise ProbeFailure(
            f"{SSL.OpenSSL_version(SSL.OPENSSL_VERSION).decode()} refused the {what} {value!r}"
        )


def _version(name: str) -> int:
    if name not in _VERSIONS:
        raise ValueError(f"unknown TLS version {name!r} (choose from {', '.join(_VERSIONS)})")
    return _VERSIONS[name]


def _context(options: _Options, messages: Any) -> SSL.Context:
    """A client context that verifies nothing, records the server's messages, and applies `options`."""
    ctx = SSL.Context(SSL.TLS_METHOD)
    ctx.set_cipher_list(_CIPHER_LIST)
    _set_list(_lib.SSL_CTX_set1_curves_list, ctx, options.groups, "group list")
    _set_list(_lib.SSL_CTX_set1_sigalgs_list, ctx, options.sigalgs, "signature scheme list")
    if options.min_version is not None:
        ctx.set_min_proto_version(_version(options.min_version))
    if options.max_version is not None:
        ctx.set_max_proto_version(_version(options.max_version))
    _lib.SSL_CTX_set_msg_callback(ctx._context, _MESSAGE_CALLBACK)
    _lib.SSL_CTX_set_msg_callback_arg(ctx._context, messages)
    return ctx


def _reason(error: SSL.Error) -> str:
    """OpenSSL's error queue as one line: "tls alert handshake failure", "wrong version number", ..."""
    queue = error.args[0] if error.args else None
    if isinstance(queue, list):
        reasons = [
            str(entry[2]) for entry in queue if isinstance(entry, tuple) and len(entry) == 3 and entry[2]
        ]
        if reasons:
            return "; ".join(reasons)
    return str(error) or type(error).__name__


async def _send_pending(conn: SSL.Connection, streams: Streams) -> None:
    chunks = []
    while True:
        try:
            chunks.append(conn.bio_read(_READ_CHUNK))
        except SSL.WantReadError:
            break
    if chunks:
        try:
            streams[1].write(b"".join(chunks))
            await streams[1].drain()
        except ConnectionError:
            raise ProbeFailure("connection reset while sending the TLS handshake") from None


async def _receive(streams: Streams, received: int, budget: int) -> bytes:
    try:
        data = await streams[0].read(_READ_CHUNK)
    except ConnectionError:
        raise HandshakeClosed(
            f"connection reset after {received} bytes of the TLS handshake", received
        ) from None
    if not data:
        raise HandshakeClosed(f"closed after {received} bytes of the TLS handshake", received)
    if received + len(data) > budget:
        raise ProbeFailure(f"oversized handshake: more than {budget} bytes from the server")
    return data


async def _drive(conn: SSL.Connection, streams: Streams, limits: ProbeLimits) -> None:
    """Run do_handshake until it completes, feeding it what the server sends; bounded in bytes here and in
    time by the caller. The server's whole flight holds one Certificate message (at most max_handshake) and
    a few small ones, so twice max_handshake bounds it."""
    received, budget = 0, 2 * limits.max_handshake
    while True:
        try:
            conn.do_handshake()
        except SSL.WantReadError:
            await _send_pending(conn, streams)
            data = await _receive(streams, received, budget)
            received += len(data)
            conn.bio_write(data)
            continue
        except SSL.Error as error:
            raise HandshakeRefused(f"TLS handshake failed: {_reason(error)}") from None
        await _send_pending(conn, streams)  # the client's Finished
        return


def _cipher_suite(server_hello: bytes | None) -> int | None:
    """legacy_version(2) random(32) session_id<0..32> cipher_suite(2) (RFC 8446 4.1.3)."""
    if server_hello is None or len(server_hello) < 35:
        return None
    at = 35 + server_hello[34]
    return int.from_bytes(server_hello[at : at + 2]) if len(server_hello) >= at + 2 else None


def _key_exchange_scheme(body: bytes, cipher: str) -> int | None:
    """The SignatureAndHashAlgorithm of a TLS 1.2 ServerKeyExchange (RFC 5246 7.4.3, RFC 8422 5.4): after
    curve_type(1) named_curve(2) point<1..255> for ECDHE, after dh_p, dh_g, dh_Ys<1..2^16-1> for DHE."""
    if "PSK" in cipher:
        return None
    if cipher.startswith("ECDHE-") and len(body) >= 4 and body[0] == 3:
        at = 4 + body[3]
    elif cipher.startswith("DHE-"):
        at = 0
        for _ in range(3):  # dh_p, dh_g, dh_Ys
            if len(body) < at + 2:
                return None
            at += 2 + int.from_bytes(body[at : at + 2])
    else:
        return None
    return int.from_bytes(body[at : at + 2]) if len(body) >= at + 2 else None


def _signature_scheme(bodies: dict[int, bytes], version: str, cipher: str) -> int | None:
    if version == "TLSv1.3":
        verify = bodies.get(_CERTIFICATE_VERIFY)
        return int.from_bytes(verify[:2]) if verify is not None and len(verify) >= 2 else None
    exchange_body = bodies.get(_SERVER_KEY_EXCHANGE)
    if version == "TLSv1.2" and exchange_body is not None:  # TLS 1.0 and 1.1 do not name the scheme
        return _key_exchange_scheme(exchange_body, cipher)
    return None


def _result(conn: SSL.Connection, messages: _ServerMessages) -> Handshake:
    version = conn.get_protocol_version_name()
    cipher = conn.get_cipher_name() or ""
    chain = conn.get_peer_cert_chain() or []
    return Handshake(
        version=version,
        cipher=cipher,
        cipher_suite=_cipher_suite(messages.bodies.get(_SERVER_HELLO)),
        group=conn.get_group_name(),
        signature_scheme=_signature_scheme(messages.bodies, version, cipher),
        certificates=tuple(crypto.dump_certificate(crypto.FILETYPE_ASN1, cert) for cert in chain),
    )


async def _handshake(opener: Opener, sni: str | None, limits: ProbeLimits, options: _Options) -> Handshake:
    messages = _ServerMessages()
    handle = _ffi.new_handle(messages)  # kept alive here for as long as the connection can call back
    conn = SSL.Connection(_context(options, handle), None)
    conn.set_connect_state()
    try:
        name = sni_name(sni)  # DNS names only, IDNA-encoded (RFC 6066 section 3)
    except UnicodeError:
        raise ProbeFailure(f"{sni!r} cannot be sent as a server name (not a valid IDNA host name)") from None
    if name is not None:
        conn.set_tlsext_host_name(name.encode("ascii"))

    async def talk(streams: Streams) -> Handshake:
        await _drive(conn, streams, limits)
        return _result(conn, messages)

    return await exchange(opener, talk, limits)


async def handshake(
    opener: Opener,
    *,
    sni: str | None,
    limits: ProbeLimits,
    groups: str | None = None,
    sigalgs: str | None = None,
    max_version: str | None = None,
) -> Handshake:
    """One full handshake. `groups` and `sigalgs` are OpenSSL lists ("X25519:P-256", "mldsa65:ed25519"),
    None for OpenSSL 4.0's defaults; `max_version` is "TLSv1.2" etc. ProbeFailure (HandshakeRefused for a
    TLS-level refusal) when it does not complete within the exchange deadline."""
    return await _handshake(opener, sni, limits, _Options(groups, sigalgs, None, max_version))


async def _completes_with(opener: Opener, sni: str | None, limits: ProbeLimits, scheme: int) -> bool | None:
    """True: a handshake offering `scheme` alone completed with it; False: the server refused it with an
    alert; None: it hung up before answering (Dovecot and GnuTLS's slapd refuse that way, observed)."""
    if scheme not in TLS13_SIGNATURE_SCHEMES:
        raise ValueError(f"signature scheme {scheme:#06x} is not a TLS 1.3 scheme qready can offer")
    options = _Options(sigalgs=TLS13_SIGNATURE_SCHEMES[scheme], min_version="TLSv1.3", max_version="TLSv1.3")
    try:
        done = await _handshake(opener, sni, limits, options)
    except HandshakeRefused as refusal:
        if "alert protocol version" in refusal.reason:
            raise ProbeFailure(f"no TLS 1.3, signature schemes not probed ({refusal.reason})") from None
        return False
    except HandshakeClosed as closed:
        if closed.received:
            raise
        return None
    return done.signature_scheme == scheme  # OpenSSL refuses any scheme it did not offer; checked anyway


async def probe_signature_schemes(
    opener: Opener,
    *,
    sni: str | None,
    limits: ProbeLimits,
    schemes: Iterable[int] = tuple(TLS13_SIGNATURE_SCHEMES),
) -> tuple[int, ...]:
    """The TLS 1.3 signature schemes the server completes a handshake with, in `schemes` order: one handshake
    per scheme, the client offering that scheme alone. An alert, or a hang-up before any answer, means "not
    with this scheme" once another scheme has completed. ProbeFailure when none completed and the server
    hung up, when it has no TLS 1.3, on a timeout or a connection failure: an empty answer claims too much."""
    answers = {scheme: await _completes_with(opener, sni, limits, scheme) for scheme in schemes}
    accepted = tuple(scheme for scheme, answer in answers.items() if answer)
    hung_up = [f"{scheme:#06x}" for scheme, answer in answers.items() if answer is None]
    if hung_up and not accepted:
        raise ProbeFailure(
            f"no signature scheme completed a handshake; hung up without an alert on {', '.join(hung_up)}"
        )
    return accepted
