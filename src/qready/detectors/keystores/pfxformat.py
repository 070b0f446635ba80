"""What a PKCS#12 (PFX) file shows without its password: its MAC and how each part is encrypted (RFC 7292).

PFX ::= SEQUENCE { version 3, authSafe ContentInfo, macData MacData OPTIONAL }. The authSafe holds a
SEQUENCE OF ContentInfo: `data` ones carry SafeBags in the clear (a shrouded key bag shows its
EncryptedPrivateKeyInfo algorithm), `encryptedData` ones show their content-encryption algorithm.
"""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass

from qready.detectors.der import Tlv, decode_oid, read_tlv
from qready.errors import DetectorError

DATA = "1.2.840.113549.1.7.1"
SIGNED_DATA = "1.2.840.113549.1.7.2"
ENCRYPTED_DATA = "1.2.840.113549.1.7.6"
SHROUDED_KEY_BAG = "1.2.840.113549.1.12.10.1.2"
FRIENDLY_NAME = "1.2.840.113549.1.9.20"
PBES2 = "1.2.840.113549.1.5.13"
PBKDF2 = "1.2.840.113549.1.5.12"
PBMAC1 = "1.2.840.113549.1.5.14"
HMAC_SHA1 = "1.2.840.113549.2.7"
MAX_SAFES = 64
MAX_BAGS = 1024
_UTF16BE = codecs.lookup("utf-16-be")  # BMPString; looked up once at import


@dataclass(frozen=True)
class Scheme:
    """A protection mechanism: `oid` with, for PBES2/PBMAC1, its KDF, the KDF's PRF and the inner scheme."""

    oid: str
    kdf: str | None = None
    prf: str | None = None
    inner: str | None = None
    iterations: int | None = None


@dataclass(frozen=True)
class Protected:
    """One protected part: `item` names it ("entry web", "safe 1"), `what` says what it holds."""

    item: str
    what: str
    scheme: Scheme
    sha256: str


@dataclass(frozen=True)
class PfxOutline:
    mac: Scheme | None
    parts: tuple[Protected, ...]

    def iterations(self) -> int:
        schemes = [self.mac, *(p.scheme for p in self.parts)]
        return max((s.iterations or 0 for s in schemes if s), default=0)


def _first(data: bytes, parent: Tlv, count: int) -> list[Tlv]:
    """At most `count` TLVs directly inside `parent` (a bounded `children`)."""
    items: list[Tlv] = []
    cursor = parent.content
    while cursor < parent.end and len(items) < count:
        items.append(read_tlv(data, cursor, parent.end))
        cursor = items[-1].end
    return items


def _oid(data: bytes, tlv: Tlv) -> str:
    if tlv.tag != 0x06:
        raise DetectorError("PKCS#12: expected an OID")
    return decode_oid(tlv.value(data))


def _integer(data: bytes, tlv: Tlv) -> int:
    if tlv.tag != 0x02 or tlv.end - tlv.content > 8:
        raise DetectorError("PKCS#12: expected a small INTEGER")
    return int.from_bytes(tlv.value(data), "big")


def is_pfx(data: bytes) -> bool:
    """Version 3 followed by an authSafe ContentInfo of type data or signedData."""
    try:
        outer = read_tlv(data)
        version, auth_safe = _first(data, outer, 2)
        if outer.tag != 0x30 or _integer(data, version) != 3 or auth_safe.tag != 0x30:
            return False
        return _oid(data, _first(data, auth_safe, 1)[0]) in (DATA, SIGNED_DATA)
    except (DetectorError, ValueError, IndexError):
        return False


def scheme_of(data: bytes, algorithm: Tlv) -> Scheme:
    """Read an AlgorithmIdentifier: PKCS#12 PBE (salt, iterations), PBES2 or PBMAC1 (nested), or plain."""
    parts = _first(data, algorithm, 2)
    oid = _oid(data, parts[0])
    params = parts[1] if len(parts) > 1 and parts[1].tag == 0x30 else None
    if params is None:
        return Scheme(oid)
    fields = _first(data, params, 4)
    if oid in (PBES2, PBMAC1) and len(fields) == 2:
        kdf = _first(data, fields[0], 2)
        kdf_oid = _oid(data, kdf[0])
        prf, iterations = _pbkdf2(data, kdf[1]) if kdf_oid == PBKDF2 and len(kdf) > 1 else (None, None)
        inner = _oid(data, _first(data, fields[1], 1)[0])
        return Scheme(oid, kdf_oid, prf, inner, iterations)
    counts = [f for f in fields if f.tag == 0x02]
    return Scheme(oid, iterations=_integer(data, counts[0]) if counts else None)


def _pbkdf2(data: bytes, params: Tlv) -> tuple[str, int | None]:
    """(PRF OID, iteration count) of PBKDF2-params {salt, iterationCount, keyLength?, prf?}."""
    fields = _first(data, params, 4)
    iterations = _integer(data, fields[1]) if len(fields) > 1 else None
    prf = next((f for f in fields[2:] if f.tag == 0x30), None)
    return (_oid(data, _first(data, prf, 1)[0]) if prf else HMAC_SHA1), iterations


def outline(data: bytes) -> PfxOutline:
    """The MAC and the protected parts; raises DetectorError if the structure is not PKCS#12 DER."""
    try:
        return _outline(data)
    except (IndexError, ValueError) as exc:
        raise DetectorError(f"PKCS#12: malformed structure ({exc})") from None
    except DetectorError as exc:
        text = str(exc)
        raise DetectorError(text if text.startswith("PKCS#12") else f"PKCS#12: {text}") from None


def _outline(data: bytes) -> PfxOutline:
    outer = read_tlv(data)
    fields = _first(data, outer, 3)
    if len(fields) < 2 or _integer(data, fields[0]) != 3:
        raise DetectorError("PKCS#12: not a version 3 PFX")
    mac = _mac(data, fields[2]) if len(fields) > 2 else None
    content_type, content = _content_info(data, fields[1])
    if content_type != DATA:
        return PfxOutline(mac, ())
    safes = read_tlv(content)
    parts: list[Protected] = []
    for index, safe in enumerate(_first(content, safes, MAX_SAFES), start=1):
        parts.extend(_safe(content, safe, index))
    return PfxOutline(mac, tuple(parts))


def _mac(data: bytes, mac_data: Tlv) -> Scheme:
    fields = _first(data, mac_data, 3)
    digest_info = _first(data, fields[0], 1)[0]
    found = scheme_of(data, digest_info)
    iterations = _integer(data, fields[2]) if len(fields) > 2 else 1
    return Scheme(found.oid, found.kdf, found.prf, found.inner, found.iterations or iterations)


def _content_info(data: bytes, info: Tlv) -> tuple[str, bytes]:
    """(content type, the bytes of the OCTET STRING under [0]) of a ContentInfo of type data."""
    fields = _first(data, info, 2)
    content_type = _oid(data, fields[0])
    if content_type != DATA:
        return content_type, b""
    explicit = _first(data, fields[1], 1)
    if fields[1].tag != 0xA0 or not explicit or explicit[0].tag != 0x04:
        raise DetectorError("PKCS#12: data content is not a DER OCTET STRING")
    return content_type, explicit[0].value(data)


def _safe(data: bytes, info: Tlv, index: int) -> list[Protected]:
    fields = _first(data, info, 2)
    content_type = _oid(data, fields[0])
    if content_type == ENCRYPTED_DATA:
        encrypted = _first(data, _first(data, fields[1], 1)[0], 2)[1]
        algorithm = _first(data, encrypted, 2)[1]
        digest = hashlib.sha256(encrypted.raw(data)).hexdigest()
        return [Protected(f"safe {index}", "encrypted safe contents", scheme_of(data, algorithm), digest)]
    if content_type != DATA:
        return []
    _, bags_der = _content_info(data, info)
    return _shrouded_keys(bags_der)


def _shrouded_keys(data: bytes) -> list[Protected]:
    found: list[Protected] = []
    for bag in _first(data, read_tlv(data), MAX_BAGS):
        fields = _first(data, bag, 3)
        if len(fields) < 2 or _oid(data, fields[0]) != SHROUDED_KEY_BAG:
            continue
        encrypted = _first(data, fields[1], 1)[0]
        name = _friendly_name(data, fields[2]) if len(fields) > 2 else None
        item = f"entry {name or len(found) + 1}"
        algorithm = _first(data, encrypted, 1)[0]
        digest = hashlib.sha256(encrypted.raw(data)).hexdigest()
        found.append(Protected(item, "private key", scheme_of(data, algorithm), digest))
    return found


def _friendly_name(data: bytes, attributes: Tlv) -> str | None:
    for attribute in _first(data, attributes, 16):
        kind, values = _first(data, attribute, 2)
        if _oid(data, kind) == FRIENDLY_NAME:
            value = _first(data, values, 1)
            if value and value[0].tag == 0x1E:  # BMPString
                return _UTF16BE.decode(value[0].value(data), "replace")[0][:128]
    return None
