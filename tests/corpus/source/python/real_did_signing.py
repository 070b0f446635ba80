"""A decentralized-identity client and a post-quantum key tool (shaped on ceramic-python's helper.py and
quantumsafe's modules/keys.py, audit rounds 328 and 330): a key named after its algorithm written out in bytes
is an operation on that key; a hash-based signature's parameter set named in lower case is SLH-DSA, never DSA."""

import base64

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # qready-expect: EdDSA reference


def jwk_of(seed: str) -> dict:
    key_ed25519 = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(seed))  # qready-expect: EdDSA reference
    d = base64.urlsafe_b64encode(
        key_ed25519.private_bytes(  # qready-expect: EdDSA reference
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
    )
    return {"kty": "OKP", "d": d.decode()}


ALGORITHMS = {
    "slh-dsa-128s": {"public_key": 32, "signature": 7856},  # qready-expect: SLH-DSA reference
}


def signature_size(algorithm: str) -> int:
    if algorithm == "slh-dsa-128s":  # qready-expect: SLH-DSA reference
        return 7856
    return 0
