"""Open a JCEKS sealed secret key with a known password, to learn its algorithm and size (never its value).

JCEKS seals a `SecretKeySpec` with Sun's PBEWithMD5AndTripleDES: two salt halves, each hashed with MD5
(half || password) `iterations` times, give a 3DES key and IV; the plaintext is another serialization
stream, read with the same structural reader.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives.ciphers import Cipher, modes

from qready.detectors.der import children, read_tlv
from qready.detectors.keystores.javaser import JavaObject, read_stream
from qready.errors import DetectorError

SEAL_ALGORITHM = "PBEWithMD5AndTripleDES"
MAX_ITERATIONS = 1_000_000
MAX_SEALED = 64 * 1024


@dataclass(frozen=True)
class SecretKeyFacts:
    algorithm: str
    bits: int | None


def seal_algorithm(sealed: JavaObject | None) -> str | None:
    value = sealed.get("sealAlg") if sealed else None
    return value if isinstance(value, str) else None


def open_sealed(sealed: JavaObject | None, passwords: tuple[str, ...]) -> SecretKeyFacts | None:
    """The sealed key's algorithm name and size, if one of the passwords opens it; None otherwise."""
    if sealed is None or seal_algorithm(sealed) != SEAL_ALGORITHM:
        return None
    params, content = sealed.get("encodedParams"), sealed.get("encryptedContent")
    if not isinstance(params, bytes) or not isinstance(content, bytes) or len(content) > MAX_SEALED:
        return None
    salt, iterations = _pbe_parameters(params)
    for password in passwords:
        if not password.isascii():
            continue
        facts = _try(content, salt, iterations, password.encode("ascii"))
        if facts is not None:
            return facts
    return None


def _pbe_parameters(params: bytes) -> tuple[bytes, int]:
    outer = read_tlv(params)
    parts = children(params, outer)
    if len(parts) != 2 or parts[0].tag != 0x04 or parts[1].tag != 0x02 or parts[1].end - parts[1].content > 4:
        raise DetectorError("sealed secret key: malformed PBE parameters")
    salt = parts[0].value(params)
    iterations = int.from_bytes(parts[1].value(params), "big")
    if len(salt) != 8 or not 0 < iterations <= MAX_ITERATIONS:
        raise DetectorError(f"sealed secret key: unsupported PBE parameters ({iterations} iterations)")
    return salt, iterations


def _derive(salt: bytes, iterations: int, password: bytes) -> tuple[bytes, bytes]:
    halves = [salt[:4], salt[4:]]
    if halves[0] == halves[1]:
        halves[0] = halves[0][::-1]
    derived = b""
    for half in halves:
        value = half
        for _ in range(iterations):
            value = hashlib.md5(value + password, usedforsecurity=False).digest()
        derived += value
    return derived[:24], derived[24:32]


def _try(content: bytes, salt: bytes, iterations: int, password: bytes) -> SecretKeyFacts | None:
    if not content or len(content) % 8:
        return None
    key, iv = _derive(salt, iterations, password)
    decryptor = Cipher(TripleDES(key), modes.CBC(iv)).decryptor()
    plain = decryptor.update(content) + decryptor.finalize()
    pad = plain[-1]
    if not 1 <= pad <= 8 or plain[-pad:] != bytes([pad]) * pad:
        return None
    try:
        spec, _ = read_stream(plain[:-pad], 0)
    except DetectorError:
        return None
    if not isinstance(spec, JavaObject):
        return None
    algorithm = spec.get("algorithm")
    material = spec.get("key") if spec.get("key") is not None else spec.get("encoded")
    if not isinstance(algorithm, str) or not algorithm.isprintable() or len(algorithm) > 64:
        return None
    return SecretKeyFacts(algorithm, len(material) * 8 if isinstance(material, bytes) else None)
