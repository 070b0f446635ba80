"""Name the algorithm of a key object from `cryptography`, through the catalog."""

from __future__ import annotations

import hashlib
import warnings
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, mldsa, rsa, x448, x25519

from qready.errors import DetectorError
from qready.knowledge import Catalog
from qready.model import Algorithm

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # cryptography deprecates FFDH; we only recognise such keys
    from cryptography.hazmat.primitives.asymmetric import dh

    _DH_KEYS = (dh.DHPublicKey, dh.DHPrivateKey)

_FIXED: tuple[tuple[tuple[type, ...], str], ...] = (
    ((ed25519.Ed25519PublicKey, ed25519.Ed25519PrivateKey), "Ed25519"),
    ((ed448.Ed448PublicKey, ed448.Ed448PrivateKey), "Ed448"),
    ((x25519.X25519PublicKey, x25519.X25519PrivateKey), "X25519"),
    ((x448.X448PublicKey, x448.X448PrivateKey), "X448"),
    ((mldsa.MLDSA44PublicKey, mldsa.MLDSA44PrivateKey), "ML-DSA-44"),
    ((mldsa.MLDSA65PublicKey, mldsa.MLDSA65PrivateKey), "ML-DSA-65"),
    ((mldsa.MLDSA87PublicKey, mldsa.MLDSA87PrivateKey), "ML-DSA-87"),
)
_FIXED_BITS = {"Ed25519": 256, "X25519": 256, "Ed448": 456, "X448": 448}


def key_algorithm(catalog: Catalog, key: Any) -> tuple[Algorithm, int | None]:
    """(algorithm, key size in bits) of a public or private key object."""
    if isinstance(key, rsa.RSAPublicKey | rsa.RSAPrivateKey):
        return catalog.resolve("RSA", "name", size=key.key_size), key.key_size
    if isinstance(key, dsa.DSAPublicKey | dsa.DSAPrivateKey):
        return catalog.resolve("DSA", "name", size=key.key_size), key.key_size
    if isinstance(key, _DH_KEYS):
        return catalog.resolve("FFDH", "name", size=key.key_size), key.key_size
    if isinstance(key, ec.EllipticCurvePublicKey | ec.EllipticCurvePrivateKey):
        return catalog.resolve("ECDSA", "name", curve=key.curve.name), key.curve.key_size
    for kinds, name in _FIXED:
        if isinstance(key, kinds):
            return catalog.resolve(name, "name"), _FIXED_BITS.get(name)
    raise DetectorError(f"unsupported key type {type(key).__name__}")


def public_key_digest(key: Any) -> str:
    """SHA-256 of the SubjectPublicKeyInfo DER: the identity shared by a key file and its certificate."""
    public = key.public_key() if hasattr(key, "public_key") else key
    der = public.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(der).hexdigest()
