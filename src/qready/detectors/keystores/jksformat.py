"""A bounded parser of Sun's JKS and JCEKS keystore formats (java.security.KeyStore "JKS" / "JCEKS").

Layout: magic, version (1 or 2), entry count, entries, then a 20-byte SHA-1 integrity digest over
(password as UTF-16BE + b"Mighty Aphrodite" + everything before the digest). Entries: tag 1 private key
(alias, timestamp, protected key, certificate chain), tag 2 trusted certificate, tag 3 (JCEKS only)
secret key as a serialized SealedObject. Every count and length is checked against the bytes left.
"""

from __future__ import annotations

import codecs
import hashlib
import struct
from dataclasses import dataclass

from qready.detectors.keystores.javaser import JavaObject, read_stream
from qready.errors import DetectorError

JKS_MAGIC = b"\xfe\xed\xfe\xed"
JCEKS_MAGIC = b"\xce\xce\xce\xce"
MAX_ENTRIES = 10_000
MAX_CHAIN = 32
DIGEST_SIZE = 20
# Looked up once at import: a worker that later loses file access (dropped privileges) still has it.
_UTF16BE = codecs.lookup("utf-16-be")
PRIVATE_KEY, TRUSTED_CERT, SECRET_KEY = 1, 2, 3


@dataclass(frozen=True)
class StoredCertificate:
    type: str
    der: bytes


@dataclass(frozen=True)
class StoreEntry:
    """One entry; `protected` is the EncryptedPrivateKeyInfo (tag 1) or the sealed object's bytes (tag 3)."""

    tag: int
    alias: str
    protected: bytes
    chain: tuple[StoredCertificate, ...]
    sealed: JavaObject | None = None


@dataclass(frozen=True)
class JavaKeyStore:
    kind: str  # "JKS" or "JCEKS"
    version: int
    entries: tuple[StoreEntry, ...]
    body: bytes  # everything the digest covers
    digest: bytes

    def password_matches(self, password: str) -> bool:
        check = hashlib.sha1(
            _UTF16BE.encode(password)[0] + b"Mighty Aphrodite" + self.body, usedforsecurity=False
        )
        return check.digest() == self.digest


def store_kind(data: bytes) -> str | None:
    head = data[:4]
    return "JKS" if head == JKS_MAGIC else "JCEKS" if head == JCEKS_MAGIC else None


class _Cursor:
    def __init__(self, data: bytes, limit: int) -> None:
        self.data = data
        self.limit = limit
        self.pos = 0

    def take(self, count: int, what: str) -> bytes:
        if count < 0 or self.pos + count > self.limit:
            left = self.limit - self.pos
            raise DetectorError(
                f"{what} at byte {self.pos} needs {count} bytes but only {max(left, 0)} are left"
            )
        chunk = self.data[self.pos : self.pos + count]
        self.pos += count
        return chunk

    def u32(self, what: str) -> int:
        return int(struct.unpack(">I", self.take(4, what))[0])

    def utf(self, what: str) -> str:
        size = int(struct.unpack(">H", self.take(2, what))[0])
        return self.take(size, what).decode("utf-8", "replace")


def parse_store(data: bytes) -> JavaKeyStore:
    """Parse a JKS or JCEKS keystore; raises DetectorError naming the first inconsistency."""
    kind = store_kind(data)
    if kind is None:
        raise DetectorError("not a JKS or JCEKS keystore (bad magic)")
    if len(data) < 12 + DIGEST_SIZE:
        raise DetectorError(f"{kind}: truncated ({len(data)} bytes)")
    cursor = _Cursor(data, len(data) - DIGEST_SIZE)
    cursor.take(4, "magic")
    version = cursor.u32("version")
    if version not in (1, 2):
        raise DetectorError(f"{kind}: unsupported version {version}")
    count = cursor.u32("entry count")
    if count > MAX_ENTRIES or count * 14 > cursor.limit - cursor.pos:
        raise DetectorError(f"{kind}: entry count {count} is impossible for a {len(data)}-byte file")
    entries = tuple(_entry(cursor, kind, version, index) for index in range(count))
    if cursor.pos != cursor.limit:
        raise DetectorError(f"{kind}: {cursor.limit - cursor.pos} unexpected bytes after {count} entries")
    return JavaKeyStore(kind, version, entries, data[: cursor.limit], data[cursor.limit :])


def _entry(cursor: _Cursor, kind: str, version: int, index: int) -> StoreEntry:
    where = f"{kind} entry {index + 1}"
    tag = cursor.u32(f"{where} tag")
    alias = cursor.utf(f"{where} alias")
    cursor.take(8, f"{where} timestamp")
    if tag == PRIVATE_KEY:
        protected = cursor.take(cursor.u32(f"{where} key length"), f"{where} protected key")
        chain_length = cursor.u32(f"{where} chain length")
        if chain_length > MAX_CHAIN:
            raise DetectorError(
                f"{where} ({alias}): certificate chain of {chain_length} is over the limit {MAX_CHAIN}"
            )
        chain = tuple(_certificate(cursor, version, f"{where} ({alias})") for _ in range(chain_length))
        return StoreEntry(tag, alias, protected, chain)
    if tag == TRUSTED_CERT:
        return StoreEntry(tag, alias, b"", (_certificate(cursor, version, f"{where} ({alias})"),))
    if tag == SECRET_KEY and kind == "JCEKS":
        start = cursor.pos
        try:
            sealed, end = read_stream(cursor.data[: cursor.limit], start)
        except DetectorError as exc:
            raise DetectorError(f"{where} ({alias}): sealed secret key: {exc}") from None
        cursor.pos = end
        return StoreEntry(
            tag, alias, cursor.data[start:end], (), sealed if isinstance(sealed, JavaObject) else None
        )
    raise DetectorError(f"{where}: unknown entry tag {tag}")


def _certificate(cursor: _Cursor, version: int, where: str) -> StoredCertificate:
    kind = cursor.utf(f"{where} certificate type") if version == 2 else "X.509"
    der = cursor.take(cursor.u32(f"{where} certificate length"), f"{where} certificate")
    return StoredCertificate(kind, der)
