# Tests skipped for want of an algorithm (shaped on kyber-py, pypdf and ecdsa's test suites, audit rounds 19
# and later): the skip's condition asks whether the algorithm is there; it uses nothing. The test's body does.
import unittest

import pytest
from cryptography.hazmat.primitives.asymmetric import ec  # qready-expect: ECDSA reference
from wolfcrypt.ciphers import MlDsaType  # qready-expect: ML-DSA reference

OPENSSL_SUPPORTED_CURVES = frozenset(open("curves.txt").read().split())
ECDSA_PRESENT = True  # qready-expect: ECDSA reference


@unittest.skipUnless(ECDSA_PRESENT, "requires ecdsa package")
def test_sign():
    return ec.generate_private_key(ec.SECP256R1())  # qready-expect: ECDSA keygen P-256


@pytest.mark.skipif("secp112r1" not in OPENSSL_SUPPORTED_CURVES, reason="curve not supported by OpenSSL")
def test_old_curve():
    pass


# a fixture's decorator over several lines (wolfcrypt's ML-DSA tests, audit round 11): the fixture is a test's
# helper named after what it tests; the parameter sets it lists are uses
@pytest.fixture(
    params=[MlDsaType.ML_DSA_44, MlDsaType.ML_DSA_65]  # qready-expect: ML-DSA reference
)
def mldsa_type(request):
    return request.param


try:
    from jose.backends import AESKey  # qready-expect: AES reference
except ImportError:
    AESKey = None


# python-jose's skip by a bare imported name (audit round 3)
@pytest.mark.skipif(AESKey is None, reason="No AES backend")
def test_aes_wrap():
    return AESKey(b"k" * 16, "A128KW")  # qready-expect: AES reference


# (round 40) lightphe's test kept from the runner by its leading underscores: still a test's name
def __test_elliptic_curve_elgamal():
    assert True


# (round 42) pycryptopp: a test case's class named after what it tests
class AES_from_Niels_Ferguson(unittest.TestCase):
    pass
