"""Write the post-quantum certificates of this corpus (run once; the output is committed).

ML-DSA-65: a real self-signed certificate (cryptography >= 48 signs with ML-DSA through OpenSSL).
SLH-DSA and composite ML-DSA: certificates with the right algorithm OIDs and random signature bytes, because
no library here signs with them; qready recognises these algorithms by OID and does not verify signatures.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import mldsa

HERE = Path(__file__).parent.parent / "corpus" / "x509"


def tlv(tag: int, body: bytes) -> bytes:
    size = len(body)
    if size < 0x80:
        return bytes([tag, size]) + body
    raw = size.to_bytes((size.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(raw)]) + raw + body


def oid(dotted: str) -> bytes:
    parts = [int(p) for p in dotted.split(".")]
    body = bytes([40 * parts[0] + parts[1]])
    for arc in parts[2:]:
        rest = arc
        chunk = [rest & 0x7F]
        rest >>= 7
        while rest:
            chunk.append(0x80 | (rest & 0x7F))
            rest >>= 7
        body += bytes(reversed(chunk))
    return tlv(0x06, body)


def name(common: str) -> bytes:
    attribute = tlv(0x30, oid("2.5.4.3") + tlv(0x0C, common.encode()))
    return tlv(0x30, tlv(0x31, attribute))


def tbs(algorithm: str, public: bytes, common: str, serial: int) -> bytes:
    alg = tlv(0x30, oid(algorithm))
    validity = tlv(0x30, tlv(0x17, b"260101000000Z") + tlv(0x17, b"310101000000Z"))
    spki = tlv(0x30, alg + tlv(0x03, b"\0" + public))
    version = tlv(0xA0, tlv(0x02, b"\x02"))
    return tlv(
        0x30, version + tlv(0x02, bytes([serial])) + alg + name(common) + validity + name(common) + spki
    )


def certificate(algorithm: str, public: bytes, common: str, serial: int, sign: bytes | None = None) -> bytes:
    body = tbs(algorithm, public, common, serial)
    signature = sign if sign is not None else os.urandom(64)
    return tlv(0x30, body + tlv(0x30, oid(algorithm)) + tlv(0x03, b"\0" + signature))


def pem(der: bytes) -> str:
    import base64
    import textwrap

    return (
        "-----BEGIN CERTIFICATE-----\n"
        + "\n".join(textwrap.wrap(base64.b64encode(der).decode(), 64))
        + ("\n-----END CERTIFICATE-----\n")
    )


def main() -> None:
    key = mldsa.MLDSA65PrivateKey.generate()
    public = key.public_key().public_bytes_raw()
    unsigned = tbs("2.16.840.1.101.3.4.3.18", public, "pq.example.test", 3)
    mldsa_cert = tlv(
        0x30, unsigned + tlv(0x30, oid("2.16.840.1.101.3.4.3.18")) + tlv(0x03, b"\0" + key.sign(unsigned))
    )
    (HERE / "ml-dsa-65.pem").write_text(pem(mldsa_cert))
    slh = certificate("2.16.840.1.101.3.4.3.21", os.urandom(32), "slh.example.test", 4)
    (HERE / "slh-dsa-sha2-128f.der").write_bytes(slh)
    composite = certificate("1.3.6.1.5.5.7.6.45", os.urandom(1952 + 65), "composite.example.test", 5)
    (HERE / "composite-mldsa65-ecdsa-p256.pem").write_text(pem(composite))


if __name__ == "__main__":
    main()
