"""An ACME client's tests and a NAS client (shaped on aioacme and synology-api, audit rounds 91 and 92): a
parametrized test case's id names it, it selects nothing; the values it runs with still do. A record's digest
read by the hash's name holds a value."""

import hashlib
from unittest import mock

import pytest


@pytest.mark.parametrize(
    "alg",
    [pytest.param("ES256", id="Ed25519"), pytest.param("RS256", id="RSA")],  # qready-expect: ECDSA reference; RSA reference
)
def test_sign(alg):
    assert alg


@pytest.mark.parametrize("kty", ["RSA", "EC"], ids=["rsa", "ecdsa"])  # qready-expect: RSA reference; ECDSA reference
def test_kty(kty):
    assert kty


def package_checksum(package_infos, item):
    checksum = package_infos.get("md5")
    return checksum, item["sha1"]


def test_migration(ai_mod, monkeypatch):
    # (a mock's target named by its function, keepercommander, audit round 95; a hash chosen by name stays a use)
    with mock.patch.object(ai_mod, "encrypt_aes", return_value=b"CIPHER"):
        monkeypatch.setattr(ai_mod, "decrypt_aes", lambda data: data)
    return getattr(hashlib, "md5")  # qready-expect: MD5 reference


class Message:
    # (a protobuf message's field numbers, named after its fields: keepercommander's pedm_pb2.pyi)
    AESKEY_FIELD_NUMBER: int
    RSA_PUBLIC_KEY_FIELD_NUMBER = 3
