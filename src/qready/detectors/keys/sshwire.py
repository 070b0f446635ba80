"""A bounded reader for the SSH wire format (RFC 4251) and the public key blobs built from it."""

from __future__ import annotations

import base64
from dataclasses import dataclass

from cryptography.hazmat.primitives.serialization import load_ssh_public_key

from qready.detectors.keys.material import digest, lookup, object_algorithm, object_identity
from qready.errors import CatalogError, DetectorError
from qready.knowledge import Catalog
from qready.model import Algorithm

CERT_SUFFIX = "-cert-v01@openssh.com"
_CURVE_BITS = {"nistp256": 256, "nistp384": 384, "nistp521": 521}
_FIXED_BITS = {"ssh-ed25519": 256, "sk-ssh-ed25519@openssh.com": 256, "ssh-ed448": 456}
# Fields after the type name: s = string, m = mpint. The first field named in _SIZE_FIELD gives the size.
_LAYOUT = {
    "ssh-rsa": "mm",
    "ssh-dss": "mmmm",
    "ssh-ed25519": "s",
    "ssh-ed448": "s",
    "sk-ssh-ed25519@openssh.com": "ss",
    "sk-ecdsa-sha2-nistp256@openssh.com": "sss",
}
_SIZE_FIELD = {"ssh-rsa": 1, "ssh-dss": 0}


class WireReader:
    """Reads uint32/uint64/string/mpint values; every read is checked against what is left."""

    def __init__(self, data: bytes, what: str) -> None:
        self.data = data
        self.pos = 0
        self.what = what

    def take(self, count: int) -> bytes:
        if count > len(self.data) - self.pos:
            left = len(self.data) - self.pos
            raise DetectorError(
                f"truncated {self.what}: needs {count} bytes at offset {self.pos}, {left} left"
            )
        chunk = self.data[self.pos : self.pos + count]
        self.pos += count
        return chunk

    def uint32(self) -> int:
        return int.from_bytes(self.take(4), "big")

    def uint64(self) -> int:
        return int.from_bytes(self.take(8), "big")

    def string(self) -> bytes:
        return self.take(self.uint32())

    def text(self) -> str:
        raw = self.string()
        try:
            return raw.decode("ascii")
        except UnicodeDecodeError:
            raise DetectorError(f"{self.what}: a name field is not ASCII") from None

    def mpint(self) -> int:
        return int.from_bytes(self.string(), "big", signed=True)


@dataclass(frozen=True)
class SshKey:
    """A parsed key blob. For a certificate, `public_blob` is the plain key inside and `ca` the signer."""

    key_type: str
    base_type: str
    size: int | None
    curve: str | None
    public_blob: bytes
    ca: SshKey | None = None
    key_id: str | None = None
    cert_kind: str | None = None


def _fields(reader: WireReader, base: str) -> tuple[int | None, str | None]:
    """Walk the key fields of `base`; (size, curve)."""
    if base.startswith("ecdsa-sha2-") or base.startswith("sk-ecdsa-sha2-"):
        curve = reader.text()
        reader.string()
        if base.startswith("sk-"):
            reader.string()
        return _CURVE_BITS.get(curve), curve
    layout = _LAYOUT.get(base)
    if layout is None:
        raise DetectorError(f"unknown SSH key type {base!r}")
    values = [reader.mpint() if kind == "m" else len(reader.string()) for kind in layout]
    if base in _SIZE_FIELD:
        return abs(values[_SIZE_FIELD[base]]).bit_length(), None
    return _FIXED_BITS.get(base), None


def _known(base: str) -> bool:
    return base in _LAYOUT or base.startswith(("ecdsa-sha2-", "sk-ecdsa-sha2-"))


def parse_blob(blob: bytes, allow_cert: bool = True) -> SshKey:
    """Parse a public key or certificate blob (a certificate's signing key may not be a certificate)."""
    reader = WireReader(blob, "SSH key blob")
    key_type = reader.text()
    cert = key_type.endswith(CERT_SUFFIX)
    if cert and not allow_cert:
        raise DetectorError("SSH certificate signed by a certificate")
    base = key_type.removesuffix(CERT_SUFFIX) + (
        "@openssh.com" if cert and key_type.startswith("sk-") else ""
    )
    if cert:
        reader.string()
    if not _known(base):
        if cert:
            raise DetectorError(f"SSH certificate for an unknown key type {base!r}")
        return SshKey(key_type, base, None, None, blob)
    start = reader.pos
    size, curve = _fields(reader, base)
    plain = len(base).to_bytes(4, "big") + base.encode() + blob[start : reader.pos]
    if not cert:
        return SshKey(key_type, base, size, curve, plain)
    return _certificate(reader, SshKey(key_type, base, size, curve, plain))


def _certificate(reader: WireReader, key: SshKey) -> SshKey:
    reader.uint64()
    kind = {1: "user", 2: "host"}.get(reader.uint32(), "unknown")
    key_id = reader.text()
    reader.string()  # principals
    reader.take(16)  # valid after, valid before
    for _ in range(3):  # critical options, extensions, reserved
        reader.string()
    ca = parse_blob(reader.string(), allow_cert=False)
    return SshKey(key.key_type, key.base_type, key.size, key.curve, key.public_blob, ca, key_id[:80], kind)


def decode_b64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise DetectorError(f"base64 key blob is corrupt ({exc})") from None


def ssh_algorithm(catalog: Catalog, key: SshKey) -> tuple[Algorithm | None, str]:
    """(algorithm, identity): via a `cryptography` key object when one loads, else the catalog's ssh names."""
    line = key.base_type.encode() + b" " + base64.b64encode(key.public_blob)
    try:
        obj = load_ssh_public_key(line)
    except (ValueError, TypeError, NotImplementedError):
        obj = None
    identity = object_identity(obj, key.public_blob) if obj is not None else digest(key.public_blob)
    if obj is not None and not key.base_type.startswith("sk-"):
        try:
            return object_algorithm(catalog, obj)[0], identity
        except (DetectorError, CatalogError):
            pass
    return lookup(catalog, key.base_type, "ssh", size=key.size, curve=key.curve), identity
