"""Full handshakes (`handshake`, `probe_signature_schemes`) against real servers, pyOpenSSL on OpenSSL 4.0 and
the system OpenSSL through the standard library, and against hostile fake servers."""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import socket
import ssl
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from cryptography import x509
from cryptography.hazmat.bindings.openssl.binding import Binding
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, mldsa, rsa
from cryptography.x509.oid import NameOID, SignatureAlgorithmOID
from OpenSSL import SSL
from tests.network import hostile
from tests.network.servers.openssl_server import (
    HOST,
    openssl_context,
    serving,
    stdlib_tls_server,
    tls_server,
)

from qready.detectors.network.results import ProbeFailure, ProbeLimits
from qready.detectors.network.streams import plain_opener
from qready.detectors.network.tls_handshake import (
    TLS13_SIGNATURE_SCHEMES,
    Handshake,
    HandshakeClosed,
    HandshakeRefused,
    handshake,
    probe_signature_schemes,
)
from qready.detectors.network.tls_records import ClientHello, parse_client_hello

LIMITS = ProbeLimits(connect_timeout=1.0, exchange_timeout=2.0)
HOSTILE_LIMITS = ProbeLimits(connect_timeout=0.5, exchange_timeout=1.0)
SLACK = 1.0  # seconds allowed past a deadline on a busy machine
T = TypeVar("T")


def run(port: int, limits: ProbeLimits = LIMITS, sni: str | None = "localhost", **options: str) -> Handshake:
    return asyncio.run(handshake(plain_opener(HOST, port, limits), sni=sni, limits=limits, **options))


def failure(call: Callable[[], Awaitable[T]]) -> str:
    async def scenario() -> str:
        with pytest.raises(ProbeFailure) as caught:
            await call()
        return caught.value.reason

    return asyncio.run(scenario())


def schemes(port: int) -> tuple[int, ...]:
    return asyncio.run(
        probe_signature_schemes(plain_opener(HOST, port, LIMITS), sni="localhost", limits=LIMITS)
    )


def leaf(done: Handshake) -> x509.Certificate:
    return x509.load_der_x509_certificate(done.certificates[0])


# The binding functions tls_handshake relies on (PROBES.md 4.2): an upgrade that drops one must fail here.
def test_binding_exposes_group_and_signature_scheme_lists_on_openssl_4() -> None:
    assert hasattr(Binding.lib, "SSL_CTX_set1_curves_list")
    assert hasattr(Binding.lib, "SSL_CTX_set1_sigalgs_list")
    assert hasattr(Binding.lib, "SSL_CTX_set_msg_callback")
    assert Binding.lib.OpenSSL_version_num() >= 0x40000000


def test_ec_p256_certificate_default_handshake() -> None:
    with tls_server(None, "ec") as (_, port, cert_der):
        done = run(port)
    assert done.certificates == (cert_der,)
    key = leaf(done).public_key()
    assert isinstance(key, ec.EllipticCurvePublicKey)
    assert key.curve.name == "secp256r1"
    assert leaf(done).signature_algorithm_oid == SignatureAlgorithmOID.ECDSA_WITH_SHA256
    assert (done.version, done.cipher, done.cipher_suite) == ("TLSv1.3", "TLS_AES_256_GCM_SHA384", 0x1302)
    assert (done.group, done.signature_scheme) == ("X25519MLKEM768", 0x0403)


def test_rsa_2048_certificate_classical_groups() -> None:
    with tls_server("X25519:P-256", "rsa") as (_, port, cert_der):
        done = run(port)
    assert done.certificates == (cert_der,)
    key = leaf(done).public_key()
    assert isinstance(key, rsa.RSAPublicKey)
    assert key.key_size == 2048
    assert leaf(done).signature_algorithm_oid == SignatureAlgorithmOID.RSA_WITH_SHA256
    assert (done.version, done.group, done.signature_scheme) == ("TLSv1.3", "x25519", 0x0804)


def test_mldsa65_certificate_is_received_because_ml_dsa_is_offered() -> None:
    with tls_server(None, "mldsa65") as (_, port, cert_der):
        done = run(port)
    assert done.certificates == (cert_der,)
    assert isinstance(leaf(done).public_key(), mldsa.MLDSA65PublicKey)
    assert leaf(done).signature_algorithm_oid.dotted_string == "2.16.840.1.101.3.4.3.18"  # id-ml-dsa-65
    assert (done.version, done.group, done.signature_scheme) == ("TLSv1.3", "X25519MLKEM768", 0x0905)


def test_without_ml_dsa_schemes_the_mldsa_server_refuses() -> None:
    """The control for the test above (PROBES.md 3.3): the fixture really needs ML-DSA offered."""
    with tls_server(None, "mldsa65") as (_, port, _der):
        opener = plain_opener(HOST, port, LIMITS)
        reason = failure(
            lambda: handshake(
                opener, sni=None, limits=LIMITS, sigalgs="ecdsa_secp256r1_sha256:rsa_pss_rsae_sha256"
            )
        )
        assert run(port, sigalgs="mldsa65").signature_scheme == 0x0905
    assert reason == "TLS handshake failed: tls alert handshake failure"


@pytest.mark.parametrize(
    ("client_groups", "expected"),
    [("P-256", "secp256r1"), ("SecP256r1MLKEM768", "SecP256r1MLKEM768"), ("x448", "x448")],
)
def test_client_group_list_decides_the_group(client_groups: str, expected: str) -> None:
    with tls_server(None, "ec") as (_, port, _der):
        assert run(port, groups=client_groups).group == expected


def test_group_list_openssl_refuses_is_a_probe_failure() -> None:
    reason = failure(
        lambda: handshake(plain_opener(HOST, 9, LIMITS), sni=None, limits=LIMITS, groups="NoSuchGroup")
    )
    assert (
        reason == f"{SSL.OpenSSL_version(SSL.OPENSSL_VERSION).decode()} refused the group list 'NoSuchGroup'"
    )
    assert reason.startswith("OpenSSL 4.")


@pytest.mark.parametrize(
    ("cert", "cipher", "suite", "scheme"),
    [
        ("ec", "ECDHE-ECDSA-AES256-GCM-SHA384", 0xC02C, 0x0403),
        ("rsa", "ECDHE-RSA-AES256-GCM-SHA384", 0xC030, 0x0804),
    ],
)
def test_tls12_ecdhe_reads_the_scheme_from_server_key_exchange(
    cert: str, cipher: str, suite: int, scheme: int
) -> None:
    with tls_server("X25519:P-256", cert) as (_, port, cert_der):  # type: ignore[arg-type]
        done = run(port, max_version="TLSv1.2")
    assert (done.version, done.cipher, done.cipher_suite, done.group) == ("TLSv1.2", cipher, suite, "x25519")
    assert done.signature_scheme == scheme
    assert done.certificates == (cert_der,)


def test_tls12_rsa_key_transport_has_no_group_and_no_signature() -> None:
    with stdlib_tls_server(
        cert="rsa", max_version=ssl.TLSVersion.TLSv1_2, ciphers="AES128-GCM-SHA256"
    ) as served:
        done = run(served[1])
    assert (done.version, done.cipher, done.cipher_suite) == ("TLSv1.2", "AES128-GCM-SHA256", 0x009C)
    assert (done.group, done.signature_scheme, done.certificates) == (None, None, (served[2],))


def _self_signed(key: rsa.RSAPrivateKey) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "weak.qready.test")])
    start = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    builder = x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
    builder = (
        builder.serial_number(7)
        .not_valid_before(start)
        .not_valid_after(start + datetime.timedelta(days=3650))
    )
    return builder.sign(key, hashes.SHA256())


# RFC 7919 Appendix A.1 ffdhe2048 (openssl genpkey -genparam -algorithm DH -pkeyopt group:ffdhe2048)
FFDHE2048_PEM = b"""-----BEGIN DH PARAMETERS-----
MIIBCAKCAQEA//////////+t+FRYortKmq/cViAnPTzx2LnFg84tNpWp4TZBFGQz
+8yTnc4kmz75fS/jY2MMddj2gbICrsRhetPfHtXV/WVhJDP1H18GbtCFY2VVPe0a
87VXE15/V8k1mE8McODmi3fipona8+/och3xWKE2rec1MKzKT0g6eXq8CrGCsyT7
YdEIqUuyyOP7uWrat2DX9GgdT0Kj3jlN9K5W7edjcrsZCwenyO4KbXCeAvzhzffi
7MA0BM0oNC9hkXL+nOmFg/+OTxIy7vKBg8P+OxtMb61zO7X8vC7CIAXFjvGDfRaD
ssbzSibBsu/6iGtCOGEoXJf//////////wIBAg==
-----END DH PARAMETERS-----
"""


@contextlib.contextmanager
def legacy_server(key_bits: int, *, dhe: bool) -> Iterator[tuple[int, bytes]]:
    """OpenSSL 4.0 at security level 0, an RSA key of `key_bits`; TLS 1.2 DHE-RSA (ffdhe2048) when `dhe`."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=key_bits)
    cert = _self_signed(key)
    ctx = SSL.Context(SSL.TLS_METHOD)
    ctx.set_cipher_list(b"DHE-RSA-AES128-GCM-SHA256:@SECLEVEL=0" if dhe else b"DEFAULT:@SECLEVEL=0")
    ctx.use_certificate(cert)
    ctx.use_privatekey(key)
    if dhe:
        ctx.set_max_proto_version(SSL.TLS1_2_VERSION)
        with tempfile.TemporaryDirectory() as folder:
            Path(folder, "dh.pem").write_bytes(FFDHE2048_PEM)
            ctx.load_tmp_dh(str(Path(folder, "dh.pem")))

    def serve(sock: socket.socket) -> None:
        conn = SSL.Connection(ctx, sock)
        conn.set_accept_state()
        conn.do_handshake()
        conn.shutdown()

    with serving(serve) as port:
        yield port, cert.public_bytes(serialization.Encoding.DER)


def test_tls12_dhe_reads_the_scheme_after_the_dh_parameters() -> None:
    with legacy_server(2048, dhe=True) as (port, cert_der):
        done = run(port)
    assert (done.version, done.cipher, done.cipher_suite) == ("TLSv1.2", "DHE-RSA-AES128-GCM-SHA256", 0x009E)
    assert (done.signature_scheme, done.certificates) == (0x0804, (cert_der,))


def test_weak_rsa_1024_certificate_is_still_inventoried() -> None:
    with legacy_server(1024, dhe=False) as (port, cert_der):
        done = run(port)
    assert done.certificates == (cert_der,)
    key = leaf(done).public_key()
    assert isinstance(key, rsa.RSAPublicKey)
    assert key.key_size == 1024


@pytest.mark.parametrize(
    ("cert", "expected"), [("ec", (0x0403,)), ("rsa", (0x0804, 0x0805, 0x0806)), ("mldsa65", (0x0905,))]
)
def test_signature_schemes_exact_set_per_certificate(cert: str, expected: tuple[int, ...]) -> None:
    with tls_server(None, cert) as (_, port, _der):  # type: ignore[arg-type]
        assert schemes(port) == expected


def test_signature_schemes_on_a_tls12_only_server_is_a_failure_not_an_empty_set() -> None:
    with tls_server(None, "ec", max_version=SSL.TLS1_2_VERSION) as (_, port, _der):
        opener = plain_opener(HOST, port, LIMITS)
        reason = failure(lambda: probe_signature_schemes(opener, sni=None, limits=LIMITS))
    assert (
        reason
        == "no TLS 1.3, signature schemes not probed (TLS handshake failed: tlsv1 alert protocol version)"
    )


@contextlib.contextmanager
def hang_up_server(cert: str) -> Iterator[int]:
    """OpenSSL 4.0 on memory BIOs that, when its handshake fails, closes without sending the alert: the way
    Dovecot and GnuTLS's slapd refuse an unsupported signature scheme (observed, see test_starttls)."""
    ctx = openssl_context(None, cert)  # type: ignore[arg-type]

    def serve(sock: socket.socket) -> None:
        conn = SSL.Connection(ctx, None)
        conn.set_accept_state()
        while True:
            try:
                conn.do_handshake()
                break
            except SSL.WantReadError:
                with contextlib.suppress(SSL.WantReadError):
                    sock.sendall(conn.bio_read(65536))
                data = sock.recv(65536)
                if not data:
                    return
                conn.bio_write(data)  # an SSL.Error from do_handshake ends serve: the socket closes unflushed
        sock.sendall(conn.bio_read(65536))

    with serving(serve) as port:
        yield port


def test_signature_schemes_count_a_hang_up_as_not_accepted() -> None:
    with hang_up_server("ec") as port:
        assert schemes(port) == (0x0403,)
        opener = plain_opener(HOST, port, LIMITS)
        only_pq = [0x0904, 0x0905]
        reason = failure(lambda: probe_signature_schemes(opener, sni=None, limits=LIMITS, schemes=only_pq))
    assert reason == "no signature scheme completed a handshake; hung up without an alert on 0x0904, 0x0905"


def test_signature_schemes_offered_are_tls13_schemes_only() -> None:
    assert 0x0401 not in TLS13_SIGNATURE_SCHEMES
    assert {
        0x0904: "mldsa44",
        0x0905: "mldsa65",
        0x0906: "mldsa87",
    }.items() <= TLS13_SIGNATURE_SCHEMES.items()
    with pytest.raises(ValueError, match=r"0x0401 is not a TLS 1\.3 scheme"):
        asyncio.run(
            probe_signature_schemes(plain_opener(HOST, 9, LIMITS), sni=None, limits=LIMITS, schemes=[0x0401])
        )


# --- the ClientHello as a server sees it ---


def captured_hello(sni: str | None) -> tuple[ClientHello, str]:
    """The ClientHello `handshake` sends, caught by a server that then hangs up, and the failure reason."""
    hellos: list[ClientHello] = []

    async def catch(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        hellos.append(await hostile.read_client_hello(reader))

    async def scenario() -> str:
        async with hostile.hostile_server(catch) as (host, port):
            with pytest.raises(ProbeFailure) as caught:
                await handshake(plain_opener(host, port, LIMITS), sni=sni, limits=LIMITS)
        return caught.value.reason

    reason = asyncio.run(scenario())
    return hellos[0], reason


def u16s(data: bytes) -> list[int]:
    return [int.from_bytes(data[i : i + 2]) for i in range(0, len(data), 2)]


def test_client_hello_offers_ml_dsa_first_and_pq_groups() -> None:
    hello, reason = captured_hello("localhost")
    assert u16s(hello.extensions[0x000D][2:])[:6] == [0x0905, 0x0906, 0x0904, 0x0403, 0x0503, 0x0603]
    assert u16s(hello.extensions[0x000A][2:])[:4] == [0x11EC, 0x11EB, 0x11EE, 0x001D]
    assert hello.extensions[0x0000] == b"\x00\x0c\x00\x00\x09localhost"
    assert reason == "closed after 0 bytes of the TLS handshake"


def test_ip_literal_is_never_sent_as_sni() -> None:
    hello, _ = captured_hello("127.0.0.1")
    assert 0x0000 not in hello.extensions


# --- hostile servers: a reason within the deadline ---


def against(behaviour: hostile.Behaviour, limits: ProbeLimits = HOSTILE_LIMITS) -> tuple[str, float, type]:
    async def scenario() -> tuple[str, type]:
        async with hostile.hostile_server(behaviour) as (host, port):
            try:
                await handshake(plain_opener(host, port, limits), sni=None, limits=limits)
            except ProbeFailure as caught:
                return caught.reason, type(caught)
        raise AssertionError("the hostile server's handshake completed")

    start = time.monotonic()
    reason, kind = asyncio.run(scenario())
    return reason, time.monotonic() - start, kind


def test_drip_ends_at_the_deadline() -> None:
    reason, seconds, _ = against(hostile.drip())
    assert reason == "timeout: no complete answer within 1 s"
    assert seconds < HOSTILE_LIMITS.exchange_timeout + SLACK


def test_silent_server_ends_at_the_deadline() -> None:
    reason, seconds, _ = against(hostile.silent)
    assert reason == "timeout: no complete answer within 1 s"
    assert seconds < HOSTILE_LIMITS.exchange_timeout + SLACK


def test_garbage_is_refused_by_the_tls_layer() -> None:
    reason, seconds, kind = against(hostile.replies(hostile.GARBAGE, then_close=False))
    assert (reason, kind) == ("TLS handshake failed: wrong version number", HandshakeRefused)
    assert seconds < SLACK


def test_http_answer_is_refused_by_the_tls_layer() -> None:
    reason, _, _ = against(hostile.replies(b"HTTP/1.1 400 Bad Request\r\n\r\n", then_close=False))
    assert reason == "TLS handshake failed: wrong version number"


def test_half_a_server_hello_then_close() -> None:
    hello = hostile.record(22, hostile.server_hello(0x001D, bytes(32)))
    reason, seconds, kind = against(hostile.replies(hello[:40]))
    assert (reason, kind) == ("closed after 40 bytes of the TLS handshake", HandshakeClosed)
    assert seconds < SLACK


def test_close_at_once() -> None:
    reason, _, _ = against(hostile.closes)
    assert reason == "closed after 0 bytes of the TLS handshake"


def test_oversized_record_header() -> None:
    reason, seconds, _ = against(hostile.replies(b"\x16\x03\x03\xff\xff", then_close=False))
    assert reason == "TLS handshake failed: data length too long; record layer failure"
    assert seconds < SLACK


def retry_forever(hellos: list[ClientHello]) -> hostile.Behaviour:
    """A well-formed HelloRetryRequest (session id echoed, secp256r1 asked for) to every ClientHello."""

    async def behave(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            header = await reader.readexactly(5)
            fragment = await reader.readexactly(int.from_bytes(header[3:5]))
            if header[0] != 22:
                continue  # the compatibility-mode ChangeCipherSpec before the second hello
            hello = parse_client_hello(fragment[4:])
            hellos.append(hello)
            retry = hostile.server_hello(0x0017, retry=True, session_id=hello.session_id)
            writer.write(hostile.record(22, retry) + hostile.record(20, b"\x01"))
            await writer.drain()

    return behave


def test_endless_hello_retry_requests_stop_after_the_second() -> None:
    hellos: list[ClientHello] = []
    reason, seconds, _ = against(retry_forever(hellos))
    assert reason == "TLS handshake failed: unexpected message"
    assert len(hellos) == 2  # the first hello, and the one answering the first HRR
    assert seconds < SLACK


def test_server_flight_over_the_size_bound() -> None:
    small = ProbeLimits(connect_timeout=1.0, exchange_timeout=2.0, max_handshake=1024)
    with tls_server(None, "mldsa65") as (_, port, _der):  # its Certificate message alone is 5.4 KB
        reason = failure(lambda: handshake(plain_opener(HOST, port, small), sni=None, limits=small))
    assert reason == "oversized handshake: more than 2048 bytes from the server"
