"""PEM and DER private/public keys: PKCS#1, PKCS#8, SEC1, DSA, SPKI, encrypted PKCS#8, legacy encrypted PEM.

Rules: `key.private`, `key.public`, `key.protection` (an algorithm protecting an encrypted key).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization

from qready.detectors.base import Detection
from qready.detectors.der import children, decode_oid, read_tlv
from qready.detectors.keys.material import (
    describe,
    digest,
    object_algorithm,
    object_identity,
    protection,
    record,
)
from qready.detectors.keys.pkcs8 import Protection, dek_info, encrypted_pkcs8
from qready.detectors.pem import PemBlock
from qready.errors import DetectorError
from qready.knowledge import Catalog
from qready.model import Algorithm, FileLocation, KeyMaterial

PRIVATE_FORMATS = {
    "PRIVATE KEY": "pkcs8",
    "RSA PRIVATE KEY": "pkcs1",
    "EC PRIVATE KEY": "sec1",
    "DSA PRIVATE KEY": "dsa",
}
PUBLIC_FORMATS = {"PUBLIC KEY": "spki", "RSA PUBLIC KEY": "pkcs1"}
ENCRYPTED_LABEL = "ENCRYPTED PRIVATE KEY"
LABELS = frozenset({*PRIVATE_FORMATS, *PUBLIC_FORMATS, ENCRYPTED_LABEL})
_LABEL_FAMILY = {"RSA PRIVATE KEY": "RSA", "EC PRIVATE KEY": "ECDSA", "DSA PRIVATE KEY": "DSA"}
MAX_PASSWORDS = 8
# (UnsupportedAlgorithm: a curve this OpenSSL lacks, brainpoolP224r1 in Wycheproof's vectors: read by OID)
_LOAD_ERRORS = (ValueError, TypeError, NotImplementedError, UnsupportedAlgorithm)


@dataclass(frozen=True)
class _Facts:
    algorithm: Algorithm
    size: int | None
    identity: str


def _load(der: bytes, private: bool) -> Any:
    if private:
        return serialization.load_der_private_key(der, None, unsafe_skip_rsa_key_validation=True)
    return serialization.load_der_public_key(der)


def _oid_algorithm(catalog: Catalog, der: bytes, private: bool) -> _Facts:
    """Fallback for keys `cryptography` cannot load or name: the AlgorithmIdentifier (and curve) OID."""
    fields = children(der, read_tlv(der))
    ident = fields[1] if private and len(fields) > 1 else fields[0] if fields else None
    if ident is None or ident.tag != 0x30:
        raise DetectorError("no AlgorithmIdentifier in the key structure")
    parts = children(der, ident)
    oid = decode_oid(parts[0].value(der)) if parts and parts[0].tag == 0x06 else "?"
    curve = decode_oid(parts[1].value(der)) if len(parts) > 1 and parts[1].tag == 0x06 else None
    algorithm = catalog.find(oid, "oid", curve=curve)
    if algorithm is None:
        raise DetectorError(f"unknown key algorithm OID {oid}")
    return _Facts(algorithm, None, digest(der))


def _facts(catalog: Catalog, der: bytes, private: bool) -> _Facts:
    try:
        key = _load(der, private)
    except _LOAD_ERRORS:
        return _oid_algorithm(catalog, der, private)
    try:
        algorithm, size = object_algorithm(catalog, key)
    except DetectorError as exc:
        try:
            return _oid_algorithm(catalog, der, private)
        except DetectorError:
            raise exc from None
    return _Facts(algorithm, size, object_identity(key, der))


def plain_key(detection: Detection, catalog: Catalog, der: bytes, location: FileLocation, fmt: str) -> None:
    """One unencrypted private or public key in DER form (from a PEM block or a DER file)."""
    private = fmt.startswith("private:")
    facts = _facts(catalog, der, private)
    kind = "private-key" if private else "public-key"
    key = KeyMaterial(kind, facts.algorithm, facts.size, fmt.split(":", 1)[1], facts.identity, (location,))
    label = "private key" if private else "public key"
    record(
        detection,
        key,
        f"key.{kind.removesuffix('-key')}",
        f"{key.format.upper()} {label}: {describe(facts.algorithm, facts.size)}",
        symbol=key.format,
    )


def _protect(detection: Detection, key: KeyMaterial, guard: Protection, location: FileLocation) -> None:
    detection.problems.extend(f"{location}: {problem}" for problem in guard.problems)
    for algorithm, evidence in guard.algorithms:
        protection(detection, key, algorithm, evidence, location)


def _unlock(der: bytes, pem: bytes | None, passwords: tuple[str, ...]) -> Any:
    for password in passwords[:MAX_PASSWORDS]:
        try:
            if pem is not None:
                return serialization.load_pem_private_key(
                    pem, password.encode(), unsafe_skip_rsa_key_validation=True
                )
            return serialization.load_der_private_key(
                der, password.encode(), unsafe_skip_rsa_key_validation=True
            )
        except _LOAD_ERRORS:
            continue
    return None


def _unlocked(
    detection: Detection,
    catalog: Catalog,
    key_obj: Any,
    der: bytes,
    location: FileLocation,
    fmt: str,
    guard: Protection,
) -> None:
    algorithm, size = object_algorithm(catalog, key_obj)
    key = KeyMaterial(
        "private-key",
        algorithm,
        size,
        fmt,
        object_identity(key_obj, der),
        (location,),
        encrypted=True,
        secured_by=guard.summary,
    )
    record(
        detection,
        key,
        "key.private",
        f"encrypted {fmt.upper()} private key: {describe(algorithm, size)}",
        symbol=fmt,
    )
    _protect(detection, key, guard, location)


def encrypted_key(
    detection: Detection, catalog: Catalog, der: bytes, location: FileLocation, passwords: tuple[str, ...]
) -> None:
    """A PKCS#8 EncryptedPrivateKeyInfo: protection always; the key algorithm only with a working password."""
    guard = encrypted_pkcs8(catalog, der)
    unlocked = _unlock(der, None, passwords)
    if unlocked is not None:
        _unlocked(detection, catalog, unlocked, der, location, "pkcs8-encrypted", guard)
        return
    key = KeyMaterial(
        "private-key",
        None,
        None,
        "pkcs8-encrypted",
        digest(der),
        (location,),
        encrypted=True,
        secured_by=guard.summary,
        note="encrypted PKCS#8: key algorithm needs the password",
    )
    record(detection, key, "key.private", "encrypted PKCS#8 private key")
    _protect(detection, key, guard, location)


def _armor(block: PemBlock, der: bytes) -> bytes:
    headers = "".join(f"{name}: {value}\n" for name, value in block.headers)
    body = base64.encodebytes(der).decode()
    return f"-----BEGIN {block.label}-----\n{headers}\n{body}-----END {block.label}-----\n".encode()


def legacy_encrypted(
    detection: Detection,
    catalog: Catalog,
    block: PemBlock,
    der: bytes,
    location: FileLocation,
    passwords: tuple[str, ...],
) -> None:
    """`Proc-Type: 4,ENCRYPTED` PEM: the cipher from DEK-Info, the key family from the label."""
    guard = dek_info(catalog, dict(block.headers).get("DEK-Info", "unknown"))
    fmt = PRIVATE_FORMATS.get(block.label, "pem") + "-encrypted"
    unlocked = _unlock(der, _armor(block, der), passwords)
    if unlocked is not None:
        _unlocked(detection, catalog, unlocked, der, location, fmt, guard)
        return
    family = _LABEL_FAMILY.get(block.label)
    algorithm = catalog.find(family, "name") if family else None
    key = KeyMaterial(
        "private-key",
        algorithm,
        None,
        fmt,
        digest(der),
        (location,),
        encrypted=True,
        secured_by=guard.summary,
        note="encrypted PEM: key size needs the password",
    )
    record(
        detection,
        key,
        "key.private",
        f"encrypted {block.label}: {describe(algorithm, None)}, size unknown",
        symbol=fmt,
    )
    _protect(detection, key, guard, location)


def pem_key(
    detection: Detection,
    catalog: Catalog,
    block: PemBlock,
    location: FileLocation,
    passwords: tuple[str, ...],
) -> None:
    """Dispatch one PEM key block (its `der` is already decoded)."""
    der = block.der or b""
    if block.label == ENCRYPTED_LABEL:
        encrypted_key(detection, catalog, der, location, passwords)
    elif any(name == "Proc-Type" and "ENCRYPTED" in value for name, value in block.headers):
        legacy_encrypted(detection, catalog, block, der, location, passwords)
    elif block.label in PRIVATE_FORMATS:
        plain_key(detection, catalog, der, location, "private:" + PRIVATE_FORMATS[block.label])
    else:
        plain_key(detection, catalog, der, location, "public:" + PUBLIC_FORMATS[block.label])


def der_file(
    detection: Detection, catalog: Catalog, data: bytes, location: FileLocation, passwords: tuple[str, ...]
) -> None:
    """A binary DER key: private (PKCS#8 or traditional), public (SPKI or PKCS#1), or encrypted PKCS#8."""
    for private in (True, False):
        try:
            _load(data, private)
        except _LOAD_ERRORS:
            continue
        plain_key(detection, catalog, data, location, ("private:" if private else "public:") + "der")
        return
    try:
        encrypted_key(detection, catalog, data, location, passwords)
    except DetectorError:
        raise DetectorError("not a DER private key, public key or encrypted PKCS#8 key") from None
