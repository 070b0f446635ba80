"""certomancer's and python-jwt's tests (rounds 44 and 45): key sets, setups and keys imported from the tests'
own modules are the tests' data, a class from them is not (ansible-runner's `RSAKey`, round 426); the keys
generated here are uses"""

from __future__ import annotations

from Crypto.PublicKey import RSA  # qready-expect: RSA reference
from test.common import payload, rsa_pub_key
from test.utils.common import RSAKey  # qready-expect: RSA reference

RSA_KEYS = dir_to_keyset("keys-rsa")
ECDSA_SETUP = {"keys": "keys-ecdsa"}


def check_signature(signer) -> bool:
    setup = ECDSA_SETUP
    fresh = RSA.generate(2048)  # qready-expect: RSA keygen 2048
    return signer.verify(payload, rsa_pub_key, key_set=RSA_KEYS, setup=setup, other=fresh)  # qready-expect: RSA verify
