"""The raw TLS probes against real servers on 127.0.0.1: every cell of PROBES.md 4.4 and 4.5 for the
pyOpenSSL (OpenSSL 4.0) and stdlib ssl (system OpenSSL 3.0) fixtures, plus versions and cipher suites."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Awaitable, Callable
from contextlib import AbstractContextManager
from typing import TypeVar

import pytest
from cryptography import x509
from cryptography.hazmat.bindings.openssl.binding import Binding
from cryptography.hazmat.primitives.asymmetric import ec, mldsa
from OpenSSL import SSL
from tests.network.servers.openssl_server import (
    MIN_OPENSSL,
    CertKind,
    require_group_binding,
    stdlib_tls_server,
    tls_server,
)

from qready.detectors.network.results import GroupResult, GroupStatus, Preference, ProbeFailure, ProbeLimits
from qready.detectors.network.streams import Opener, plain_opener
from qready.detectors.network.tls_hello import CAPABILITY_GROUPS, CLASSICAL_SCHEMES, GROUPS
from qready.detectors.network.tls_probe import probe_groups, probe_preference, probe_suites, probe_versions

LIMITS = ProbeLimits(connect_timeout=2.0, exchange_timeout=2.0)
T = TypeVar("T")
Server = Callable[[], AbstractContextManager[tuple[str, int, bytes]]]

X25519, X448, P256, P384, P521 = 0x001D, 0x001E, 0x0017, 0x0018, 0x0019
FFDHE2048, FFDHE3072 = 0x0100, 0x0101
MLKEM768 = 0x0201
P256_MLKEM768, X25519_MLKEM768, P384_MLKEM1024 = 0x11EB, 0x11EC, 0x11ED
ALL_PQ = "X25519MLKEM768:SecP256r1MLKEM768:SecP384r1MLKEM1024:MLKEM768:X25519"
BROWSER = (X25519_MLKEM768, X25519, P256, P384)

SERVERS: dict[str, Server] = {
    "openssl-defaults-ec": lambda: tls_server(None, "ec"),
    "openssl-defaults-mldsa65": lambda: tls_server(None, "mldsa65"),
    "openssl-defaults-rsa": lambda: tls_server(None, "rsa"),
    "openssl-all-pq": lambda: tls_server(ALL_PQ, "ec"),
    "openssl-x25519-p256": lambda: tls_server("X25519:P-256", "ec"),
    "stdlib-prime256v1": lambda: stdlib_tls_server(ecdh_curve="prime256v1"),
    "stdlib-tls12-only": lambda: stdlib_tls_server(max_version=ssl.TLSVersion.TLSv1_2),
    "openssl-tls10-11": lambda: tls_server(
        "X25519:P-256",
        "ec",
        min_version=SSL.TLS1_VERSION,
        max_version=SSL.TLS1_1_VERSION,
        cipher_list="ECDHE-ECDSA-AES128-SHA:@SECLEVEL=0",
    ),
}


def against(server: str, probe: Callable[[Opener], Awaitable[T]]) -> T:
    async def scenario(opener: Opener) -> T:
        return await probe(opener)

    with SERVERS[server]() as (host, port, _):
        return asyncio.run(scenario(plain_opener(host, port, LIMITS)))


def row(supported: set[int]) -> dict[int, tuple[GroupStatus, str]]:
    """A 4.4 row over every probed group: Y = HRR naming the group, - = alert 40."""
    refused = (GroupStatus.NOT_SUPPORTED, "alert 40 handshake_failure")
    return {
        g: (GroupStatus.SUPPORTED, "HelloRetryRequest") if g in supported else refused
        for g in CAPABILITY_GROUPS
    }


OPENSSL_DEFAULTS = {X25519, P256, P384, P521, X448, FFDHE2048, FFDHE3072, P256_MLKEM768, X25519_MLKEM768}
EXPECTED_GROUPS = {  # PROBES.md 4.4 (ffdhe3072 is in OpenSSL's default list beside ffdhe2048)
    "openssl-defaults-ec": row(OPENSSL_DEFAULTS),
    "openssl-defaults-mldsa65": row(OPENSSL_DEFAULTS),
    "openssl-all-pq": row({X25519, MLKEM768, P256_MLKEM768, X25519_MLKEM768, P384_MLKEM1024}),
    "openssl-x25519-p256": row({X25519, P256}),
    "stdlib-prime256v1": row({P256}),
    "stdlib-tls12-only": {g: (GroupStatus.NO_TLS13, "alert 70 protocol_version") for g in CAPABILITY_GROUPS},
}


def test_fixture_binding_can_set_group_lists() -> None:
    """PROBES.md 4.2: without SSL_CTX_set1_curves_list or with OpenSSL < 3.5 every PQ row below is void."""
    assert hasattr(Binding.lib, "SSL_CTX_set1_curves_list")
    assert Binding.lib.OpenSSL_version_num() >= MIN_OPENSSL
    require_group_binding()


@pytest.mark.parametrize("server", sorted(EXPECTED_GROUPS))
def test_capability_probe_gives_every_cell_of_the_row(server: str) -> None:
    results = against(server, lambda opener: probe_groups(opener, sni="localhost", limits=LIMITS))
    assert {r.group: (r.status, r.detail) for r in results} == EXPECTED_GROUPS[server]
    assert [r.group for r in results] == list(CAPABILITY_GROUPS)
    assert all(r.name == GROUPS[r.group].name for r in results)


def test_mldsa_certificate_without_mldsa_schemes_gets_alert_40_on_every_cell() -> None:
    """PROBES.md 3.3: the same ML-DSA-65 server refuses everything when the hello lacks 0x0904-0x0906."""
    results = against(
        "openssl-defaults-mldsa65",
        lambda opener: probe_groups(opener, sni="localhost", limits=LIMITS, sigalgs=CLASSICAL_SCHEMES),
    )
    assert {r.group: (r.status, r.detail) for r in results} == row(set())


def test_capability_probe_results_keep_the_requested_order() -> None:
    groups = (P256, X25519_MLKEM768, 0x0104)
    results = against(
        "openssl-x25519-p256", lambda opener: probe_groups(opener, groups, sni=None, limits=LIMITS)
    )
    assert results == (
        GroupResult(P256, "secp256r1", GroupStatus.SUPPORTED, "HelloRetryRequest"),
        GroupResult(
            X25519_MLKEM768, "X25519MLKEM768", GroupStatus.NOT_SUPPORTED, "alert 40 handshake_failure"
        ),
        GroupResult(0x0104, "ffdhe8192", GroupStatus.NOT_SUPPORTED, "alert 40 handshake_failure"),
    )


def _hello(group: int, length: int, name: str) -> tuple[str, int, int, str]:
    return "server-hello", group, length, name


HRR_MLKEM = ("hello-retry-request", X25519_MLKEM768, None, "X25519MLKEM768")
EXPECTED_PREFERENCE = {  # PROBES.md 4.5: (both shares sent, only the x25519 share)
    "openssl-defaults-ec": (_hello(X25519_MLKEM768, 1120, "X25519MLKEM768"), HRR_MLKEM),
    "openssl-defaults-mldsa65": (_hello(X25519_MLKEM768, 1120, "X25519MLKEM768"), HRR_MLKEM),
    "openssl-all-pq": (_hello(X25519_MLKEM768, 1120, "X25519MLKEM768"), _hello(X25519, 32, "x25519")),
    "openssl-x25519-p256": (_hello(X25519, 32, "x25519"), _hello(X25519, 32, "x25519")),
    "stdlib-prime256v1": (("hello-retry-request", P256, None, "secp256r1"),) * 2,
    "stdlib-tls12-only": (("alert", None, None, "alert 70 protocol_version"),) * 2,
}


@pytest.mark.parametrize("server", sorted(EXPECTED_PREFERENCE))
def test_preference_probe_gives_both_cells(server: str) -> None:
    results = against(server, lambda opener: probe_preference(opener, sni="localhost", limits=LIMITS))
    both, advertised = EXPECTED_PREFERENCE[server]
    assert results == (
        Preference(BROWSER, (X25519_MLKEM768, X25519), *both),
        Preference(BROWSER, (X25519,), *advertised),
    )


NO_OLD = (("TLSv1.0", False), ("TLSv1.1", False))
EXPECTED_VERSIONS = {
    "openssl-defaults-ec": (*NO_OLD, ("TLSv1.2", True), ("TLSv1.3", True)),
    "openssl-defaults-mldsa65": (
        *NO_OLD,
        ("TLSv1.2", False),
        ("TLSv1.3", True),
    ),  # TLS 1.2 cannot sign with ML-DSA
    "stdlib-prime256v1": (*NO_OLD, ("TLSv1.2", True), ("TLSv1.3", True)),
    "stdlib-tls12-only": (*NO_OLD, ("TLSv1.2", True), ("TLSv1.3", False)),
    "openssl-tls10-11": (("TLSv1.0", True), ("TLSv1.1", True), ("TLSv1.2", False), ("TLSv1.3", False)),
}


@pytest.mark.parametrize("server", sorted(EXPECTED_VERSIONS))
def test_version_probe(server: str) -> None:
    assert (
        against(server, lambda opener: probe_versions(opener, sni="localhost", limits=LIMITS))
        == (EXPECTED_VERSIONS[server])
    )


# ECDSA suites of OpenSSL's DEFAULT list (`openssl ciphers -V -s -tls1_2 DEFAULT`; 3.0.19 and 4.0 agree).
# OpenSSL servers pick in the client's order (ascending code points here); the stdlib server sets
# OP_CIPHER_SERVER_PREFERENCE, so its order is Python's cipher string's.
OPENSSL_ECDSA = (0xC009, 0xC00A, 0xC023, 0xC024, 0xC02B, 0xC02C, 0xCCA9)
OPENSSL_RSA = (
    *(0x002F, 0x0033, 0x0035, 0x0039, 0x003C, 0x003D, 0x0067, 0x006B, 0x009C, 0x009D, 0x009E, 0x009F),
    *(0xC013, 0xC014, 0xC027, 0xC028, 0xC02F, 0xC030, 0xCCA8, 0xCCAA),
)
PYTHON_ECDSA = (
    0xC02C,
    0xC02B,
    0xCCA9,
    0xC024,
    0xC023,
)  # Python's '...:ECDH+AESGCM:ECDH+CHACHA20:ECDH+AES:...:!SHA1'
TLS13 = ("TLSv1.3", (0x1301, 0x1302, 0x1303))
EXPECTED_SUITES = {
    "openssl-defaults-ec": (("TLSv1.2", OPENSSL_ECDSA), TLS13),
    "openssl-defaults-rsa": (("TLSv1.2", OPENSSL_RSA), TLS13),
    "openssl-defaults-mldsa65": (TLS13,),
    "stdlib-prime256v1": (("TLSv1.2", PYTHON_ECDSA), ("TLSv1.3", (0x1302, 0x1303, 0x1301))),
    "stdlib-tls12-only": (("TLSv1.2", PYTHON_ECDSA),),
    "openssl-tls10-11": (("TLSv1.0", (0xC009,)), ("TLSv1.1", (0xC009,))),
}


@pytest.mark.parametrize("server", sorted(EXPECTED_SUITES))
def test_suite_probe_on_the_versions_found(server: str) -> None:
    async def probe(opener: Opener) -> tuple[tuple[str, tuple[int, ...]], ...]:
        versions = await probe_versions(opener, sni="localhost", limits=LIMITS)
        return await probe_suites(opener, versions, sni="localhost", limits=LIMITS)

    assert against(server, probe) == EXPECTED_SUITES[server]


def test_suite_probe_takes_version_names_and_refuses_unknown_ones() -> None:
    probe = lambda opener: probe_suites(opener, ["TLSv1.3", "TLSv1.0"], sni=None, limits=LIMITS)  # noqa: E731
    assert against("openssl-defaults-ec", probe) == (("TLSv1.3", (0x1301, 0x1302, 0x1303)), ("TLSv1.0", ()))
    with pytest.raises(ValueError, match=r"unknown TLS version\(s\) \['SSLv3'\]"):
        against(
            "openssl-defaults-ec", lambda opener: probe_suites(opener, ["SSLv3"], sni=None, limits=LIMITS)
        )


def test_suite_probe_stops_at_its_connection_bound() -> None:
    probe = lambda opener: probe_suites(opener, ["TLSv1.2"], sni=None, limits=LIMITS, max_connections=3)  # noqa: E731
    with pytest.raises(ProbeFailure, match=r"^TLSv1\.2: more than 3 suites accepted, stopped$"):
        against("openssl-defaults-ec", probe)


@pytest.mark.parametrize(
    ("kind", "key_type"), [("ec", ec.EllipticCurvePublicKey), ("mldsa65", mldsa.MLDSA65PublicKey)]
)
def test_fixture_serves_its_certificate_then_shuts_down(kind: CertKind, key_type: type) -> None:
    with tls_server(None, kind) as (host, port, cert_der):
        during = asyncio.run(
            probe_groups(plain_opener(host, port, LIMITS), [X25519], sni=None, limits=LIMITS)
        )
    after = asyncio.run(probe_groups(plain_opener(host, port, LIMITS), [X25519], sni=None, limits=LIMITS))
    assert during == (GroupResult(X25519, "x25519", GroupStatus.SUPPORTED, "HelloRetryRequest"),)
    assert after == (GroupResult(X25519, "x25519", GroupStatus.FAILED, "connection refused"),)
    public_key = x509.load_der_x509_certificate(cert_der).public_key()
    assert isinstance(public_key, key_type)
