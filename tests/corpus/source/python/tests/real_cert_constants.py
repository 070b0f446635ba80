"""celery's security tests: PEM constants of the tests' own package, imported by name."""

from cryptography.hazmat.primitives.asymmetric import ec  # qready-expect: ECDSA reference

from . import CERT1, CERT2, CERT_ECDSA, KEY1
from .helpers import ecdsa_sign  # qready-expect: ECDSA reference
from .keys import RSA_KEY_2048, load_pem


def test_ecdsa_certificate():
    key = ec.generate_private_key(ec.SECP256R1())  # qready-expect: ECDSA keygen P-256
    return ecdsa_sign(key, CERT1 + CERT2 + CERT_ECDSA + KEY1), load_pem(RSA_KEY_2048)  # qready-expect: RSA reference
