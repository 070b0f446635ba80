"""Every key class `cryptography` gives is named through the catalog, public and private, with its size."""

from __future__ import annotations

from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import dh, dsa, ec, ed448, ed25519, mldsa, rsa, x448, x25519

from qready.detectors.pubkey import key_algorithm
from qready.errors import DetectorError
from qready.knowledge import default_catalog

# RFC 3526 group 14 (2048-bit MODP): a DH key without generating parameters
MODP_2048 = int(
    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DDEF9519B3CD"
    "3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7EDEE386BFB5A899FA5AE9F"
    "24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552"
    "BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3BE39E772C180E86039B2783A2EC07A28FB5C55DF0"
    "6F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA051015728E5A8AACAA68FFFFFFFFFFFFFFFF",
    16,
)


def _keys() -> list[tuple[Any, str, int | None]]:
    rsa_key = rsa.generate_private_key(65537, 1024)
    dsa_key = dsa.generate_private_key(1024)
    dh_key = dh.DHParameterNumbers(MODP_2048, 2).parameters().generate_private_key()
    ec_key = ec.generate_private_key(ec.SECP384R1())
    pairs: list[tuple[Any, str, int | None]] = [
        (rsa_key, "RSA-1024", 1024),
        (dsa_key, "DSA-1024", 1024),
        (dh_key, "FFDH-2048", 2048),
        (ec_key, "ECDSA-P-384", 384),
        (ed25519.Ed25519PrivateKey.generate(), "Ed25519", 256),
        (ed448.Ed448PrivateKey.generate(), "Ed448", 456),
        (x25519.X25519PrivateKey.generate(), "X25519", 256),
        (x448.X448PrivateKey.generate(), "X448", 448),
        (mldsa.MLDSA65PrivateKey.generate(), "ML-DSA-65", None),
    ]
    return pairs + [(key.public_key(), name, size) for key, name, size in pairs]


@pytest.mark.parametrize(
    ("key", "name", "size"),
    _keys(),
    ids=lambda v: type(v).__name__ if not isinstance(v, str | int) else str(v),
)
def test_key_classes_are_named_with_their_size(key: Any, name: str, size: int | None) -> None:
    algorithm, bits = key_algorithm(default_catalog(), key)
    assert (algorithm.name, bits) == (name, size)


def test_an_object_that_is_no_key_is_refused() -> None:
    with pytest.raises(DetectorError, match="unsupported key type bytes"):
        key_algorithm(default_catalog(), b"not a key")
