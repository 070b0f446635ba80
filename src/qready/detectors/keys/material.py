"""Shared construction of KeyMaterial assets and their findings for every key format."""

from __future__ import annotations

import hashlib
from typing import Any

from cryptography.hazmat.primitives.asymmetric import mlkem

from qready.detectors.base import Detection
from qready.detectors.pubkey import key_algorithm, public_key_digest
from qready.errors import CatalogError, DetectorError
from qready.knowledge import Catalog
from qready.model import Algorithm, Finding, KeyMaterial, Location

_MLKEM: tuple[tuple[tuple[type, ...], str], ...] = (
    ((mlkem.MLKEM768PublicKey, mlkem.MLKEM768PrivateKey), "ML-KEM-768"),
    ((mlkem.MLKEM1024PublicKey, mlkem.MLKEM1024PrivateKey), "ML-KEM-1024"),
)


def digest(data: bytes) -> str:
    """SHA-256 hex of raw bytes: the identity of a key whose public part cannot be derived."""
    return hashlib.sha256(data).hexdigest()


def object_algorithm(catalog: Catalog, key: Any) -> tuple[Algorithm, int | None]:
    """`pubkey.key_algorithm`, extended to the ML-KEM key types it does not name."""
    try:
        for kinds, name in _MLKEM:
            if isinstance(key, kinds):
                return catalog.resolve(name, "name"), None
        return key_algorithm(catalog, key)
    except CatalogError as exc:
        raise DetectorError(str(exc)) from None


def object_identity(key: Any, fallback: bytes) -> str:
    """SPKI SHA-256 of a key object, or the digest of `fallback` when it cannot be serialised."""
    try:
        return public_key_digest(key)
    except (ValueError, TypeError, AttributeError):
        return digest(fallback)


def lookup(catalog: Catalog, name: str, namespace: str, **params: Any) -> Algorithm | None:
    """catalog.find with size/curve, tolerating an unknown curve spelling."""
    try:
        return catalog.find(name, namespace, size=params.get("size"), curve=params.get("curve"))
    except (CatalogError, DetectorError, ValueError):
        return None


def record(
    detection: Detection,
    key: KeyMaterial,
    rule: str,
    evidence: str,
    algorithm: Algorithm | None = None,
    symbol: str | None = None,
) -> None:
    """Add the asset and its one finding (the finding's algorithm defaults to the key's)."""
    detection.assets.append(key)
    chosen = algorithm or key.algorithm
    if chosen is None:
        return
    provenance = (("parameterSetIdentifier", "observed"),) if key.size else ()
    detection.findings.append(
        Finding(
            rule_id=rule,
            algorithm=chosen,
            location=key.locations[0],
            evidence=evidence[:200],
            symbol=symbol,
            asset_ref=key.ref,
            provenance=provenance,
        )
    )


def protection(
    detection: Detection, key: KeyMaterial, algorithm: Algorithm, evidence: str, location: Location
) -> None:
    """A `key.protection` finding: an algorithm that encrypts or derives the key's wrapping key."""
    detection.findings.append(
        Finding(
            rule_id="key.protection",
            algorithm=algorithm,
            location=location,
            evidence=evidence[:200],
            symbol="encryptionAlgorithm",
            asset_ref=key.ref,
        )
    )


def describe(algorithm: Algorithm | None, size: int | None) -> str:
    name = algorithm.name if algorithm else "unknown algorithm"
    return f"{name} ({size} bits)" if size else name
