"""OpenPGP: packet headers, v4/v6 key packets, algorithms, armor, lying lengths."""

from __future__ import annotations

import hashlib
from pathlib import Path

from qready.detectors.base import DetectContext, Detection
from qready.detectors.keys import KeysDetector
from qready.detectors.keys.pgp import armored, key_packets, packets, parse_key
from qready.discovery import ScannedFile
from qready.knowledge import default_catalog
from qready.model import FileLocation, KeyMaterial

CORPUS = Path(__file__).parents[2] / "corpus" / "keys"
CREATED = b"\x65\x00\x00\x00"


def _mpi(value: int) -> bytes:
    return value.bit_length().to_bytes(2, "big") + value.to_bytes((value.bit_length() + 7) // 8, "big")


def _new_packet(tag: int, body: bytes) -> bytes:
    assert len(body) < 192
    return bytes([0xC0 | tag, len(body)]) + body


def test_v6_ed25519_key_packet() -> None:
    material = bytes(range(32))
    body = b"\x06" + CREATED + bytes([27]) + len(material).to_bytes(4, "big") + material
    key = parse_key(default_catalog(), body)
    assert (key.version, key.algorithm_id, key.size) == (6, 27, 256)
    assert key.algorithm is not None and key.algorithm.name == "Ed25519"
    assert (
        key.fingerprint == hashlib.sha256(b"\x9b" + len(body).to_bytes(4, "big") + body).hexdigest().upper()
    )


def test_v4_elgamal_size_comes_from_p() -> None:
    p = (1 << 2047) | 0xFFFF
    body = b"\x04" + CREATED + bytes([16]) + _mpi(p) + _mpi(2) + _mpi(12345)
    key = parse_key(default_catalog(), body)
    assert key.size == 2048
    assert key.algorithm is not None and key.algorithm.name == "ElGamal-2048"


def test_v4_ecdsa_p256_curve_from_oid() -> None:
    oid = bytes.fromhex("2a8648ce3d030107")
    body = b"\x04" + CREATED + bytes([19, len(oid)]) + oid + _mpi((4 << 512) | 1)
    key = parse_key(default_catalog(), body)
    assert (key.size, key.algorithm.name if key.algorithm else None) == (256, "ECDSA-P-256")


def test_old_format_header_with_two_byte_length() -> None:
    body = b"\x04" + CREATED + bytes([1]) + _mpi((1 << 1023) | 1) + _mpi(65537)
    data = bytes([0x99]) + len(body).to_bytes(2, "big") + body
    found, problem = packets(data)
    assert problem is None
    assert [(p.tag, p.body) for p in found] == [(6, body)]
    assert parse_key(default_catalog(), found[0].body).size == 1024


def test_lying_length_is_a_problem_and_earlier_packets_are_kept() -> None:
    good = _new_packet(6, b"\x04" + CREATED + bytes([27]) + bytes(32))
    lying = bytes([0xCE, 0xFF]) + (1 << 30).to_bytes(4, "big") + b"\x04"
    detection = Detection()
    key_packets(detection, default_catalog(), good + lying, FileLocation("k.gpg"))
    assert [f.algorithm.name for f in detection.findings] == ["Ed25519"]
    assert detection.problems == [
        f"k.gpg: OpenPGP packet (tag 14) at offset {len(good)} claims 1073741824 bytes but 1 remain"
    ]


def test_unknown_algorithm_and_version_are_problems() -> None:
    data = _new_packet(6, b"\x04" + CREATED + bytes([99]) + b"xx") + _new_packet(14, b"\x09" + CREATED)
    detection = Detection()
    key_packets(detection, default_catalog(), data, FileLocation("k.gpg"))
    assert detection.findings == []
    assert detection.problems == [
        "k.gpg: primary key at offset 0: unknown OpenPGP public-key algorithm id 99",
        "k.gpg: subkey #1 at offset 10: unsupported OpenPGP key packet version 9",
    ]


def test_garbage_armor_base64_is_a_problem() -> None:
    text = "x\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQ!!!\n=abcd\n-----END PGP PUBLIC KEY BLOCK-----\n"
    detection = Detection()
    armored(detection, default_catalog(), text, "k.asc")
    assert detection.problems[0].startswith("k.asc:2: armored OpenPGP block has corrupt base64")


def test_gpg_export_primary_and_subkey_are_separate_keys() -> None:
    file = ScannedFile("pgp/ed25519.gpg", (CORPUS / "pgp/ed25519.gpg").read_bytes())
    detection = KeysDetector().detect(file, DetectContext(default_catalog()))
    keys = [a for a in detection.assets if isinstance(a, KeyMaterial)]
    assert [(k.format, k.kind, k.algorithm.name if k.algorithm else None) for k in keys] == [
        ("openpgp-v4", "public-key", "Ed25519"),
        ("openpgp-v4", "public-key", "X25519"),
    ]
    assert [str(k.locations[0]) for k in keys] == [
        "pgp/ed25519.gpg [primary key 07A8986FD1E8BC1E]",
        "pgp/ed25519.gpg [subkey #1 0D0A9CBEE76918AC]",
    ]
    assert detection.problems == []
