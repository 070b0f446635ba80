"""An ACME client's tests and a NAS client (shaped on aioacme and synology-api, audit rounds 91 and 92): a
parametrized test case's id names it, it selects nothing; the values it runs with still do. A record's digest
read by the hash's name holds a value."""

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
