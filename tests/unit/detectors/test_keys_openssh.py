"""OpenSSH keys: wire-format parsing, private keys, key lines, certificates, bad input."""

from __future__ import annotations

import base64
import struct
from pathlib import Path

import pytest

from qready.detectors.base import DetectContext, Detection
from qready.detectors.keys import KeysDetector
from qready.detectors.keys.openssh import key_lines
from qready.detectors.keys.sshwire import parse_blob
from qready.discovery import ScannedFile
from qready.errors import DetectorError
from qready.knowledge import default_catalog
from qready.model import KeyMaterial

CORPUS = Path(__file__).parents[2] / "corpus" / "keys"


def _s(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def _keys(rel: str) -> tuple[list[KeyMaterial], Detection]:
    file = ScannedFile(rel=rel, data=(CORPUS / rel).read_bytes())
    detection = KeysDetector().detect(file, DetectContext(default_catalog()))
    return [a for a in detection.assets if isinstance(a, KeyMaterial)], detection


def _blob(rel: str) -> bytes:
    return base64.b64decode((CORPUS / rel).read_text().split()[1])


def test_rsa_blob_size_comes_from_the_modulus() -> None:
    key = parse_blob(_blob("ssh/id_rsa3072.pub"))
    assert (key.key_type, key.size, key.curve, key.ca) == ("ssh-rsa", 3072, None, None)


def test_ecdsa_blob_curve() -> None:
    key = parse_blob(_blob("ssh/id_ecdsa384.pub"))
    assert (key.key_type, key.size, key.curve) == ("ecdsa-sha2-nistp384", 384, "nistp384")


def test_certificate_blob_names_key_and_ca() -> None:
    cert = parse_blob(_blob("ssh/id_ecdsa384-cert.pub"))
    assert (cert.key_type, cert.base_type, cert.curve) == (
        "ecdsa-sha2-nistp384-cert-v01@openssh.com",
        "ecdsa-sha2-nistp384",
        "nistp384",
    )
    assert (cert.key_id, cert.cert_kind) == ("bob-cert", "user")
    assert cert.ca is not None and (cert.ca.key_type, cert.ca.size) == ("ssh-rsa", 4096)
    assert cert.public_blob == _blob("ssh/id_ecdsa384.pub")


def test_truncated_blob_is_a_clear_error() -> None:
    blob = _blob("ssh/id_rsa3072.pub")[:200]
    with pytest.raises(
        DetectorError, match=r"truncated SSH key blob: needs 385 bytes at offset 22, 178 left"
    ):
        parse_blob(blob)


def test_absurd_string_length_is_a_clear_error() -> None:
    with pytest.raises(DetectorError, match="truncated SSH key blob: needs 4294967295 bytes"):
        parse_blob(b"\xff\xff\xff\xff")


def test_unknown_plain_key_type_is_kept_without_size() -> None:
    key = parse_blob(_s(b"ssh-future") + _s(b"\x01\x02"))
    assert (key.key_type, key.size) == ("ssh-future", None)


def test_private_key_identity_matches_its_public_key() -> None:
    private, _ = _keys("ssh/id_rsa3072")
    public, _ = _keys("ssh/id_rsa3072.pub")
    assert private[0].identity == public[0].identity
    assert (private[0].kind, private[0].format, private[0].encrypted) == ("private-key", "openssh", False)
    assert public[0].comment == "alice@corpus"


def test_encrypted_private_key_header_is_still_read() -> None:
    keys, detection = _keys("ssh/id_ed25519_encrypted")
    assert (keys[0].algorithm.name if keys[0].algorithm else None, keys[0].size) == ("Ed25519", 256)
    assert (keys[0].encrypted, keys[0].secured_by) == (True, "aes256-ctr (kdf bcrypt)")
    assert detection.problems == []


def test_certificate_line_gives_key_and_ca_findings() -> None:
    _, detection = _keys("ssh/id_ecdsa384-cert.pub")
    found = [(f.rule_id, f.algorithm.name, f.evidence) for f in detection.findings]
    assert found == [
        ("ssh.certificate", "ECDSA-P-384", "SSH user certificate 'bob-cert': ECDSA-P-384 (384 bits)"),
        (
            "ssh.certificate-ca",
            "RSA-4096",
            "SSH user certificate 'bob-cert' signed by CA key RSA-4096 (4096 bits)",
        ),
    ]


def test_authorized_keys_evidence_names_options_not_their_values() -> None:
    _, detection = _keys("ssh/authorized_keys")
    evidence = {f.location.line: f.evidence for f in detection.findings}  # type: ignore[union-attr]
    assert (
        evidence[2]
        == "authorized_keys entry (options: command, no-pty, no-port-forwarding): Ed25519 (256 bits)"
    )
    assert evidence[5] == "authorized_keys entry (options: from, environment): ECDSA-P-256 (256 bits)"
    assert "backup" not in " ".join(evidence.values())


def test_known_hosts_markers_and_hashed_hosts() -> None:
    _, detection = _keys("ssh/known_hosts")
    evidence = {f.location.line: f.evidence for f in detection.findings}  # type: ignore[union-attr]
    assert evidence[3] == "known_hosts entry for hashed host: Ed25519 (256 bits)"
    assert evidence[5] == "known_hosts @cert-authority entry for *.example.com: RSA-4096 (4096 bits)"
    assert evidence[6] == "known_hosts @revoked entry for *: Ed25519 (256 bits)"
    assert evidence[7] == "known_hosts entry for plain.example.org: ECDSA-P-384 (384 bits)"


def test_bad_lines_become_problems_and_good_lines_are_kept() -> None:
    good = (CORPUS / "ssh/id_ed25519.pub").read_text().strip()
    short = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHyz"
    text = f"ssh-rsa AAAA!!!garbage\n{good}\n{short}\nssh-rsa {good.split()[1]}\n"
    detection = Detection()
    key_lines(detection, default_catalog(), text, "keys/mixed.pub")
    assert [(f.location.line, f.algorithm.name) for f in detection.findings] == [(2, "Ed25519")]  # type: ignore[union-attr]
    assert detection.problems[0].startswith("keys/mixed.pub:1: base64 key blob is corrupt")
    assert (
        detection.problems[1]
        == "keys/mixed.pub:3: truncated SSH key blob: needs 32 bytes at offset 19, 2 left"
    )
    assert detection.problems[2] == "keys/mixed.pub:4: key type ssh-rsa does not match the blob's ssh-ed25519"


def test_openssh_private_block_without_magic_is_a_problem() -> None:
    text = "-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n"
    detection = KeysDetector().detect(ScannedFile("k", text.encode()), DetectContext(default_catalog()))
    assert detection.problems == [
        "k:1: OPENSSH PRIVATE KEY block: OPENSSH PRIVATE KEY without the openssh-key-v1 magic"
    ]
