"""STARTTLS preambles against real servers (aiosmtpd, pyftpdlib, PostgreSQL 15) and documented-exchange
servers that hand over to a real pyOpenSSL server (IMAP, POP3, LDAP); each success ends in a handshake with
the exact certificate algorithm. Refusals and hostile peers end with an exact reason within the deadline."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, mldsa, rsa
from tests.network import hostile
from tests.network.servers.openssl_server import Served, tls_server
from tests.network.servers.starttls_daemons import (
    dovecot_missing,
    dovecot_server,
    postgres_server,
    slapd_missing,
    slapd_server,
)
from tests.network.servers.starttls_servers import (
    dialogue_server,
    ftp_server,
    imap_dialogue,
    ldap_dialogue,
    ldap_extended_response,
    pop3_dialogue,
    smtp_server,
)
from tests.postgres_cluster import postgres_missing

from qready.detectors.network.results import GroupStatus, ProbeFailure, ProbeLimits
from qready.detectors.network.starttls import (
    IMPLICIT_TLS_PORTS,
    STARTTLS_PORTS,
    ldap_starttls_request,
    protocol_for_port,
    starttls_opener,
)
from qready.detectors.network.tls_handshake import Handshake, handshake, probe_signature_schemes
from qready.detectors.network.tls_probe import probe_groups

LIMITS = ProbeLimits(connect_timeout=1.0, exchange_timeout=2.0)
HOSTILE_LIMITS = ProbeLimits(connect_timeout=0.5, exchange_timeout=1.0)
SLACK = 1.0  # seconds allowed past a deadline on a busy machine


def tls_over(served: Served, protocol: str | None) -> Handshake:
    host, port, _ = served
    return asyncio.run(handshake(starttls_opener(host, port, protocol, LIMITS), sni=None, limits=LIMITS))


def refusal(served: Served, protocol: str) -> str:
    host, port, _ = served

    async def scenario() -> str:
        with pytest.raises(ProbeFailure) as caught:
            await handshake(starttls_opener(host, port, protocol, LIMITS), sni=None, limits=LIMITS)
        return caught.value.reason

    return asyncio.run(scenario())


def leaf(done: Handshake) -> x509.Certificate:
    return x509.load_der_x509_certificate(done.certificates[0])


def assert_p256(done: Handshake) -> None:
    key = leaf(done).public_key()
    assert isinstance(key, ec.EllipticCurvePublicKey)
    assert key.curve.name == "secp256r1"
    assert done.signature_scheme == 0x0403


def test_well_known_ports() -> None:
    assert STARTTLS_PORTS == {
        25: "smtp",
        587: "smtp",
        143: "imap",
        110: "pop3",
        21: "ftp",
        389: "ldap",
        5432: "postgres",
    }
    assert frozenset({443, 465, 636, 853, 990, 993, 995}) == IMPLICIT_TLS_PORTS
    assert (protocol_for_port(587), protocol_for_port(993), protocol_for_port(8443)) == ("smtp", None, None)


def test_unknown_protocol_is_an_error_naming_the_choices() -> None:
    with pytest.raises(ValueError, match=r"unknown STARTTLS protocol 'smtps' \(choose from smtp, imap, pop3"):
        starttls_opener("127.0.0.1", 465, "smtps", LIMITS)


def test_no_protocol_is_tls_from_the_first_byte() -> None:
    with tls_server(None, "ec") as served:
        done = tls_over(served, None)
    assert done.certificates == (served[2],)
    assert done.group == "X25519MLKEM768"


def test_ldap_request_bytes() -> None:
    """RFC 4511 4.14.1: messageID 1, [APPLICATION 23] { [0] "1.3.6.1.4.1.1466.20037" }."""
    assert ldap_starttls_request() == bytes.fromhex("301d02010177188016") + b"1.3.6.1.4.1.1466.20037"


# --- real servers and documented exchanges: STARTTLS, then a real handshake --------------------------------


def test_smtp_aiosmtpd_starttls() -> None:
    with smtp_server(cert="ec") as served:  # system OpenSSL through the stdlib, pinned to P-256
        done = tls_over(served, "smtp")
    assert done.certificates == (served[2],)
    assert (done.version, done.group) == ("TLSv1.3", "secp256r1")
    assert_p256(done)


def test_smtp_aiosmtpd_without_tls_names_what_ehlo_lists() -> None:
    with smtp_server(starttls=False) as served:
        reason = refusal(served, "smtp")
    assert reason == "SMTP server does not offer STARTTLS (EHLO lists SIZE 33554432, 8BITMIME, HELP)"


def test_raw_group_probes_run_unchanged_after_smtp_starttls() -> None:
    """The P-256-only server asks for P-256 with an HRR. For the other groups aiosmtpd's TLS layer (asyncio's
    sslproto) hangs up without sending its alert (observed): "closed", which is not "not supported"."""
    groups = (0x11EC, 0x001D, 0x0017)
    with smtp_server(cert="ec") as (host, port, _):
        opener = starttls_opener(host, port, "smtp", LIMITS)
        results = asyncio.run(probe_groups(opener, groups, sni=None, limits=LIMITS))
    assert [(result.group, result.status, result.detail) for result in results] == [
        (0x11EC, GroupStatus.CLOSED, "closed before any answer"),
        (0x001D, GroupStatus.CLOSED, "closed before any answer"),
        (0x0017, GroupStatus.SUPPORTED, "HelloRetryRequest"),
    ]


def test_raw_group_probes_run_unchanged_after_imap_starttls() -> None:
    groups = (0x11EC, 0x11ED, 0x001D)
    with dialogue_server(imap_dialogue(), "ec") as (host, port, _):
        opener = starttls_opener(host, port, "imap", LIMITS)
        results = asyncio.run(probe_groups(opener, groups, sni=None, limits=LIMITS))
    assert [(result.group, result.status, result.detail) for result in results] == [
        (0x11EC, GroupStatus.SUPPORTED, "HelloRetryRequest"),
        (0x11ED, GroupStatus.NOT_SUPPORTED, "alert 40 handshake_failure"),
        (0x001D, GroupStatus.SUPPORTED, "HelloRetryRequest"),
    ]


def test_ftp_pyftpdlib_auth_tls_with_ml_dsa_certificate() -> None:
    with ftp_server(cert="mldsa65") as served:
        done = tls_over(served, "ftp")
    assert done.certificates == (served[2],)
    assert isinstance(leaf(done).public_key(), mldsa.MLDSA65PublicKey)
    assert (done.version, done.group, done.signature_scheme) == ("TLSv1.3", "X25519MLKEM768", 0x0905)


def test_ftp_pyftpdlib_without_tls() -> None:
    with ftp_server(auth_tls=False) as served:
        reason = refusal(served, "ftp")
    assert reason == 'FTP server refused AUTH TLS: 500 Command "AUTH" not understood.'


def test_imap_starttls_ml_dsa_and_signature_schemes() -> None:
    with dialogue_server(imap_dialogue(), "mldsa65") as served:
        done = tls_over(served, "imap")
        host, port, _ = served
        opener = starttls_opener(host, port, "imap", LIMITS)
        schemes = asyncio.run(probe_signature_schemes(opener, sni=None, limits=LIMITS))
    assert done.certificates == (served[2],)
    assert isinstance(leaf(done).public_key(), mldsa.MLDSA65PublicKey)
    assert (done.group, done.signature_scheme) == ("X25519MLKEM768", 0x0905)
    assert schemes == (0x0905,)


def test_imap_without_starttls() -> None:
    with dialogue_server(imap_dialogue(starttls=False)) as served:
        reason = refusal(served, "imap")
    assert reason == "IMAP server does not offer STARTTLS (CAPABILITY IMAP4rev2 AUTH=PLAIN)"


def test_pop3_stls_rsa_certificate() -> None:
    with dialogue_server(pop3_dialogue(), "rsa", groups="X25519:P-256") as served:
        done = tls_over(served, "pop3")
    key = leaf(done).public_key()
    assert isinstance(key, rsa.RSAPublicKey)
    assert key.key_size == 2048
    assert (done.certificates, done.group, done.signature_scheme) == ((served[2],), "x25519", 0x0804)


def test_pop3_without_stls() -> None:
    with dialogue_server(pop3_dialogue(stls=False)) as served:
        reason = refusal(served, "pop3")
    assert reason == "POP3 server refused STLS: -ERR unknown command"


def test_ldap_starttls_long_form_length() -> None:
    with dialogue_server(ldap_dialogue(), "ec") as served:
        done = tls_over(served, "ldap")
    assert done.certificates == (served[2],)
    assert done.group == "X25519MLKEM768"
    assert_p256(done)


def test_ldap_refusal_quotes_result_code_and_diagnostic() -> None:
    with dialogue_server(ldap_dialogue(result_code=53, diagnostic="TLS not configured")) as served:
        reason = refusal(served, "ldap")
    assert reason == "LDAP server refused StartTLS: resultCode 53 unwillingToPerform, 'TLS not configured'"


needs_postgres = pytest.mark.skipif(bool(postgres_missing()), reason=postgres_missing() or "-")
needs_dovecot = pytest.mark.skipif(bool(dovecot_missing()), reason=dovecot_missing() or "-")
needs_slapd = pytest.mark.skipif(bool(slapd_missing()), reason=slapd_missing() or "-")


@needs_postgres
def test_postgres_ssl_request() -> None:
    with postgres_server(ssl=True, cert="ec") as served:
        done = tls_over(served, "postgres")
    assert done.certificates == (served[2],)
    assert (done.version, done.group) == ("TLSv1.3", "secp256r1")  # PostgreSQL's ssl_ecdh_curve default
    assert_p256(done)


@needs_postgres
def test_postgres_with_ssl_off() -> None:
    with postgres_server(ssl=False) as served:
        reason = refusal(served, "postgres")
    assert reason == "PostgreSQL server does not offer SSL: it answered 'N' to SSLRequest"


@needs_dovecot
def test_dovecot_imap_and_pop3_starttls() -> None:
    with dovecot_server(ssl=True, cert="rsa") as served:  # system OpenSSL, pinned to P-256
        imap = tls_over((served.host, served.imap, served.cert_der), "imap")
        pop3 = tls_over((served.host, served.pop3, served.cert_der), "pop3")
        opener = starttls_opener(served.host, served.imap, "imap", LIMITS)
        schemes = asyncio.run(probe_signature_schemes(opener, sni=None, limits=LIMITS))
    for done in (imap, pop3):
        key = leaf(done).public_key()
        assert isinstance(key, rsa.RSAPublicKey)
        assert key.key_size == 2048
        assert (done.certificates, done.version, done.group) == ((served.cert_der,), "TLSv1.3", "secp256r1")
        assert done.signature_scheme == 0x0804
    assert schemes == (0x0804, 0x0805, 0x0806)  # Dovecot hangs up on the others, without an alert


@needs_dovecot
def test_dovecot_without_ssl() -> None:
    with dovecot_server(ssl=False) as served:
        imap = refusal((served.host, served.imap, b""), "imap")
        pop3 = refusal((served.host, served.pop3, b""), "pop3")
    assert imap == (
        "IMAP server does not offer STARTTLS "
        "(CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN)"
    )
    assert pop3 == "POP3 server refused STLS: -ERR TLS support isn't enabled."


@needs_slapd
def test_openldap_slapd_starttls_over_gnutls() -> None:
    with slapd_server(tls=True, cert="ec") as served:
        done = tls_over(served, "ldap")
        host, port, _ = served
        opener = starttls_opener(host, port, "ldap", LIMITS)
        schemes = asyncio.run(probe_signature_schemes(opener, sni=None, limits=LIMITS))
    assert done.certificates == (served[2],)
    assert (done.version, done.group) == ("TLSv1.3", "secp256r1")
    assert_p256(done)
    assert schemes == (0x0403,)


@needs_slapd
def test_openldap_slapd_without_tls() -> None:
    with slapd_server(tls=False) as served:
        reason = refusal(served, "ldap")
    assert (
        reason == "LDAP server refused StartTLS: resultCode 2 protocolError, 'unsupported extended operation'"
    )


# --- scripted and hostile peers -----------------------------------------------------------------------------


def scripted(*answers: bytes, greeting: bytes = b"") -> hostile.Behaviour:
    """Sends `greeting`, then one answer per line received; then holds the connection open."""

    async def behave(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(greeting)
        for answer in answers:
            await writer.drain()
            await reader.readuntil(b"\n")
            writer.write(answer)
        await writer.drain()
        await asyncio.sleep(3600)

    return behave


def sends(data: bytes, *, after_request: int = 0) -> hostile.Behaviour:
    """Reads `after_request` bytes (a binary request), sends `data`, holds the connection open."""

    async def behave(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readexactly(after_request)
        writer.write(data)
        await writer.drain()
        await asyncio.sleep(3600)

    return behave


def drips(first: bytes) -> hostile.Behaviour:
    async def behave(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(first)
        while True:
            await writer.drain()
            await asyncio.sleep(0.3)
            writer.write(b"x")

    return behave


def against(behaviour: hostile.Behaviour, protocol: str) -> tuple[str, float]:
    async def scenario() -> str:
        async with hostile.hostile_server(behaviour) as (host, port):
            opener = starttls_opener(host, port, protocol, HOSTILE_LIMITS)
            with pytest.raises(ProbeFailure) as caught:
                await handshake(opener, sni=None, limits=HOSTILE_LIMITS)
        return caught.value.reason

    start = time.monotonic()
    reason = asyncio.run(scenario())
    return reason, time.monotonic() - start


LDAP_REQUEST = len(ldap_starttls_request())
PG_REQUEST = 8
CASES: dict[str, tuple[Callable[[], hostile.Behaviour], str, str]] = {
    "smtp-454": (
        lambda: scripted(
            b"250-mx.test\r\n250 STARTTLS\r\n", b"454 4.7.0 TLS not available\r\n", greeting=b"220 mx\r\n"
        ),
        "smtp",
        "SMTP server refused STARTTLS: 454 4.7.0 TLS not available",
    ),
    "smtp-busy": (
        lambda: sends(b"554 5.3.2 too busy\r\n"),
        "smtp",
        "SMTP server not ready: 554 5.3.2 too busy",
    ),
    "smtp-ehlo-refused": (
        lambda: scripted(b"502 5.5.1 command not implemented\r\n", greeting=b"220 old.test\r\n"),
        "smtp",
        "SMTP server refused EHLO: 502 5.5.1 command not implemented",
    ),
    "http": (
        lambda: sends(b"HTTP/1.1 400 Bad Request\r\n\r\n"),
        "smtp",
        "not an SMTP server: it sent 'HTTP/1.1 400 Bad Request'",
    ),
    "closes": (lambda: hostile.closes, "smtp", "SMTP server closed the connection"),
    "half-line": (
        lambda: sends(b"220 mx", after_request=0),
        "ftp",
        "timeout: ftp STARTTLS not done within 1 s",
    ),
    "long-line": (
        lambda: sends(b"220-" + b"x" * 5000 + b"\r\n"),
        "ftp",
        "FTP server sent a line longer than 4096 bytes",
    ),
    "endless-line": (
        lambda: sends(b"220-" + b"x" * 70000),
        "ftp",
        "FTP server sent a line longer than 4096 bytes",
    ),
    "endless-reply": (lambda: sends(b"220-more\r\n" * 1100), "smtp", "SMTP reply longer than 1024 lines"),
    "drip": (lambda: drips(b"220-"), "smtp", "timeout: smtp STARTTLS not done within 1 s"),
    "imap-bye": (
        lambda: sends(b"* BYE too many connections\r\n"),
        "imap",
        "not an IMAP server ready for a client: it sent '* BYE too many connections'",
    ),
    "imap-preauth": (
        lambda: sends(b"* PREAUTH logged in as nobody\r\n"),
        "imap",
        "IMAP server greeted with PREAUTH, so STARTTLS is not allowed: * PREAUTH logged in as nobody",
    ),
    "imap-refused": (
        lambda: scripted(
            b"* CAPABILITY IMAP4rev1 STARTTLS\r\nQ1 OK done\r\n",
            b"Q2 NO [UNAVAILABLE] TLS broken\r\n",
            greeting=b"* OK ready\r\n",
        ),
        "imap",
        "IMAP server refused STARTTLS: Q2 NO [UNAVAILABLE] TLS broken",
    ),
    "imap-endless-untagged": (
        lambda: scripted(b"* OK chatter\r\n" * 1100, greeting=b"* OK ready\r\n"),
        "imap",
        "IMAP reply longer than 1024 lines",
    ),
    "pop3-busy": (
        lambda: sends(b"-ERR maildrop locked\r\n"),
        "pop3",
        "POP3 server not ready: -ERR maildrop locked",
    ),
    "ldap-oversized": (
        lambda: sends(b"\x30\x84\x7f\xff\xff\xff", after_request=LDAP_REQUEST),
        "ldap",
        "oversized LDAP response: 2147483647 bytes (limit 16384)",
    ),
    "ldap-not-ber": (
        lambda: sends(b"HTTP/1.1 400 Bad Request\r\n\r\n", after_request=LDAP_REQUEST),
        "ldap",
        "not an LDAP server: its answer starts with byte 0x48",
    ),
    "ldap-disconnect": (
        lambda: sends(ldap_extended_response(0, 52, "shutting down"), after_request=LDAP_REQUEST),
        "ldap",
        "LDAP server sent a notice of disconnection: resultCode 52 unavailable, 'shutting down'",
    ),
    "ldap-truncated": (
        lambda: sends(b"\x30\x0c\x02\x01\x01\x78\x07\x0a\x01", after_request=LDAP_REQUEST),
        "ldap",
        "timeout: ldap STARTTLS not done within 1 s",
    ),
    "postgres-error": (
        lambda: sends(b"E\x00\x00\x00\x19SFATAL\x00Mno SSL here\x00\x00", after_request=PG_REQUEST),
        "postgres",
        "PostgreSQL server refused SSLRequest: no SSL here",
    ),
    "postgres-other": (
        lambda: sends(b"HTTP/1.1 400", after_request=PG_REQUEST),
        "postgres",
        "not a PostgreSQL server: it answered SSLRequest with byte 0x48",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_refusing_and_hostile_peers(case: str) -> None:
    make, protocol, expected = CASES[case]
    reason, seconds = against(make(), protocol)
    assert reason == expected
    assert seconds < HOSTILE_LIMITS.exchange_timeout + SLACK


def test_preamble_failure_closes_the_connection() -> None:
    closed = asyncio.Event()

    async def behave(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"-ERR go away\r\n")
        await writer.drain()
        if await reader.read() == b"":  # the probe closed its side
            closed.set()

    async def scenario() -> str:
        async with hostile.hostile_server(behave) as (host, port):
            with pytest.raises(ProbeFailure) as caught:
                await starttls_opener(host, port, "pop3", HOSTILE_LIMITS)()
            await asyncio.wait_for(closed.wait(), HOSTILE_LIMITS.exchange_timeout)
        return caught.value.reason

    assert asyncio.run(scenario()) == "POP3 server not ready: -ERR go away"
