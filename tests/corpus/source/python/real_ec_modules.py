"""btclib-secp256k1's tests (rounds 16 and 46): its `dsa` module signs with ECDSA over secp256k1; the module's
name names no family, so its calls are not read as DSA"""

from __future__ import annotations

from btclib_secp256k1 import dsa  # qready-expect: ECDSA reference secp256k1
from Crypto.PublicKey import DSA  # qready-expect: DSA reference


def roundtrip(msg: bytes, prvkey: bytes, pubkey: bytes) -> bool:
    sig = dsa.sign(msg, prvkey)
    return dsa.verify(msg, pubkey, sig)


def classic() -> object:
    return DSA.generate(2048)  # qready-expect: DSA keygen 2048
