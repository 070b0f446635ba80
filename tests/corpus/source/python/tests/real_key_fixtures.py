# A JWT library's test keys and the tests reading them (shaped on asymmetric-jwt-auth's tests/data.py and
# test_keys.py, audit round 119): a test's key defined under a name led by its encoding is data; a test
# loading it by that name still uses the algorithm.
from cryptography.hazmat.primitives.asymmetric import ed25519  # qready-expect: EdDSA reference
from cryptography.hazmat.primitives.serialization import load_pem_public_key

PEM_PUBLIC_ED25519 = b"""
-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAhRk96LXVjEtq8yI1I5LiRiv0OHiGvgJKfU0a4SweOe0=
-----END PUBLIC KEY-----
"""


def test_load_ed25519():
    key = load_pem_public_key(PEM_PUBLIC_ED25519)  # qready-expect: EdDSA reference
    assert isinstance(key, ed25519.Ed25519PublicKey)  # qready-expect: EdDSA reference
