# A threshold signature library's tests (shaped on eddsa-threshold's test_ed25519.py, audit round 117): a
# loader of test vectors named after the algorithm, and a test's ids, are test data; the signature checked
# is the use.
import binascii

import pytest
from eddsa_threshold.eddsa.algorithms.ed25519 import Ed25519  # qready-expect: EdDSA reference
from test_cases_eddsa_vectors import case_ed25519_test_vectors_rfc8032


@pytest.mark.parametrize("lines", [case_ed25519_test_vectors_rfc8032()], ids=["Ed25519 RFC8032"])
def test_ed25519_signature(lines):
    for line in lines:
        secret, message, signature = (binascii.unhexlify(part) for part in line.split(":")[:3])
        assert Ed25519.sign(message, secret) == signature  # qready-expect: EdDSA sign
