"""A distinguished name's RFC 4514 string read straight from its DER, the same string `cryptography` gives.

`x509.Name.rfc4514_string()` builds a Python object per attribute and formats it in Python: about a third of
the time a certificate takes. Most names hold only UTF8String, PrintableString and IA5String values; those are
formatted here from the bytes. Anything else (other string types, odd encodings) gives None and the caller
asks `cryptography`, so the result never differs from its own.
"""

from __future__ import annotations

from qready.detectors.der import decode_oid
from qready.errors import DetectorError

# RFC 4514 section 3's short names, as `cryptography` uses them (x509/name.py, _NAMEOID_TO_NAME)
_SHORT_NAMES = {
    "2.5.4.3": "CN",
    "2.5.4.7": "L",
    "2.5.4.8": "ST",
    "2.5.4.10": "O",
    "2.5.4.11": "OU",
    "2.5.4.6": "C",
    "2.5.4.9": "STREET",
    "0.9.2342.19200300.100.1.25": "DC",
    "0.9.2342.19200300.100.1.1": "UID",
}
_TYPES: dict[bytes, str] = {}  # an attribute type's OID content bytes -> its name in the string
MAX_TYPES = 1024
_TEXT_TAGS = {0x0C: "utf-8", 0x13: "ascii", 0x16: "ascii"}  # UTF8String, PrintableString, IA5String
# RFC 4514 section 2.4, as `cryptography`'s _escape_dn_value escapes
_ESCAPES = str.maketrans(
    {"\\": "\\\\", '"': '\\"', "+": "\\+", ",": "\\,", ";": "\\;", "<": "\\<", ">": "\\>", "\0": "\\00"}
)


class _Unusual(Exception):
    """A name this module leaves to `cryptography`."""


def _tlv(data: bytes, offset: int, stop: int, want: int) -> tuple[int, int]:
    """The content start and end of the TLV at `offset`, which must have tag `want`."""
    if offset + 2 > stop or data[offset] != want:
        raise _Unusual
    length = data[offset + 1]
    cursor = offset + 2
    if length & 0x80:
        count = length & 0x7F
        if not 0 < count <= 4:
            raise _Unusual
        length = int.from_bytes(data[cursor : cursor + count], "big")
        cursor += count
    if cursor + length > stop:
        raise _Unusual
    return cursor, cursor + length


def _value(data: bytes, offset: int, stop: int) -> str:
    if offset + 2 > stop:
        raise _Unusual
    encoding = _TEXT_TAGS.get(data[offset])
    if encoding is None:
        raise _Unusual
    start, end = _tlv(data, offset, stop, data[offset])
    try:
        return data[start:end].decode(encoding)
    except UnicodeDecodeError:
        raise _Unusual from None


def _type(oid: bytes) -> str:
    found = _TYPES.get(oid)
    if found is None:
        if len(_TYPES) >= MAX_TYPES:
            _TYPES.clear()
        dotted = decode_oid(oid)
        found = _TYPES[oid] = _SHORT_NAMES.get(dotted, dotted)
    return found


def escape(value: str) -> str:
    """One attribute value escaped as RFC 4514 section 2.4 says (and `cryptography` does)."""
    if not value:
        return ""
    value = value.translate(_ESCAPES)
    if value[0] == "#" or (value[0] == " " and len(value) > 1):
        value = "\\" + value
    if value[-1] == " ":
        value = value[:-1] + "\\ "
    return value


def rfc4514(der: bytes) -> str | None:
    """The RFC 4514 string of a Name's DER (the RDNs last first, multi-valued ones joined by +), or None
    when the name holds anything but the three common string types or is not well formed."""
    try:
        cursor, end = _tlv(der, 0, len(der), 0x30)
        rdns: list[str] = []
        while cursor < end:
            item, rdn_end = _tlv(der, cursor, end, 0x31)
            parts: list[str] = []
            while item < rdn_end:
                start, pair_end = _tlv(der, item, rdn_end, 0x30)
                oid_start, oid_end = _tlv(der, start, pair_end, 0x06)
                value = _value(der, oid_end, pair_end)
                parts.append(f"{_type(der[oid_start:oid_end])}={escape(value)}")
                item = pair_end
            if not parts:
                return None
            rdns.append("+".join(parts))
            cursor = rdn_end
    except (_Unusual, DetectorError):
        return None
    return ",".join(reversed(rdns))
