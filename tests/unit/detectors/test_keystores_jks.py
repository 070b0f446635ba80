"""JKS and JCEKS: entries without the password, the integrity digest, sealed secret keys, hostile files."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from qready.detectors.base import DetectContext, Detection
from qready.detectors.keystores import KeystoreDetector
from qready.detectors.keystores.javaser import read_stream
from qready.discovery import ScannedFile
from qready.errors import DetectorError
from qready.knowledge import default_catalog
from qready.model import Certificate, KeyMaterial

CORPUS = Path(__file__).parents[2] / "corpus" / "keystores"
JKS = (CORPUS / "rsa-and-ec.jks").read_bytes()
JCEKS = (CORPUS / "ec-and-aes.jceks").read_bytes()
JKS_ROWS = {
    ("integrity", "keystore.mac", "SHA-1"),
    ("entry server", "x509.signature", "RSA-PKCS1-1.5-SHA-256-2048"),
    ("entry server", "x509.public-key", "RSA-2048"),
    ("entry server", "keystore.private-key", "RSA-2048"),
    ("entry ec-root", "x509.signature", "ECDSA-P-256-SHA-256"),
    ("entry ec-root", "x509.public-key", "ECDSA-P-256"),
}


def _detect(data: bytes, passwords: tuple[str, ...] = (), name: str = "store.jks") -> Detection:
    context = DetectContext(catalog=default_catalog(), keystore_passwords=passwords)
    return KeystoreDetector().detect(ScannedFile(rel=name, data=data), context)


def _rows(detection: Detection) -> set[tuple[str | None, str, str]]:
    return {(f.location.item, f.rule_id, f.algorithm.name) for f in detection.findings}  # type: ignore[union-attr]


def _patch(data: bytes, offset: int, value: bytes) -> bytes:
    return data[:offset] + value + data[offset + len(value) :]


@pytest.mark.parametrize("passwords", [(), ("changeit",), ("wrong", "changeit")])
def test_jks_entries_are_read_and_a_right_password_verifies_the_digest(passwords: tuple[str, ...]) -> None:
    detection = _detect(JKS, passwords)
    assert detection.problems == []
    assert _rows(detection) == JKS_ROWS
    [key] = [a for a in detection.assets if isinstance(a, KeyMaterial)]
    [server] = [a for a in detection.assets if isinstance(a, Certificate) and "server" in a.subject]
    assert (key.kind, key.algorithm.name, key.size, key.format) == ("private-key", "RSA-2048", 2048, "JKS")  # type: ignore[union-attr]
    assert key.identity == server.spki_sha256
    assert key.secured_by == "JKS key protection (SHA-1 keystream)"


def test_a_wrong_jks_password_is_a_problem_but_the_entries_are_still_reported() -> None:
    detection = _detect(JKS, ("wrong", "wronger"))
    assert detection.problems == [
        "store.jks: JKS: none of the 2 given passwords matches the integrity digest "
        "(wrong password or a modified keystore); entries are reported unverified"
    ]
    assert _rows(detection) == JKS_ROWS


def test_a_jceks_secret_key_is_opened_only_with_its_password() -> None:
    sealed = _detect(JCEKS, name="ec-and-aes.jceks")
    opened = _detect(JCEKS, ("changeit",), name="ec-and-aes.jceks")
    [before] = [a for a in sealed.assets if isinstance(a, KeyMaterial) and a.kind == "secret-key"]
    [after] = [a for a in opened.assets if isinstance(a, KeyMaterial) and a.kind == "secret-key"]
    assert (before.algorithm, before.size, before.secured_by) == (None, None, "PBEWithMD5AndTripleDES")
    assert before.note == "sealed; its algorithm is known only with the key's password"
    assert (after.algorithm.name, after.size, after.note) == ("AES-256", 256, None)  # type: ignore[union-attr]
    assert before.identity == after.identity
    assert ("entry aes", "keystore.secret-key", "AES-256") in _rows(opened)
    assert not any(f.rule_id == "keystore.secret-key" for f in sealed.findings)


def test_a_wrong_jceks_password_leaves_the_secret_key_sealed() -> None:
    detection = _detect(JCEKS, ("nope",), name="ec-and-aes.jceks")
    assert detection.problems == [
        "ec-and-aes.jceks: JCEKS: none of the 1 given passwords matches the integrity digest "
        "(wrong password or a modified keystore); entries are reported unverified"
    ]
    [secret] = [a for a in detection.assets if isinstance(a, KeyMaterial) and a.kind == "secret-key"]
    assert secret.algorithm is None
    assert ("entry ec384", "keystore.private-key", "ECDSA-P-384") in _rows(detection)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (JKS[:200], "JKS entry 1 protected key at byte 36 needs 1280 bytes but only 144 are left"),
        (JKS[:30], "JKS: truncated (30 bytes)"),
        (_patch(JKS, 32, b"\x7f\xff\xff\xff"), "JKS entry 1 protected key at byte 36 needs 2147483647 bytes"),
        (
            _patch(JKS, 8, struct.pack(">I", 2**31)),
            "JKS: entry count 2147483648 is impossible for a 2563-byte file",
        ),
        (
            _patch(JKS, 8, struct.pack(">I", 3)),
            "JKS entry 3 tag at byte 2543 needs 4 bytes but only 0 are left",
        ),
        (_patch(JKS, 8, struct.pack(">I", 1)), "JKS: 429 unexpected bytes after 1 entries"),
        (_patch(JKS, 12, struct.pack(">I", 9)), "JKS entry 1: unknown entry tag 9"),
        (_patch(JKS, 4, struct.pack(">I", 7)), "JKS: unsupported version 7"),
        (
            _patch(JKS, 36 + 1280, struct.pack(">I", 2**32 - 1)),
            "certificate chain of 4294967295 is over the limit 32",
        ),
        (JCEKS[:0x150], "JCEKS entry 1 (aes): sealed secret key: serialized object truncated at byte"),
        (
            _patch(JCEKS, 0x1D, b"\x00\x00"),
            "JCEKS entry 1 (aes): sealed secret key: no Java serialization stream",
        ),
    ],
)
def test_a_corrupt_java_keystore_is_a_clear_error(data: bytes, message: str) -> None:
    with pytest.raises(DetectorError) as caught:
        _detect(data, ("changeit",))
    assert message in str(caught.value)


def test_a_deeply_nested_serialized_object_is_refused() -> None:
    object_array = b"\x72\x00\x13[Ljava.lang.Object;" + bytes(8) + b"\x02\x00\x00\x78\x70"
    nested = b"\x75" + object_array + b"\x00\x00\x00\x01" + b"\x75\x71\x00\x7e\x00\x00\x00\x00\x00\x01" * 100
    with pytest.raises(DetectorError, match=r"^serialized object nests too deeply$"):
        read_stream(b"\xac\xed\x00\x05" + nested + b"\x70", 0)


def test_a_serialized_array_cannot_claim_more_bytes_than_it_has() -> None:
    byte_array = b"\x75\x72\x00\x02[B" + bytes(8) + b"\x02\x00\x00\x78\x70" + b"\xff\xff\xff\xff"
    with pytest.raises(DetectorError, match=r"^serialized object truncated at byte 27$"):
        read_stream(b"\xac\xed\x00\x05" + byte_array, 0)
