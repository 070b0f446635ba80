"""The sample estate that `make demo` scans: every kind of file gives what its README promises."""

from __future__ import annotations

from pathlib import Path

import pytest

from qready.cli import main
from qready.engine import scan
from qready.model import Library, Status

ESTATE = Path(__file__).parents[2] / "examples" / "estate"
PASSWORDS = Path(__file__).parents[2] / "examples" / "passwords.txt"

EXPECTED = {
    ("app/config/jwks.json", "jwk.key", "ECDSA-P-256-SHA-256"),
    ("app/config/jwks.json", "jwk.key", "EdDSA"),
    ("app/config/jwks.json", "jwk.key", "RSA-PKCS1-1.5-SHA-256-2048"),
    ("app/config/jwt-signing-key.pem", "key.private", "RSA-2048"),
    ("app/config/mtls/client.crt", "x509.public-key", "ECDSA-P-384"),
    ("app/config/mtls/client.crt", "x509.signature", "RSA-PKCS1-1.5-SHA-256-2048"),
    ("app/config/mtls/client.p12", "keystore.mac", "HMAC-SHA-256"),
    ("app/config/mtls/client.p12", "keystore.private-key", "ECDSA-P-384"),
    ("app/config/mtls/client.p12", "keystore.protection", "AES-256-CBC"),
    ("app/config/mtls/client.p12", "keystore.protection", "PBES2"),
    ("app/config/mtls/client.p12", "keystore.protection", "PBKDF2-SHA-256"),
    ("app/config/mtls/client.p12", "x509.public-key", "ECDSA-P-384"),
    ("app/config/mtls/client.p12", "x509.public-key", "RSA-2048"),
    ("app/config/mtls/client.p12", "x509.public-key", "RSA-4096"),
    ("app/config/mtls/client.p12", "x509.signature", "RSA-PKCS1-1.5-SHA-256-2048"),
    ("app/config/mtls/client.p12", "x509.signature", "RSA-PKCS1-1.5-SHA-256-4096"),
    ("app/src/tokens.py", "py.cryptography.import", "RSA"),
    ("app/src/tokens.py", "py.cryptography.oaep", "RSA-OAEP"),
    ("app/src/tokens.py", "py.cryptography.rsa-keygen", "RSA-3072"),
    ("app/src/tokens.py", "py.cryptography.rsa-type", "RSA"),
    ("app/src/tokens.py", "py.identifier", "RSA-PKCS1-1.5-SHA-256"),
    ("etc/ssl/openssl.cnf", "config.openssl.cipherstring", "AES-128-GCM"),
    ("etc/ssl/openssl.cnf", "config.openssl.cipherstring", "AES-256-GCM"),
    ("etc/ssl/openssl.cnf", "config.openssl.cipherstring", "DSA"),
    ("etc/ssl/openssl.cnf", "config.openssl.cipherstring", "ECDH"),
    ("etc/ssl/openssl.cnf", "config.openssl.cipherstring", "ECDSA"),
    ("etc/ssl/openssl.cnf", "config.openssl.cipherstring", "FFDH"),
    ("etc/ssl/openssl.cnf", "config.openssl.cipherstring", "RSA"),
    ("etc/ssl/openssl.cnf", "config.openssl.groups", "ECDH-P-256"),
    ("etc/ssl/openssl.cnf", "config.openssl.groups", "FFDH-ffdhe2048"),
    ("etc/ssl/openssl.cnf", "config.openssl.groups", "X25519"),
    ("etc/ssl/openssl.cnf", "config.openssl.groups", "X25519MLKEM768"),
    ("infra/Dockerfile", "script.openssl", "RSA-2048"),
    ("infra/Dockerfile", "script.ssh-keygen", "Ed25519"),
    ("infra/main.tf", "config.terraform.aws_kms_key", "ECDSA-P-256"),
    ("infra/main.tf", "config.terraform.aws_kms_key", "ML-DSA-65"),
    ("infra/main.tf", "config.terraform.tls_private_key", "RSA-4096"),
    ("java/keystore.jks", "keystore.mac", "SHA-1"),
    ("java/keystore.jks", "keystore.private-key", "RSA-2048"),
    ("java/keystore.jks", "x509.public-key", "RSA-2048"),
    ("java/keystore.jks", "x509.public-key", "RSA-4096"),
    ("java/keystore.jks", "x509.signature", "RSA-PKCS1-1.5-SHA-256-2048"),
    ("java/keystore.jks", "x509.signature", "RSA-PKCS1-1.5-SHA-256-4096"),
    ("k8s/certificates.yaml", "config.kubernetes.cert-manager.privatekey", "ECDSA-P-384"),
    ("k8s/certificates.yaml", "config.kubernetes.cert-manager.privatekey", "RSA-2048"),
    ("legacy/release-signing-key.asc", "pgp.key", "RSA-3072"),
    ("pki/intermediate-ca.pem", "x509.public-key", "RSA-2048"),
    ("pki/intermediate-ca.pem", "x509.signature", "RSA-PKCS1-1.5-SHA-256-4096"),
    ("pki/iot-device-ca-ed25519.pem", "x509.public-key", "Ed25519"),
    ("pki/iot-device-ca-ed25519.pem", "x509.signature", "Ed25519"),
    ("pki/pqc-pilot-ca-mldsa65.pem", "x509.public-key", "ML-DSA-65"),
    ("pki/pqc-pilot-ca-mldsa65.pem", "x509.signature", "ML-DSA-65"),
    ("pki/private/intermediate-ca.key", "key.private", "RSA-2048"),
    ("pki/private/intermediate-ca.key", "key.protection", "AES-256-CBC"),
    ("pki/private/intermediate-ca.key", "key.protection", "PBES2"),
    ("pki/private/intermediate-ca.key", "key.protection", "PBKDF2-SHA-256"),
    ("pki/root-ca.cer", "x509.public-key", "RSA-4096"),
    ("pki/root-ca.cer", "x509.signature", "RSA-PKCS1-1.5-SHA-256-4096"),
    ("pki/root-ca.pem", "x509.public-key", "RSA-4096"),
    ("pki/root-ca.pem", "x509.signature", "RSA-PKCS1-1.5-SHA-256-4096"),
    ("ssh/authorized_keys", "ssh.authorized-key", "Ed25519"),
    ("ssh/authorized_keys", "ssh.authorized-key", "RSA-3072"),
    ("ssh/id_ed25519", "key.private", "Ed25519"),
    ("ssh/id_ed25519.pub", "key.public", "Ed25519"),
    ("ssh/id_rsa.pub", "key.public", "RSA-3072"),
    ("ssh/known_hosts", "ssh.known-host", "ECDSA-P-256"),
    ("ssh/known_hosts", "ssh.known-host", "Ed25519"),
    ("ssh/sshd_config", "config.openssh.ciphers", "AES-128-CTR"),
    ("ssh/sshd_config", "config.openssh.ciphers", "AES-256-GCM"),
    ("ssh/sshd_config", "config.openssh.ciphers", "ChaCha20-Poly1305"),
    ("ssh/sshd_config", "config.openssh.hostkeyalgorithms", "Ed25519"),
    ("ssh/sshd_config", "config.openssh.hostkeyalgorithms", "RSA-PKCS1-1.5-SHA-512"),
    ("ssh/sshd_config", "config.openssh.kexalgorithms", "FFDH-modp2048"),
    ("ssh/sshd_config", "config.openssh.kexalgorithms", "X25519"),
    ("ssh/sshd_config", "config.openssh.kexalgorithms", "mlkem768x25519-sha256"),
    ("ssh/sshd_config", "config.openssh.kexalgorithms", "sntrup761x25519-sha512"),
    ("ssh/sshd_config", "config.openssh.macs", "HMAC-SHA-1"),
    ("ssh/sshd_config", "config.openssh.macs", "HMAC-SHA-256"),
    ("ssh/sshd_config", "config.openssh.pubkeyacceptedalgorithms", "ECDSA-P-256-SHA-256"),
    ("ssh/sshd_config", "config.openssh.pubkeyacceptedalgorithms", "ECDSA-P-384-SHA-384"),
    ("ssh/sshd_config", "config.openssh.pubkeyacceptedalgorithms", "ECDSA-P-521-SHA-512"),
    ("ssh/sshd_config", "config.openssh.pubkeyacceptedalgorithms", "Ed25519"),
    ("ssh/sshd_config", "config.openssh.pubkeyacceptedalgorithms", "RSA"),
    ("ssh/sshd_config", "config.openssh.pubkeyacceptedalgorithms", "RSA-PKCS1-1.5-SHA-256"),
    ("ssh/sshd_config", "config.openssh.pubkeyacceptedalgorithms", "RSA-PKCS1-1.5-SHA-512"),
    ("web/nginx/conf.d/example.test.conf", "config.nginx.ssl_ciphers", "AES-128-CBC"),
    ("web/nginx/conf.d/example.test.conf", "config.nginx.ssl_ciphers", "AES-128-GCM"),
    ("web/nginx/conf.d/example.test.conf", "config.nginx.ssl_ciphers", "AES-256-GCM"),
    ("web/nginx/conf.d/example.test.conf", "config.nginx.ssl_ciphers", "ECDH"),
    ("web/nginx/conf.d/example.test.conf", "config.nginx.ssl_ciphers", "HMAC-SHA-1"),
    ("web/nginx/conf.d/example.test.conf", "config.nginx.ssl_ciphers", "RSA"),
    ("web/nginx/conf.d/example.test.conf", "config.nginx.ssl_ciphers", "RSA-PKCS1-1.5"),
    ("web/nginx/conf.d/example.test.conf", "config.nginx.ssl_ecdh_curve", "ECDH-P-256"),
    ("web/nginx/conf.d/example.test.conf", "config.nginx.ssl_ecdh_curve", "ECDH-P-384"),
    ("web/nginx/conf.d/example.test.conf", "config.nginx.ssl_ecdh_curve", "ECDH-P-521"),
    ("web/nginx/conf.d/example.test.conf", "config.nginx.ssl_ecdh_curve", "FFDH-ffdhe2048"),
    ("web/nginx/conf.d/example.test.conf", "config.nginx.ssl_ecdh_curve", "FFDH-ffdhe3072"),
    ("web/nginx/conf.d/example.test.conf", "config.nginx.ssl_ecdh_curve", "X25519"),
    ("web/nginx/conf.d/example.test.conf", "config.nginx.ssl_ecdh_curve", "X25519MLKEM768"),
    ("web/nginx/conf.d/example.test.conf", "config.nginx.ssl_ecdh_curve", "X448"),
    ("web/nginx/ssl/api.example.test.crt", "x509.public-key", "ECDSA-P-256"),
    ("web/nginx/ssl/api.example.test.crt", "x509.signature", "RSA-PKCS1-1.5-SHA-256-2048"),
    ("web/nginx/ssl/api.example.test.key", "key.private", "ECDSA-P-256"),
    ("web/nginx/ssl/fullchain.pem", "x509.public-key", "RSA-2048"),
    ("web/nginx/ssl/fullchain.pem", "x509.public-key", "RSA-4096"),
    ("web/nginx/ssl/fullchain.pem", "x509.signature", "RSA-PKCS1-1.5-SHA-256-2048"),
    ("web/nginx/ssl/fullchain.pem", "x509.signature", "RSA-PKCS1-1.5-SHA-256-4096"),
    ("web/nginx/ssl/www.example.test.crt", "x509.public-key", "RSA-2048"),
    ("web/nginx/ssl/www.example.test.crt", "x509.signature", "RSA-PKCS1-1.5-SHA-256-2048"),
    ("web/nginx/ssl/www.example.test.csr", "csr.public-key", "RSA-2048"),
    ("web/nginx/ssl/www.example.test.csr", "csr.signature", "RSA-PKCS1-1.5-SHA-256-2048"),
    ("web/nginx/ssl/www.example.test.key", "key.private", "RSA-2048"),
}


def test_estate_with_its_passwords_is_fully_inventoried() -> None:
    inventory = scan(ESTATE, keystore_passwords=("example", "changeit"))
    assert {(f.location.path, f.rule_id, f.algorithm.name) for f in inventory.findings} == EXPECTED
    assert inventory.problems() == ()


LIBRARIES = {
    ("pkg:golang/github.com/cloudflare/circl@v1.5.0", ("gateway/go.mod:6 [github.com/cloudflare/circl]",),
     "post-quantum available in this version (ML-KEM since 1.4.0, ML-DSA since 1.5.0); upgrade to 1.6.2 for "
     "SLH-DSA"),
    ("pkg:golang/github.com/golang-jwt/jwt/v5@v5.2.1", ("gateway/go.mod:7 [github.com/golang-jwt/jwt/v5]",),
     "no post-quantum support known"),
    ("pkg:golang/golang.org/x/crypto@v0.31.0", ("gateway/go.mod:8 [golang.org/x/crypto]",),
     "no post-quantum support known"),
    ("pkg:golang/stdlib@1.23.4", ("gateway/go.mod:3 [stdlib]",),
     "upgrade to 1.24 for post-quantum (ML-KEM since 1.24, ML-DSA since 1.27, hybrid TLS (X25519MLKEM768) "
     "since 1.24)"),
    ("pkg:maven/com.nimbusds/nimbus-jose-jwt@9.47",
     ("java/pom.xml:16 [com.nimbusds:nimbus-jose-jwt]", "java/pom.xml:30 [com.nimbusds:nimbus-jose-jwt]"),
     "no post-quantum support known"),
    ("pkg:maven/org.bouncycastle/bcprov-jdk18on@1.78.1",
     ("java/pom.xml:25 [org.bouncycastle:bcprov-jdk18on]",),
     "upgrade to 1.79 for post-quantum (ML-KEM since 1.79, ML-DSA since 1.79, SLH-DSA since 1.79)"),
    ("pkg:npm/%40noble/post-quantum@0.2.1",
     ("portal/package-lock.json:19 [@noble/post-quantum]", "portal/package.json:11 [@noble/post-quantum]"),
     "post-quantum available in this version (ML-KEM since 0.2.0, ML-DSA since 0.2.0, SLH-DSA since 0.2.0)"),
    ("pkg:npm/jose@5.9.6", ("portal/package-lock.json:30 [jose]", "portal/package.json:7 [jose]"),
     "no post-quantum support known"),
    ("pkg:npm/node-forge@1.3.1",
     ("portal/package-lock.json:35 [node-forge]", "portal/package.json:8 [node-forge]"),
     "no post-quantum support known"),
    ("pkg:pypi/cryptography@42.0.8", ("app/requirements.txt:2 [cryptography]",),
     "upgrade to 48.0.0 for post-quantum (ML-KEM since 48.0.0, ML-DSA since 48.0.0)"),
    ("pkg:pypi/pyjwt@2.10.1", ("app/requirements.txt:3 [PyJWT]",), "no post-quantum support known"),
}  # fmt: skip


def test_estate_libraries_say_which_versions_offer_post_quantum() -> None:
    inventory = scan(ESTATE, keystore_passwords=("example", "changeit"))
    libraries = {
        (a.purl, tuple(sorted(str(loc) for loc in a.locations)), a.note)
        for a in inventory.assets
        if isinstance(a, Library)
    }
    assert libraries == LIBRARIES


def test_without_passwords_the_keystore_is_reported_and_named_as_a_problem() -> None:
    inventory = scan(ESTATE)
    problems = {o.target: o.reason for o in inventory.problems()}
    assert problems["app/config/mtls/client.p12"] == (
        "app/config/mtls/client.p12: PKCS#12 is password-protected (the empty password does not open it); "
        "pass --keystore-password"
    )
    assert all(o.status is Status.FAILED for o in inventory.problems())
    found = {(f.location.path, f.rule_id, f.algorithm.name) for f in inventory.findings}
    assert ("app/config/mtls/client.p12", "keystore.protection", "AES-256-CBC") in found
    assert ("pki/pqc-pilot-ca-mldsa65.pem", "x509.public-key", "ML-DSA-65") in found


def test_demo_command_writes_both_reports(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "qready-report"
    with pytest.raises(SystemExit) as stop:
        main(["scan", str(ESTATE), "--out", str(out), "--keystore-password-file", str(PASSWORDS), "-q"])
    assert stop.value.code == 0
    assert sorted(p.name for p in out.iterdir()) == ["qready.cdx.json", "qready.json"]
    table = capsys.readouterr().out
    assert "pki/pqc-pilot-ca-mldsa65.pem:1" in table and "quantum-resistant" in table
