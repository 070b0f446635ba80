"""A minimal, bounded DER reader: enough to walk a structure without trusting it."""

from __future__ import annotations

from typing import NamedTuple

from qready.errors import DetectorError


class Tlv(NamedTuple):
    """One tag-length-value: where it starts, where its content starts and where it ends (a named tuple:
    a certificate's reading builds a dozen, and a frozen dataclass takes three times as long to build)."""

    tag: int
    start: int
    content: int
    end: int

    def value(self, data: bytes) -> bytes:
        return data[self.content : self.end]

    def raw(self, data: bytes) -> bytes:
        return data[self.start : self.end]


def read_tlv(data: bytes, offset: int = 0, limit: int | None = None) -> Tlv:
    """The TLV at `offset`; raises DetectorError on anything truncated or malformed."""
    stop = len(data) if limit is None else limit
    if offset + 2 > stop:
        raise DetectorError("truncated DER: no room for a tag and length")
    tag = data[offset]
    if tag & 0x1F == 0x1F:
        raise DetectorError("unsupported DER: multi-byte tag")
    first = data[offset + 1]
    cursor = offset + 2
    if first < 0x80:
        length = first
    else:
        count = first & 0x7F
        if count == 0 or count > 4 or cursor + count > stop:
            raise DetectorError("malformed DER length")
        length = int.from_bytes(data[cursor : cursor + count], "big")
        cursor += count
    if cursor + length > stop:
        raise DetectorError("truncated DER: value runs past the end")
    return Tlv(tag, offset, cursor, cursor + length)


def children(data: bytes, parent: Tlv) -> list[Tlv]:
    """The TLVs directly inside a constructed TLV."""
    items: list[Tlv] = []
    cursor = parent.content
    while cursor < parent.end:
        item = read_tlv(data, cursor, parent.end)
        items.append(item)
        cursor = item.end
    return items


def decode_oid(content: bytes) -> str:
    """Dotted form of an OBJECT IDENTIFIER's content bytes."""
    if not content:
        raise DetectorError("empty OID")
    parts: list[int] = []
    value = 0
    for byte in content:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            parts.append(value)
            value = 0
    first = min(parts[0] // 40, 2)
    return ".".join(str(p) for p in (first, parts[0] - 40 * first, *parts[1:]))


KEY_SHAPES = frozenset({"spki", "versioned", "encrypted-pkcs8"})


def der_shape(data: bytes) -> str | None:
    """Classify a DER object by its outer shape, without trusting it.

    `signed` (certificate, CSR, CRL), `content-info` (PKCS#7), `spki` (a public key), `versioned`
    (PKCS#1, PKCS#8, SEC1 or PFX: starts with an INTEGER), `encrypted-pkcs8`, or None.
    """
    try:
        outer = read_tlv(data)
        parts = children(data, outer) if outer.tag == 0x30 else []
    except DetectorError:
        return None
    if not parts:
        return None
    first, count = parts[0].tag, len(parts)
    if first == 0x02:
        return "versioned"
    if first == 0x06:
        return "content-info"
    if first == 0x30 and count == 3:
        return "signed"
    if first == 0x30 and count == 2:
        return {0x03: "spki", 0x04: "encrypted-pkcs8"}.get(parts[1].tag)
    return None


def looks_like_der(data: bytes) -> bool:
    """A SEQUENCE whose length covers the data (allowing trailing padding of up to 16 bytes)."""
    try:
        outer = read_tlv(data)
    except DetectorError:
        return False
    return outer.tag == 0x30 and len(data) - 16 <= outer.end <= len(data)
