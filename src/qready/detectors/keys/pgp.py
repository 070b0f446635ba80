"""OpenPGP keys (RFC 4880 / RFC 9580): armored or binary, v3/v4/v5/v6 public and secret (sub)key packets.

Rule: `pgp.key`, one per primary key and per subkey. Packets are parsed here, bounded; nothing is verified.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric import ed25519, rsa, x25519

from qready.detectors.base import Detection
from qready.detectors.der import decode_oid
from qready.detectors.keys.material import describe, lookup, object_identity, record
from qready.detectors.keys.sshwire import WireReader
from qready.errors import DetectorError
from qready.knowledge import Catalog
from qready.model import Algorithm, FileLocation, KeyMaterial

MAX_PACKETS = 10_000
ARMOR = re.compile(r"-----BEGIN PGP (PUBLIC|PRIVATE) KEY BLOCK-----(.*?)-----END PGP \1 KEY BLOCK-----", re.S)
KEY_TAGS = {
    6: ("primary key", "public-key"),
    14: ("subkey", "public-key"),
    5: ("primary key", "private-key"),
    7: ("subkey", "private-key"),
}
_RSA = (1, 2, 3)
_FFC = {16: "ElGamal", 20: "ElGamal", 17: "DSA"}
_ECC = {18: "ECDH", 19: "ECDSA", 22: "EdDSA"}
_RAW_KEYS: dict[int, Callable[[bytes], object]] = {
    25: x25519.X25519PublicKey.from_public_bytes,
    27: ed25519.Ed25519PublicKey.from_public_bytes,
}
_FIXED = {25: ("X25519", 256), 26: ("X448", 448), 27: ("Ed25519", 256), 28: ("Ed448", 456)}
# OpenPGP-specific curve OIDs (the others are the usual X9.62/SEC/RFC 8410 OIDs the catalog knows).
_LEGACY_CURVES = {"1.3.6.1.4.1.11591.15.1": ("Ed25519", 256), "1.3.6.1.4.1.3029.1.5.1": ("X25519", 256)}


@dataclass(frozen=True)
class Packet:
    tag: int
    body: bytes
    offset: int


def _length(data: bytes, pos: int, first: int) -> tuple[int, int]:
    """(body length, header length) of the packet at `pos` whose first octet is `first`."""
    if first & 0x40:
        octet = data[pos + 1] if pos + 1 < len(data) else None
        if octet is None:
            raise DetectorError(f"OpenPGP packet header at offset {pos} is truncated")
        if octet < 192:
            return octet, 2
        if octet < 224:
            return ((octet - 192) << 8) + data[pos + 2] + 192 if pos + 2 < len(data) else -1, 3
        if octet == 255:
            return int.from_bytes(data[pos + 2 : pos + 6], "big") if pos + 6 <= len(data) else -1, 6
        raise DetectorError(f"OpenPGP packet at offset {pos} uses a partial body length (not a key packet)")
    kind = first & 0x03
    if kind == 3:
        return len(data) - pos - 1, 1
    size = (1, 2, 4)[kind]
    if pos + 1 + size > len(data):
        raise DetectorError(f"OpenPGP packet header at offset {pos} is truncated")
    return int.from_bytes(data[pos + 1 : pos + 1 + size], "big"), 1 + size


def packets(data: bytes) -> tuple[list[Packet], str | None]:
    """The packets in order, and a problem if the stream is malformed (packets before it are kept)."""
    found: list[Packet] = []
    pos = 0
    while pos < len(data) and len(found) < MAX_PACKETS:
        first = data[pos]
        if not first & 0x80:
            return found, f"offset {pos}: not an OpenPGP packet header (0x{first:02x})"
        try:
            length, header = _length(data, pos, first)
        except (DetectorError, IndexError) as exc:
            return found, str(exc)
        tag = first & 0x3F if first & 0x40 else (first >> 2) & 0x0F
        end = pos + header + length
        if length < 0 or end > len(data):
            left = len(data) - pos - header
            return (
                found,
                f"OpenPGP packet (tag {tag}) at offset {pos} claims {length} bytes but {left} remain",
            )
        found.append(Packet(tag, data[pos + header : end], pos))
        pos = end
    return found, None


class _MpiReader(WireReader):
    def mpi(self) -> bytes:
        bits = int.from_bytes(self.take(2), "big")
        return self.take((bits + 7) // 8)

    def skip_mpis(self, count: int) -> None:
        for _ in range(count):
            self.mpi()


@dataclass(frozen=True)
class PgpKey:
    version: int
    algorithm_id: int
    algorithm: Algorithm | None
    size: int | None
    fingerprint: str
    identity: str


def _ecc(catalog: Catalog, reader: _MpiReader, algo: int) -> tuple[Algorithm | None, int | None, object]:
    oid_len = reader.take(1)[0]
    if oid_len in (0, 0xFF):
        raise DetectorError(f"OpenPGP ECC key has a reserved curve OID length {oid_len}")
    oid = decode_oid(reader.take(oid_len))
    point = reader.mpi()
    if algo == 18:
        reader.take(reader.take(1)[0])  # KDF parameters
    if oid in _LEGACY_CURVES:
        name, size = _LEGACY_CURVES[oid]
        maker = _RAW_KEYS[27 if name == "Ed25519" else 25]
        obj = maker(point[1:]) if len(point) == 33 and point[0] == 0x40 else None
        return lookup(catalog, name, "name"), size, obj
    curve = catalog.curve(oid)
    family = "Ed448" if algo == 22 and curve and "448" in curve.id else _ECC[algo]
    return lookup(catalog, family, "name", curve=oid if curve else None), curve.bits if curve else None, None


def _fields(catalog: Catalog, reader: _MpiReader, algo: int) -> tuple[Algorithm | None, int | None, object]:
    """(algorithm, size, cryptography key object or None) from the algorithm-specific public fields."""
    if algo in _RSA:
        n, e = (int.from_bytes(reader.mpi(), "big") for _ in range(2))
        try:
            obj: object = rsa.RSAPublicNumbers(e, n).public_key()
        except ValueError:
            obj = None
        return lookup(catalog, "RSA", "name", size=n.bit_length()), n.bit_length(), obj
    if algo in _FFC:
        size = int.from_bytes(reader.mpi(), "big").bit_length()
        reader.skip_mpis(3 if algo == 17 else 2)
        return lookup(catalog, _FFC[algo], "name", size=size), size, None
    if algo in _ECC:
        return _ecc(catalog, reader, algo)
    if algo in _FIXED:
        name, size = _FIXED[algo]
        raw = reader.take({25: 32, 26: 56, 27: 32, 28: 57}[algo])
        maker = _RAW_KEYS.get(algo)
        return lookup(catalog, name, "name"), size, maker(raw) if maker else None
    raise DetectorError(f"unknown OpenPGP public-key algorithm id {algo}")


def _fingerprint(version: int, public: bytes) -> str:
    if version == 4:
        return hashlib.sha1(
            b"\x99" + len(public).to_bytes(2, "big") + public, usedforsecurity=False
        ).hexdigest()
    prefix = b"\x9b" if version == 6 else b"\x9a"
    return hashlib.sha256(prefix + len(public).to_bytes(4, "big") + public).hexdigest()


def parse_key(catalog: Catalog, body: bytes) -> PgpKey:
    """The public part of a public-key, public-subkey, secret-key or secret-subkey packet body."""
    reader = _MpiReader(body, "OpenPGP key packet")
    version = reader.take(1)[0]
    if version not in (3, 4, 5, 6):
        raise DetectorError(f"unsupported OpenPGP key packet version {version}")
    reader.take(6 if version == 3 else 4)
    algo = reader.take(1)[0]
    if version in (5, 6):
        material = reader.take(reader.uint32())
        public = body[: reader.pos]
        algorithm, size, obj = _fields(catalog, _MpiReader(material, "OpenPGP key material"), algo)
    else:
        algorithm, size, obj = _fields(catalog, reader, algo)
        public = body[: reader.pos]
    fingerprint = _fingerprint(version, public).upper()
    identity = object_identity(obj, fingerprint.encode()) if obj is not None else fingerprint.lower()
    return PgpKey(version, algo, algorithm, size, fingerprint, identity)


def key_packets(detection: Detection, catalog: Catalog, data: bytes, location: FileLocation) -> None:
    """One KeyMaterial and one `pgp.key` finding per key packet of a binary OpenPGP stream."""
    found, problem = packets(data)
    if problem:
        detection.problems.append(f"{location}: {problem}")
    subkeys = 0
    for packet in found:
        if packet.tag not in KEY_TAGS:
            continue
        role, kind = KEY_TAGS[packet.tag]
        subkeys += role == "subkey"
        label = f"{role} #{subkeys}" if role == "subkey" else role
        try:
            key = parse_key(catalog, packet.body)
        except DetectorError as exc:
            detection.problems.append(f"{location}: {label} at offset {packet.offset}: {exc}")
            continue
        place = FileLocation(location.path, location.line, f"{label} {key.fingerprint[-16:]}")
        if key.algorithm is None:
            detection.problems.append(f"{place}: OpenPGP algorithm {key.algorithm_id} not in the catalog")
        asset = KeyMaterial(kind, key.algorithm, key.size, f"openpgp-v{key.version}", key.identity, (place,))
        record(
            detection,
            asset,
            "pgp.key",
            f"OpenPGP v{key.version} {label}: {describe(key.algorithm, key.size)}, "
            f"fingerprint {key.fingerprint}",
            symbol=f"pubkey-algo-{key.algorithm_id}",
        )


def dearmor(body: str) -> bytes:
    """The binary content of an ASCII-armored block body (headers and the CRC-24 line dropped)."""
    lines = [line.strip() for line in body.strip().splitlines()]
    if lines and ":" in lines[0]:
        lines = lines[lines.index("") + 1 :] if "" in lines else []
    payload = [line for line in lines if line and not (line.startswith("=") and len(line) == 5)]
    try:
        return base64.b64decode("".join(payload), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise DetectorError(f"armored OpenPGP block has corrupt base64 ({exc})") from None


def armored(detection: Detection, catalog: Catalog, text: str, path: str) -> None:
    """Every `BEGIN PGP PUBLIC/PRIVATE KEY BLOCK` in a text file."""
    for match in ARMOR.finditer(text):
        location = FileLocation(path, text.count("\n", 0, match.start()) + 1)
        try:
            data = dearmor(match.group(2))
        except DetectorError as exc:
            detection.problems.append(f"{location}: {exc}")
            continue
        key_packets(detection, catalog, data, location)
