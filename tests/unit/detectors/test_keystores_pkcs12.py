"""PKCS#12: what is known without the password, wrong passwords as outcomes, bounds, and classification."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qready.detectors.base import DetectContext
from qready.detectors.keystores import KeystoreDetector, pkcs12
from qready.discovery import ScannedFile
from qready.engine import scan
from qready.errors import DetectorError
from qready.knowledge import default_catalog
from qready.model import KeyMaterial, Status

CORPUS = Path(__file__).parents[2] / "corpus" / "keystores"
MODERN_PROTECTION = {
    ("integrity", "keystore.mac", "HMAC-SHA-256"),
    ("safe 1", "keystore.protection", "PBES2"),
    ("safe 1", "keystore.protection", "PBKDF2-SHA-256"),
    ("safe 1", "keystore.protection", "AES-256-CBC"),
    ("entry web", "keystore.protection", "PBES2"),
    ("entry web", "keystore.protection", "PBKDF2-SHA-256"),
    ("entry web", "keystore.protection", "AES-256-CBC"),
}


def _file(name: str, data: bytes | None = None) -> ScannedFile:
    return ScannedFile(rel=name, data=(CORPUS / name).read_bytes() if data is None else data)


def _detect(name: str, passwords: tuple[str, ...] = (), data: bytes | None = None):  # type: ignore[no-untyped-def]
    context = DetectContext(catalog=default_catalog(), keystore_passwords=passwords)
    return KeystoreDetector().detect(_file(name, data), context)


@pytest.mark.parametrize(
    ("passwords", "reason"),
    [
        ((), "PKCS#12 is password-protected (the empty password does not open it); pass --keystore-password"),
        (
            ("wrong", "also-wrong"),
            "PKCS#12: none of the 2 passwords given (nor the empty one) opens it; "
            "pass the right --keystore-password",
        ),
    ],
)
def test_without_a_working_password_the_outcome_fails_and_the_protection_is_still_reported(
    tmp_path: Path, passwords: tuple[str, ...], reason: str
) -> None:
    shutil.copy(CORPUS / "openssl-aes.p12", tmp_path / "server.p12")
    inventory = scan(tmp_path, keystore_passwords=passwords, workers=1)
    [outcome] = inventory.outcomes
    assert (outcome.target, outcome.detector, outcome.status) == ("server.p12", "keystores", Status.FAILED)
    assert outcome.reason == f"server.p12: {reason}"
    found = {(f.location.item, f.rule_id, f.algorithm.name) for f in inventory.findings}  # type: ignore[union-attr]
    assert found == MODERN_PROTECTION
    [key] = inventory.assets
    assert isinstance(key, KeyMaterial)
    assert (key.kind, key.algorithm, key.format, key.encrypted) == ("private-key", None, "PKCS12", True)
    assert key.secured_by == "PBES2 (PBKDF2-SHA-256, AES-256-CBC)"
    assert key.note == "encrypted; its algorithm is known only with the keystore password"


def test_the_right_password_opens_the_entries_and_links_the_key_to_its_certificate() -> None:
    detection = _detect("openssl-aes.p12", ("wrong", "changeit"))
    assert detection.problems == []
    [certificate] = [a for a in detection.assets if not isinstance(a, KeyMaterial)]
    [key] = [a for a in detection.assets if isinstance(a, KeyMaterial)]
    assert certificate.subject == "CN=web.example.test,O=qready test"  # type: ignore[union-attr]
    assert (key.algorithm.name, key.size, key.format) == ("RSA-2048", 2048, "PKCS12")  # type: ignore[union-attr]
    assert key.identity == certificate.spki_sha256  # type: ignore[union-attr]
    assert key.secured_by == "PBES2 (PBKDF2-SHA-256, AES-256-CBC)"


def test_an_empty_password_keystore_opens_without_any_password() -> None:
    detection = _detect("empty-password.p12")
    assert detection.problems == []
    [key] = [a for a in detection.assets if isinstance(a, KeyMaterial)]
    assert (key.algorithm.name, key.size) == ("ECDSA-P-256", 256)  # type: ignore[union-attr]


def test_the_legacy_schemes_are_named_without_the_password() -> None:
    detection = _detect("openssl-legacy.pfx")
    found = {(f.location.item, f.rule_id, f.algorithm.name) for f in detection.findings}  # type: ignore[union-attr]
    assert found == {
        ("integrity", "keystore.mac", "HMAC-SHA-1"),
        ("safe 1", "keystore.protection", "pbeWithSHAAnd40BitRC2-CBC"),
        ("entry web-legacy", "keystore.protection", "pbeWithSHAAnd3-KeyTripleDES-CBC"),
    }
    assert detection.problems == [
        "openssl-legacy.pfx: PKCS#12 is password-protected (the empty password does not open it); "
        "pass --keystore-password"
    ]


def test_an_iteration_count_over_the_limit_is_not_attempted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pkcs12, "MAX_ITERATIONS", 2000)
    detection = _detect("openssl-aes.p12", ("changeit",))
    assert detection.problems == [
        "openssl-aes.p12: PKCS#12: 2048 iterations is over the limit 2000; not opened"
    ]
    assert [a.algorithm for a in detection.assets if isinstance(a, KeyMaterial)] == [None]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x30\x82\x0a\x4a\x02\x01\x03", "PKCS#12: truncated DER: value runs past the end"),
        (b"\x30\x03\x02\x01\x02", "PKCS#12: not a version 3 PFX"),
        (b"not DER at all", "PKCS#12: truncated DER: value runs past the end"),
        (b"\x1f\x22", "PKCS#12: unsupported DER: multi-byte tag"),
    ],
)
def test_a_corrupt_pkcs12_is_a_clear_error(data: bytes, reason: str) -> None:
    with pytest.raises(DetectorError) as caught:
        _detect("broken.p12", data=data)
    assert str(caught.value) == reason


def test_a_truncated_pkcs12_is_a_clear_error() -> None:
    data = (CORPUS / "keytool.p12").read_bytes()
    with pytest.raises(DetectorError, match=r"^PKCS#12: truncated DER: value runs past the end$"):
        _detect("keytool.p12", ("changeit",), data=data[: len(data) // 2])


@pytest.mark.parametrize(
    ("name", "source", "wanted"),
    [
        ("store.p12", "keytool.p12", True),
        ("store.pfx", "keytool.p12", True),
        ("keystore.bin", "openssl-aes.p12", True),
        ("keystore", "openssl-legacy.pfx", True),
        ("truststore", "cacerts", True),
        ("keys.ks", "rsa-and-ec.jks", True),
        ("secret.dat", "ec-and-aes.jceks", True),
    ],
)
def test_keystores_are_recognised_by_content_or_extension(name: str, source: str, wanted: bool) -> None:
    assert KeystoreDetector().wants(ScannedFile(rel=name, data=(CORPUS / source).read_bytes())) is wanted


def test_an_x509_certificate_in_der_is_not_taken_for_a_pfx() -> None:
    der = (CORPUS.parent / "x509" / "leaf.der").read_bytes()
    assert KeystoreDetector().wants(ScannedFile(rel="leaf.der", data=der)) is False
