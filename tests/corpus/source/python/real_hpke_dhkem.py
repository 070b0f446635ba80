"""Shapes from pyhpke (round 18 of the source audit): an HPKE DHKEM's elliptic-curve keys agree on keys and
sign nothing, so they are ECDH keys."""
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ec  # qready-expect: ECDH reference


class DHKEMPrimitives:
    def __init__(self, kem_id: int) -> None:
        self._crv = ec.SECP256R1()  # qready-expect: ECDH reference P-256
        self._nsk = 32

    def generate_key_pair(self) -> Any:
        return ec.generate_private_key(self._crv)  # qready-expect: ECDH keygen

    def deserialize_private_key(self, key: bytes) -> Any:
        return ec.derive_private_key(int.from_bytes(key, "big"), self._crv)  # qready-expect: ECDH reference

    def serialize_private_key(self, sk: Any) -> bytes:
        return sk.private_numbers().private_value.to_bytes(self._nsk, "big", signed=False)

    def exchange(self, sk: Any, pk: Any) -> bytes:
        return sk.exchange(ec.ECDH(), pk)  # qready-expect: ECDH key-agree
