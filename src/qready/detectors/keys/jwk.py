"""JSON Web Keys and key sets (RFC 7517). Only JSON with `"kty"` members is read; size and depth are bounded.

Rule: `jwk.key`, whose algorithm is the key's `alg` when present (the key's own algorithm stays on the asset).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa, x448, x25519

from qready.detectors.base import Detection
from qready.detectors.keys.material import describe, digest, lookup, object_algorithm, object_identity, record
from qready.errors import CatalogError, DetectorError
from qready.knowledge import Catalog
from qready.model import Algorithm, FileLocation, KeyMaterial

MAX_BYTES = 1 << 20
MAX_DEPTH = 32
MAX_KEYS = 1000
KTY = re.compile(r'"kty"\s*:')
_EC_CURVES: dict[str, ec.EllipticCurve] = {
    "P-256": ec.SECP256R1(),
    "P-384": ec.SECP384R1(),
    "P-521": ec.SECP521R1(),
    "secp256k1": ec.SECP256K1(),
}
_OKP: dict[str, Callable[[bytes], object]] = {
    "Ed25519": ed25519.Ed25519PublicKey.from_public_bytes,
    "Ed448": ed448.Ed448PublicKey.from_public_bytes,
    "X25519": x25519.X25519PublicKey.from_public_bytes,
    "X448": x448.X448PublicKey.from_public_bytes,
}
_PRIVATE_MEMBERS = ("d", "p", "q", "priv")


def check_depth(text: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH before json.loads can recurse on it."""
    depth = 0
    quoted = escaped = False
    for char in text:
        if quoted:
            escaped, quoted = (False, True) if escaped else (char == "\\", char != '"')
        elif char == '"':
            quoted = True
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise DetectorError(f"JSON nested deeper than {MAX_DEPTH} levels")
        elif char in "]}":
            depth -= 1


def _keys(node: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """JWK objects in document order."""
    if depth > MAX_DEPTH:
        return
    if isinstance(node, dict):
        if isinstance(node.get("kty"), str):
            yield node
            return
        for value in node.values():
            yield from _keys(value, depth + 1)
    elif isinstance(node, list):
        for value in node:
            yield from _keys(value, depth + 1)


def _b64url(value: Any, member: str) -> bytes:
    if not isinstance(value, str):
        raise DetectorError(f"JWK member {member!r} is not a string")
    try:
        return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except (binascii.Error, ValueError):
        raise DetectorError(f"JWK member {member!r} is not base64url") from None


def _key_object(jwk: dict[str, Any]) -> Any:
    kty = jwk["kty"]
    if kty == "RSA":
        n, e = (int.from_bytes(_b64url(jwk.get(m), m), "big") for m in ("n", "e"))
        return rsa.RSAPublicNumbers(e, n).public_key()
    if kty == "EC" and jwk.get("crv") in _EC_CURVES:
        x, y = (int.from_bytes(_b64url(jwk.get(m), m), "big") for m in ("x", "y"))
        return ec.EllipticCurvePublicNumbers(x, y, _EC_CURVES[jwk["crv"]]).public_key()
    if kty == "OKP" and jwk.get("crv") in _OKP:
        return _OKP[jwk["crv"]](_b64url(jwk.get("x"), "x"))
    return None


def _without_object(catalog: Catalog, jwk: dict[str, Any]) -> tuple[Algorithm | None, int | None, str]:
    """Key algorithm of a JWK `cryptography` cannot build (oct, AKP, unknown curves): from kty/crv/alg."""
    kty, crv = jwk["kty"], jwk.get("crv")
    if kty == "oct":
        secret = _b64url(jwk.get("k"), "k")
        kid = jwk.get("kid")
        return None, len(secret) * 8, digest(("jwk-oct:" + kid).encode() if isinstance(kid, str) else secret)
    material = json.dumps({k: v for k, v in sorted(jwk.items()) if k not in _PRIVATE_MEMBERS}).encode()
    if isinstance(crv, str):
        found = lookup(catalog, crv, "jose") or lookup(catalog, kty, "jose", curve=crv)
        return found, None, digest(material)
    alg = jwk.get("alg")
    return (lookup(catalog, alg, "jose") if isinstance(alg, str) else None), None, digest(material)


def _analyse(catalog: Catalog, jwk: dict[str, Any]) -> tuple[Algorithm | None, int | None, str]:
    try:
        obj = _key_object(jwk)
    except (ValueError, TypeError) as exc:
        raise DetectorError(f"JWK {jwk['kty']} key is invalid: {exc}") from None
    if obj is None:
        return _without_object(catalog, jwk)
    try:
        algorithm, size = object_algorithm(catalog, obj)
    except (DetectorError, CatalogError):
        return None, None, object_identity(obj, b"")
    return algorithm, size, object_identity(obj, b"")


def _opening_line(text: str, position: int) -> int:
    """1-based line of the `{` that opens the object holding the `"kty"` at `position`."""
    depth = 0
    for index in range(position, -1, -1):
        char = text[index]
        if char == "}":
            depth += 1
        elif char == "{":
            if depth == 0:
                return text.count("\n", 0, index) + 1
            depth -= 1
    return text.count("\n", 0, position) + 1


def _kind(jwk: dict[str, Any]) -> str:
    if jwk["kty"] == "oct":
        return "secret-key"
    return "private-key" if any(member in jwk for member in _PRIVATE_MEMBERS) else "public-key"


def _one(detection: Detection, catalog: Catalog, jwk: dict[str, Any], location: FileLocation) -> None:
    key_alg, size, identity = _analyse(catalog, jwk)
    alg_name = jwk.get("alg")
    alg = None
    if isinstance(alg_name, str):
        alg = lookup(catalog, alg_name, "jose", size=size, curve=key_alg.curve if key_alg else jwk.get("crv"))
        if alg is None:
            detection.problems.append(f"{location}: unknown JOSE algorithm {alg_name[:40]!r}")
    kind = _kind(jwk)
    key_alg = key_alg if kind != "secret-key" else alg
    if key_alg is None and alg is None:
        detection.problems.append(f"{location}: JWK kty {str(jwk['kty'])[:20]!r}: algorithm unknown")
    note = "oct key without alg: algorithm unknown" if kind == "secret-key" and alg is None else None
    asset = KeyMaterial(
        kind,
        key_alg,
        size,
        "jwk",
        identity,
        (location,),
        note=note,
        comment=str(jwk["kid"])[:80] if "kid" in jwk else None,
    )
    kid = f" {str(jwk['kid'])[:40]!r}" if "kid" in jwk else ""
    used = f", alg {alg.name}" if alg else ""
    record(
        detection,
        asset,
        "jwk.key",
        f"JWK{kid} kty {jwk['kty']}: {describe(key_alg, size)}{used}",
        algorithm=alg,
        symbol=str(alg_name) if alg_name else str(jwk["kty"]),
    )


def jwk_file(detection: Detection, catalog: Catalog, text: str, path: str) -> None:
    """Every JWK in a JWK, JWKS or list-of-JWK JSON document."""
    if len(text) > MAX_BYTES:
        raise DetectorError(f"JSON larger than {MAX_BYTES} bytes is not read as a JWK set")
    check_depth(text)
    try:
        document = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise DetectorError(f"not valid JSON: {exc}") from None
    keys = list(_keys(document))[:MAX_KEYS]
    positions = [m.start() for m in KTY.finditer(text)]
    lines = [_opening_line(text, p) for p in positions] if len(positions) == len(keys) else []
    for index, jwk in enumerate(keys):
        location = (
            FileLocation(path, lines[index]) if lines else FileLocation(path, None, f"key #{index + 1}")
        )
        try:
            _one(detection, catalog, jwk, location)
        except DetectorError as exc:
            detection.problems.append(f"{location}: {exc}")
