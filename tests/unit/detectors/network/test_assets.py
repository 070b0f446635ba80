"""Probe reports become the inventory's own types: findings at an Endpoint, a ProtocolConfig per endpoint,
certificates and host keys through the same code as files."""

from __future__ import annotations

import base64

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from tests.conftest import make_certificate

from qready.detectors.base import Detection
from qready.detectors.network.assets import ssh_detection, tls_detection
from qready.detectors.network.results import GroupResult, GroupStatus, Preference, SshReport, TlsReport
from qready.knowledge import default_catalog
from qready.model import Certificate, Endpoint, KeyMaterial, ProtocolConfig

WHERE = Endpoint("tls", "127.0.0.1", 8443)
SSH = Endpoint("ssh", "127.0.0.1", 2222)


def _rows(detection: Detection) -> list[tuple[str, str, str | None, str | None]]:
    return sorted((f.rule_id, f.algorithm.name, f.function, f.symbol) for f in detection.findings)


def test_tls_report_findings_and_assets() -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    der = make_certificate("pq.example", key).public_bytes(serialization.Encoding.DER)
    report = TlsReport(
        "127.0.0.1",
        8443,
        versions=(("TLSv1.2", True), ("TLSv1.3", True), ("TLSv1.1", False)),
        groups=(
            GroupResult(0x11EC, "X25519MLKEM768", GroupStatus.SUPPORTED, "HelloRetryRequest"),
            GroupResult(0x001D, "x25519", GroupStatus.SUPPORTED, "HelloRetryRequest"),
            GroupResult(0x0018, "secp384r1", GroupStatus.NOT_SUPPORTED, "alert 40 handshake_failure"),
        ),
        preferences=(Preference((0x11EC, 0x001D), (0x11EC, 0x001D), "server-hello", 0x11EC, 1120),),
        suites=(("TLSv1.3", (0x1301,)), ("TLSv1.2", (0xC02B,))),
        signature_schemes=(0x0403,),
        certificates=(der,),
        problems=("signature schemes: timeout",),
    )
    detection = tls_detection(report, default_catalog(), WHERE)
    assert _rows(detection) == [
        ("net.tls.group", "X25519", "key-exchange", "x25519"),
        ("net.tls.group", "X25519MLKEM768", "key-exchange", "X25519MLKEM768"),
        ("net.tls.negotiated", "X25519MLKEM768", "key-exchange", "key_share"),
        ("net.tls.signature", "ECDSA-P-256-SHA-256", "sign", "0x0403"),
        ("net.tls.suite", "AES-128-GCM", "reference", "TLS_AES_128_GCM_SHA256"),
        ("net.tls.suite", "AES-128-GCM", "reference", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"),
        ("net.tls.suite", "ECDH", "reference", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"),
        ("net.tls.suite", "ECDSA", "reference", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"),
        ("x509.public-key", "ECDSA-P-256", None, "subjectPublicKeyInfo"),
        ("x509.signature", "ECDSA-P-256-SHA-256", None, "signatureAlgorithm"),
    ]
    (cert,) = [a for a in detection.assets if isinstance(a, Certificate)]
    (config,) = [a for a in detection.assets if isinstance(a, ProtocolConfig)]
    assert (cert.subject, cert.key_size, cert.locations) == ("CN=pq.example", 256, (WHERE,))
    assert (config.protocol, config.version, config.files) == ("tls", "TLSv1.3", ("tls://127.0.0.1:8443",))
    assert (
        config.advice == "negotiates post-quantum key exchange with a modern client; supports X25519MLKEM768"
    )
    assert detection.problems == ["tls://127.0.0.1:8443: signature schemes: timeout"]
    assert all(f.location == WHERE for f in detection.findings)


def test_tls_without_pq_gets_the_sourced_advice() -> None:
    report = TlsReport(
        "127.0.0.1",
        8443,
        groups=(GroupResult(0x0017, "secp256r1", GroupStatus.SUPPORTED, "HelloRetryRequest"),),
    )
    (config,) = [
        a for a in tls_detection(report, default_catalog(), WHERE).assets if isinstance(a, ProtocolConfig)
    ]
    assert config.advice is not None
    assert config.advice.startswith(
        "no post-quantum key exchange: offer the hybrid group X25519MLKEM768 first"
    )


def test_tls12_only_server_is_told_to_enable_tls13() -> None:
    groups = (GroupResult(0x11EC, "X25519MLKEM768", GroupStatus.NO_TLS13, "alert 70 protocol_version"),)
    report = TlsReport("127.0.0.1", 8443, versions=(("TLSv1.2", True),), groups=groups)
    detection = tls_detection(report, default_catalog(), WHERE)
    (config,) = [a for a in detection.assets if isinstance(a, ProtocolConfig)]
    assert (
        config.advice
        == "no TLS 1.3, so no post-quantum key exchange: enable TLS 1.3 and offer X25519MLKEM768"
    )
    assert _rows(detection) == []


def _ssh_blob(key: rsa.RSAPrivateKey) -> bytes:
    line = key.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
    return base64.b64decode(line.split()[1])


def test_ssh_report_findings_host_key_and_unknown_names() -> None:
    blob = _ssh_blob(rsa.generate_private_key(65537, 3072))
    report = SshReport(
        "127.0.0.1",
        2222,
        banner="SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u7",
        kex=("sntrup761x25519-sha512@openssh.com", "curve25519-sha256", "made-up-kex@example.org"),
        host_key_algorithms=("rsa-sha2-512",),
        ciphers=("aes256-gcm@openssh.com",),
        macs=("hmac-sha2-256",),
        host_key=("ssh-rsa", 3072, blob),
    )
    detection = ssh_detection(report, default_catalog(), SSH)
    assert _rows(detection) == [
        ("net.ssh.cipher", "AES-256-GCM", "encrypt", "aes256-gcm@openssh.com"),
        ("net.ssh.host-key", "RSA-3072", "sign", "ssh-rsa"),
        ("net.ssh.hostkey", "RSA-PKCS1-1.5-SHA-512", "sign", "rsa-sha2-512"),
        ("net.ssh.kex", "X25519", "key-exchange", "curve25519-sha256"),
        ("net.ssh.kex", "sntrup761x25519-sha512", "key-exchange", "sntrup761x25519-sha512@openssh.com"),
        ("net.ssh.mac", "HMAC-SHA-256", "tag", "hmac-sha2-256"),
    ]
    (key,) = [a for a in detection.assets if isinstance(a, KeyMaterial)]
    (config,) = [a for a in detection.assets if isinstance(a, ProtocolConfig)]
    assert (key.kind, key.size, key.format, key.locations) == ("public-key", 3072, "ssh-host-key", (SSH,))
    assert (config.protocol, config.version) == ("ssh", "2.0")
    assert config.advice == "post-quantum key exchange offered: sntrup761x25519-sha512"
    assert detection.problems == [
        "ssh://127.0.0.1:2222: unknown SSH kex algorithm 'made-up-kex@example.org'"
        " (not counted as post-quantum)"
    ]
