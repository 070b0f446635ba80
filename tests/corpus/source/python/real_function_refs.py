"""Shapes from ocspbuilder and kyber-py (round 19 of the source audit): a signing function handed on by its
name is that algorithm's; python-ecdsa's DER helpers are no ECDSA."""
from ecdsa.der import unpem
from oscrypto import asymmetric

from .ed25519 import (  # qready-expect: EdDSA reference
    SigningKey,  # qready-expect: EdDSA reference
    VerifyingKey,  # qready-expect: EdDSA reference
)

SIGNERS = {}


def signer_for(algorithm, settings):
    if algorithm == "rsa":  # qready-expect: RSA reference
        sign_func = asymmetric.rsa_pkcs1v15_sign  # qready-expect: RSA reference
    else:
        sign_func = asymmetric.dsa_sign  # qready-expect: DSA reference
    enabled = settings.rsa_signing_enabled
    return sign_func, enabled, unpem, SigningKey, VerifyingKey  # qready-expect: EdDSA reference
