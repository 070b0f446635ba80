"""PEM and DER keys: formats, encrypted keys, shared identity with certificates, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from qready.detectors.base import DetectContext
from qready.detectors.keys import KeysDetector
from qready.detectors.keys.pkcs8 import encrypted_pkcs8
from qready.detectors.pem import pem_blocks
from qready.detectors.x509 import X509Detector
from qready.discovery import ScannedFile
from qready.errors import DetectorError
from qready.knowledge import default_catalog
from qready.knowledge.catalog import Catalog, load_catalog
from qready.model import Certificate, KeyMaterial

CORPUS = Path(__file__).parents[2] / "corpus" / "keys"


def _file(rel: str) -> ScannedFile:
    return ScannedFile(rel=rel, data=(CORPUS / rel).read_bytes())


def _row(name: str, primitive: str, oid: str, **extra: object) -> dict[str, object]:
    return {
        "name": name,
        "family": name.split("-", maxsplit=1)[0],
        "primitive": primitive,
        "threat": "not-applicable",
        "oid": oid,
        **extra,
    }


def mini_catalog() -> Catalog:
    """Just the protection algorithms, so these tests do not depend on the shipped catalog's progress."""
    rows = [
        _row("PBES2", "kdf", "1.2.840.113549.1.5.13"),
        _row("PBKDF2-SHA-256", "kdf", "1.2.840.113549.1.5.12"),
        _row("HMAC-SHA-256", "mac", "1.2.840.113549.2.9"),
        _row("AES-256-CBC", "block-cipher", "2.16.840.1.101.3.4.1.42", key_size=256, openssl=["aes-256-cbc"]),
        _row("RSA", "pke", "1.2.840.113549.1.1.1", template="RSA-{size}", size_rule="rsa"),
    ]
    return load_catalog([{"catalog": {"version": "test"}, "algorithm": rows}])


def _detect(
    rel: str, catalog: Catalog | None = None, passwords: tuple[str, ...] = ()
) -> tuple[list[KeyMaterial], list[tuple[int | None, str, str]], list[str]]:
    detection = KeysDetector().detect(_file(rel), DetectContext(catalog or default_catalog(), passwords))
    keys = [a for a in detection.assets if isinstance(a, KeyMaterial)]
    found = [(f.location.line, f.rule_id, f.algorithm.name) for f in detection.findings]  # type: ignore[union-attr]
    return keys, found, detection.problems


def test_pkcs1_private_key_and_public_key_share_identity() -> None:
    private, found, problems = _detect("pem/rsa2048-pkcs1.pem")
    public, _, _ = _detect("pem/rsa2048-pkcs1-public.pem")
    assert (private[0].kind, private[0].size, private[0].format) == ("private-key", 2048, "pkcs1")
    assert (public[0].kind, public[0].format) == ("public-key", "pkcs1")
    assert private[0].identity == public[0].identity
    assert found == [(1, "key.private", "RSA-2048")]
    assert problems == []


def test_bundle_key_identity_is_the_certificate_spki_digest() -> None:
    file = _file("pem/server-bundle.pem")
    context = DetectContext(default_catalog())
    certificate = X509Detector().detect(file, context).assets[0]
    keys, found, _ = _detect("pem/server-bundle.pem")
    assert isinstance(certificate, Certificate)
    assert keys[0].identity == certificate.spki_sha256
    assert found == [(12, "key.private", "ECDSA-P-256")]


def test_encrypted_pkcs8_reports_pbes2_kdf_and_cipher_without_the_key_algorithm() -> None:
    keys, found, problems = _detect("pem/pkcs8-encrypted.pem", mini_catalog())
    assert keys[0].algorithm is None
    assert keys[0].note == "encrypted PKCS#8: key algorithm needs the password"
    assert keys[0].secured_by == "PBES2 (PBKDF2-SHA-256, 2048 iterations; AES-256-CBC)"
    assert keys[0].encrypted is True
    assert found == [
        (1, "key.protection", "PBES2"),
        (1, "key.protection", "PBKDF2-SHA-256"),
        (1, "key.protection", "AES-256-CBC"),
    ]
    assert problems == []


def test_encrypted_pkcs8_with_the_password_names_the_key() -> None:
    keys, found, _ = _detect("pem/pkcs8-encrypted.pem", mini_catalog(), passwords=("wrong", "corpus"))
    assert (keys[0].algorithm.name if keys[0].algorithm else None, keys[0].size) == ("RSA-3072", 3072)
    assert keys[0].identity == _detect("pem/rsa3072-pkcs8.pem")[0][0].identity
    assert found[0] == (1, "key.private", "RSA-3072")


def test_legacy_encrypted_pem_reports_dek_info_cipher_and_label_family() -> None:
    keys, found, problems = _detect("pem/rsa2048-legacy-encrypted.pem", mini_catalog())
    assert (keys[0].algorithm.name if keys[0].algorithm else None, keys[0].size) == ("RSA", None)
    assert keys[0].note == "encrypted PEM: key size needs the password"
    assert keys[0].secured_by == "AES-256-CBC"
    assert found == [(1, "key.private", "RSA"), (1, "key.protection", "AES-256-CBC")]
    assert problems == []


def test_pkcs8_protection_parser_on_a_non_encrypted_structure() -> None:
    der = pem_blocks((CORPUS / "pem/rsa3072-pkcs8.pem").read_text())[0].der or b""
    with pytest.raises(DetectorError, match="not a PKCS#8 EncryptedPrivateKeyInfo"):
        encrypted_pkcs8(mini_catalog(), der)


def test_der_private_key_file() -> None:
    keys, found, _ = _detect("der/rsa2048-pkcs8.key")
    assert found == [(None, "key.private", "RSA-2048")]
    assert keys[0].identity == _detect("pem/rsa2048-pkcs1.pem")[0][0].identity


def test_garbage_base64_in_a_pem_key_is_a_problem() -> None:
    text = "junk\n-----BEGIN PRIVATE KEY-----\nMIIB!!!notbase64\n-----END PRIVATE KEY-----\n"
    detection = KeysDetector().detect(ScannedFile("bad.pem", text.encode()), DetectContext(default_catalog()))
    assert detection.findings == []
    assert detection.problems[0].startswith("bad.pem:2: PRIVATE KEY block: base64 body is corrupt")


def test_pem_key_that_is_not_a_key_is_a_problem() -> None:
    text = "-----BEGIN PUBLIC KEY-----\nMAMCAQE=\n-----END PUBLIC KEY-----\n"
    detection = KeysDetector().detect(ScannedFile("bad.pem", text.encode()), DetectContext(default_catalog()))
    assert detection.problems == ["bad.pem:1: PUBLIC KEY block: no AlgorithmIdentifier in the key structure"]


def test_binary_garbage_der_key_raises_a_clear_error() -> None:
    file = ScannedFile("bad.key", b"\x30\x03\x02\x01\x00")
    assert KeysDetector().wants(file)
    with pytest.raises(DetectorError, match="not a DER private key, public key or encrypted PKCS#8 key"):
        KeysDetector().detect(file, DetectContext(default_catalog()))
