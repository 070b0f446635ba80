# An algorithm's name built by an f-string, one word then its parameter (shaped on qday-time-machine's
# scanner/tls.py, cagoule-pass's ssh.py and a PQC migration planner, audit rounds 411, 312 and 400): the word
# is the algorithm; a resource's name of several words is not, nor SHA's digest size, nor a test's id (btclib).
import pytest

from vectors import bip340_vectors


def key_algorithm(public_key, bits):
    if public_key.kind == "ec":  # qready-expect: ECDSA reference
        return f"ECDSA-{public_key.curve.name}"  # qready-expect: ECDSA reference
    algorithm = f"RSA-{bits}"  # qready-expect: RSA reference
    return algorithm


def hybrid(target_kem):
    target_kem = f"X25519+{target_kem}"  # qready-expect: ECDH reference
    return target_kem


def resource(size, get_resource_name, length):
    key_name = get_resource_name(f"rsa-verify-{size}")
    digest = f"SHA-{length}"
    return key_name, digest


@pytest.mark.parametrize("vector", bip340_vectors(), ids=lambda v: f"bip340-{v['index']}")
def test_vectors(vector):
    assert vector
