"""Real TLS servers on 127.0.0.1 for the network tests (PROBES.md 4.2).

`tls_server` runs pyOpenSSL on the OpenSSL that `cryptography` bundles (4.0 for cryptography >= 48): it
negotiates X25519MLKEM768 by default and can present an ML-DSA-65 certificate. `stdlib_tls_server` runs the
standard library's `ssl` on the system OpenSSL (3.0 on Debian 12), for classical and TLS 1.2-only rows.

Both are context managers yielding `(host, port, cert_der)`: a port-0 listener, one thread per connection
(handshake, write b"hi\\n", close_notify, close) and a clean shutdown that closes every open connection.

    with tls_server("X25519:P-256", "mldsa65") as (host, port, cert_der): ...
    with stdlib_tls_server(ecdh_curve="prime256v1", max_version=ssl.TLSVersion.TLSv1_2) as (host, port, _):

pyOpenSSL 26 has no `set_groups`, and the binding exposes `SSL_CTX_set1_curves_list` but not
`SSL_CTX_set1_groups_list` (a C macro), so group lists go through the private `Context._context`.
`require_group_binding()` fails loudly when that function is missing or OpenSSL is older than 3.5.
"""

from __future__ import annotations

import contextlib
import datetime
import ipaddress
import selectors
import socket
import ssl
import tempfile
import threading
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Literal

from cryptography import x509
from cryptography.hazmat.bindings.openssl.binding import Binding
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, mldsa, rsa
from cryptography.x509.oid import NameOID
from OpenSSL import SSL

CertKind = Literal["ec", "rsa", "mldsa65"]
Served = tuple[str, int, bytes]  # host, port, DER of the server certificate
HOST = "127.0.0.1"
MIN_OPENSSL = 0x30500000  # 3.5.0: first release with the ML-KEM hybrids and ML-DSA


def require_group_binding() -> None:
    """Raise unless the binding can set group lists and bundles OpenSSL >= 3.5 (PROBES.md 4.2)."""
    if not hasattr(Binding.lib, "SSL_CTX_set1_curves_list"):
        raise RuntimeError("cryptography's binding lacks SSL_CTX_set1_curves_list: pin cryptography >= 48")
    number = Binding.lib.OpenSSL_version_num()
    if number < MIN_OPENSSL:
        raise RuntimeError(f"cryptography bundles OpenSSL {number:#x}, need >= 3.5 for ML-KEM and ML-DSA")


@cache
def certificate(kind: CertKind) -> tuple[bytes, bytes]:
    """(certificate PEM, PKCS8 key PEM): CN=localhost, SAN localhost and 127.0.0.1; cached per kind."""
    key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey | mldsa.MLDSA65PrivateKey
    if kind == "ec":
        key = ec.generate_private_key(ec.SECP256R1())
    elif kind == "rsa":
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    else:
        key = mldsa.MLDSA65PrivateKey.generate()
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    names = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address(HOST))]
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(0x5EED)
        .not_valid_before(datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC))
        .not_valid_after(datetime.datetime(2036, 1, 1, tzinfo=datetime.UTC))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
    )
    cert = builder.sign(key, None if kind == "mldsa65" else hashes.SHA256())
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return cert.public_bytes(serialization.Encoding.PEM), key_pem


def certificate_der(kind: CertKind) -> bytes:
    return x509.load_pem_x509_certificate(certificate(kind)[0]).public_bytes(serialization.Encoding.DER)


@contextlib.contextmanager
def cert_files(kind: CertKind) -> Iterator[tuple[Path, Path]]:
    """`certificate(kind)` as (cert.pem, key.pem) files in a temporary folder, until the block ends."""
    cert_pem, key_pem = certificate(kind)
    with tempfile.TemporaryDirectory(prefix="qready-tls-") as folder:
        cert_path, key_path = Path(folder, "cert.pem"), Path(folder, "key.pem")
        cert_path.write_bytes(cert_pem)
        key_path.write_bytes(key_pem)
        yield cert_path, key_path


def free_port() -> int:
    """A port free on 127.0.0.1 now, for daemons that cannot listen on port 0 and report it."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def openssl_context(
    groups: str | None,
    cert: CertKind,
    *,
    min_version: int | None = None,
    max_version: int | None = None,
    cipher_list: str | None = None,
) -> SSL.Context:
    """A pyOpenSSL server context. `groups` is an OpenSSL group list ("X25519:P-256"); None keeps defaults.
    Versions are SSL.TLS1_VERSION ... SSL.TLS1_3_VERSION; `cipher_list` sets the TLS 1.2-and-below suites."""
    ctx = SSL.Context(SSL.TLS_METHOD)
    with cert_files(cert) as (cert_path, key_path):
        ctx.use_certificate_file(str(cert_path))
        ctx.use_privatekey_file(str(key_path))
    if groups is not None:
        require_group_binding()
        if Binding.lib.SSL_CTX_set1_curves_list(ctx._context, groups.encode("ascii")) != 1:
            raise RuntimeError(f"OpenSSL refused the group list {groups!r}")
    if min_version is not None:
        ctx.set_min_proto_version(min_version)
    if max_version is not None:
        ctx.set_max_proto_version(max_version)
    if cipher_list is not None:
        ctx.set_cipher_list(cipher_list.encode("ascii"))
    return ctx


@contextlib.contextmanager
def tls_server(
    groups: str | None = None,
    cert: CertKind = "ec",
    *,
    min_version: int | None = None,
    max_version: int | None = None,
    cipher_list: str | None = None,
) -> Iterator[Served]:
    """A pyOpenSSL (OpenSSL 4.0) server on 127.0.0.1, port 0, until the block ends. See `openssl_context`."""
    ctx = openssl_context(
        groups, cert, min_version=min_version, max_version=max_version, cipher_list=cipher_list
    )
    with serving(lambda sock: openssl_answer(ctx, sock)) as port:
        yield HOST, port, certificate_der(cert)


def openssl_answer(ctx: SSL.Context, sock: socket.socket) -> None:
    """Server side of one connection on `sock`: handshake, write b"hi\\n", close_notify."""
    conn = SSL.Connection(ctx, sock)
    conn.set_accept_state()
    conn.do_handshake()
    conn.sendall(b"hi\n")
    conn.shutdown()


def stdlib_context(
    cert: CertKind,
    *,
    ecdh_curve: str | None = None,
    min_version: ssl.TLSVersion | None = None,
    max_version: ssl.TLSVersion | None = None,
    ciphers: str | None = None,
) -> ssl.SSLContext:
    """A stdlib `ssl` server context. `ecdh_curve` calls set_ecdh_curve, which leaves that one group for
    TLS 1.2 and 1.3. The certificate must be "ec" or "rsa" (the system OpenSSL 3.0 has no ML-DSA)."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    with cert_files(cert) as (cert_path, key_path):
        ctx.load_cert_chain(cert_path, key_path)
    if ecdh_curve is not None:
        ctx.set_ecdh_curve(ecdh_curve)
    if min_version is not None:
        ctx.minimum_version = min_version
    if max_version is not None:
        ctx.maximum_version = max_version
    if ciphers is not None:
        ctx.set_ciphers(ciphers)
    return ctx


@contextlib.contextmanager
def stdlib_tls_server(
    *,
    cert: CertKind = "ec",
    ecdh_curve: str | None = None,
    min_version: ssl.TLSVersion | None = None,
    max_version: ssl.TLSVersion | None = None,
    ciphers: str | None = None,
) -> Iterator[Served]:
    """A stdlib `ssl` server (the system OpenSSL, 3.0 on Debian 12). See `stdlib_context`."""
    ctx = stdlib_context(
        cert, ecdh_curve=ecdh_curve, min_version=min_version, max_version=max_version, ciphers=ciphers
    )

    def serve(sock: socket.socket) -> None:
        sock.settimeout(5)  # wrap_socket detaches `sock`: shutdown cannot reach a stuck handshake, this can
        with ctx.wrap_socket(sock, server_side=True) as conn:
            conn.sendall(b"hi\n")
            conn.unwrap()

    with serving(serve) as port:
        yield HOST, port, certificate_der(cert)


@contextlib.contextmanager
def serving(serve: Callable[[socket.socket], None]) -> Iterator[int]:
    """Accept on 127.0.0.1:0 in a thread, `serve` each connection in its own thread; on exit, close all."""
    listener = socket.create_server((HOST, 0), backlog=128)
    stop = threading.Event()
    open_socks: set[socket.socket] = set()
    workers: list[threading.Thread] = []
    lock = threading.Lock()

    def handle(sock: socket.socket) -> None:
        try:
            serve(sock)
        except (SSL.Error, ssl.SSLError, OSError, ValueError):
            pass  # probes hang up after the first server flight; that is their job
        finally:
            with lock:
                open_socks.discard(sock)
            sock.close()

    def accept_loop() -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(listener, selectors.EVENT_READ)
            while not stop.is_set():
                if not selector.select(0.05):
                    continue
                with contextlib.suppress(OSError):
                    sock, _ = listener.accept()
                    sock.setblocking(True)
                    with lock:
                        open_socks.add(sock)
                    worker = threading.Thread(target=handle, args=(sock,), daemon=True)
                    workers.append(worker)
                    worker.start()

    acceptor = threading.Thread(target=accept_loop, daemon=True)
    acceptor.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        acceptor.join(5)
        listener.close()
        with lock:
            for sock in open_socks:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
        for worker in workers:
            worker.join(5)
