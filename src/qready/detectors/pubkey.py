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


_SIZED = (
    ((rsa.RSAPublicKey, rsa.RSAPrivateKey), "RSA"),
    ((dsa.DSAPublicKey, dsa.DSAPrivateKey), "DSA"),
    (_DH_KEYS, "FFDH"),
)
_EC = (ec.EllipticCurvePublicKey, ec.EllipticCurvePrivateKey)
_KINDS: dict[type, str | None] = {}  # a key class -> its family in the tables above (None: not a key we know)


def _kind(cls: type) -> str | None:
    """A key class's family, found once per class (the key types are ABCs: each isinstance test of one costs
    a registry look-up, and an estate holds tens of thousands of keys of a few classes)."""
    if cls not in _KINDS:
        tables = (*_SIZED, (_EC, "EC"), *_FIXED)
        _KINDS[cls] = next((name for kinds, name in tables if issubclass(cls, kinds)), None)
    return _KINDS[cls]


def key_algorithm(catalog: Catalog, key: Any) -> tuple[Algorithm, int | None]:
    """(algorithm, key size in bits) of a public or private key object."""
    kind = _kind(type(key))
    if kind in ("RSA", "DSA", "FFDH"):
        return catalog.resolve(kind, "name", size=key.key_size), key.key_size
    if kind == "EC":
        return catalog.resolve("ECDSA", "name", curve=key.curve.name), key.curve.key_size
    if kind is not None:
        return catalog.resolve(kind, "name"), _FIXED_BITS.get(kind)
    raise DetectorError(f"unsupported key type {type(key).__name__}")


def public_key_digest(key: Any) -> str:
    """SHA-256 of the SubjectPublicKeyInfo DER: the identity shared by a key file and its certificate."""
    public = key.public_key() if hasattr(key, "public_key") else key
    der = public.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(der).hexdigest()
