"""Protection of encrypted keys: PKCS#8 EncryptedPrivateKeyInfo (PBES2) and legacy PEM DEK-Info."""

from __future__ import annotations

from dataclasses import dataclass

from qready.detectors.der import Tlv, children, decode_oid, read_tlv
from qready.errors import DetectorError
from qready.knowledge import Catalog
from qready.model import Algorithm

PBES2 = "1.2.840.113549.1.5.13"
PBKDF2 = "1.2.840.113549.1.5.12"
HMAC_SHA1 = "1.2.840.113549.2.7"
MAX_ITERATIONS_BYTES = 8


@dataclass(frozen=True)
class Protection:
    """The algorithms protecting one key, each with its evidence, and a one-line summary for secured_by."""

    algorithms: tuple[tuple[Algorithm, str], ...]
    summary: str
    problems: tuple[str, ...] = ()


def _algorithm_id(data: bytes, tlv: Tlv) -> tuple[str, Tlv | None]:
    parts = children(data, tlv) if tlv.tag == 0x30 else []
    if not parts or parts[0].tag != 0x06:
        raise DetectorError("AlgorithmIdentifier without an OID")
    return decode_oid(parts[0].value(data)), parts[1] if len(parts) > 1 else None


def _pbkdf2(data: bytes, params: Tlv | None) -> tuple[int | None, str]:
    """(iteration count, PRF OID) of PBKDF2-params."""
    if params is None or params.tag != 0x30:
        raise DetectorError("PBKDF2 without parameters")
    iterations: int | None = None
    prf = HMAC_SHA1
    for item in children(data, params):
        if item.tag == 0x02 and iterations is None and len(item.value(data)) <= MAX_ITERATIONS_BYTES:
            iterations = int.from_bytes(item.value(data), "big")
        elif item.tag == 0x30:
            prf = _algorithm_id(data, item)[0]
    return iterations, prf


def _kdf(catalog: Catalog, data: bytes, kdf: Tlv) -> tuple[Algorithm | None, str, str]:
    """(KDF algorithm, evidence, problem-or-empty)."""
    oid, params = _algorithm_id(data, kdf)
    if oid != PBKDF2:
        found = catalog.find(oid, "oid")
        return (
            found,
            f"key derivation {found.name if found else oid}",
            "" if found else f"unknown KDF OID {oid}",
        )
    iterations, prf_oid = _pbkdf2(data, params)
    prf = catalog.find(prf_oid, "oid")
    found = catalog.find("PBKDF2-" + prf.name.removeprefix("HMAC-"), "name") if prf else None
    found = found or catalog.find(PBKDF2, "oid")
    count = f", {iterations} iterations" if iterations is not None else ""
    problem = "" if found else f"unknown PBKDF2 PRF OID {prf_oid}"
    return found, f"key derivation {found.name if found else 'PBKDF2'}{count}", problem


def encrypted_pkcs8(catalog: Catalog, der: bytes) -> Protection:
    """Read the encryption scheme of an EncryptedPrivateKeyInfo; the key itself stays encrypted."""
    fields = children(der, read_tlv(der))
    if len(fields) != 2 or fields[0].tag != 0x30 or fields[1].tag != 0x04:
        raise DetectorError("not a PKCS#8 EncryptedPrivateKeyInfo")
    oid, params = _algorithm_id(der, fields[0])
    scheme = catalog.find(oid, "oid")
    if scheme is None:
        return Protection((), f"OID {oid}", (f"unknown PKCS#8 encryption scheme OID {oid}",))
    if oid != PBES2:
        return Protection(((scheme, f"PKCS#8 encryption scheme {scheme.name}"),), scheme.name)
    parts = children(der, params) if params is not None and params.tag == 0x30 else []
    if len(parts) != 2:
        raise DetectorError("PBES2 parameters need a KDF and an encryption scheme")
    kdf, kdf_evidence, kdf_problem = _kdf(catalog, der, parts[0])
    cipher_oid = _algorithm_id(der, parts[1])[0]
    cipher = catalog.find(cipher_oid, "oid")
    found = [(scheme, "PKCS#8 encryption scheme PBES2")]
    found += [(kdf, f"PBES2 {kdf_evidence}")] if kdf else []
    found += [(cipher, f"PBES2 cipher {cipher.name}")] if cipher else []
    problems = [kdf_problem] if kdf_problem else []
    problems += [] if cipher else [f"unknown PBES2 cipher OID {cipher_oid}"]
    cipher_name = cipher.name if cipher else cipher_oid
    summary = f"PBES2 ({kdf_evidence.removeprefix('key derivation ')}; {cipher_name})"
    return Protection(tuple(found), summary, tuple(problems))


def dek_info(catalog: Catalog, value: str) -> Protection:
    """The cipher named by a legacy `DEK-Info: AES-256-CBC,<iv>` header."""
    name = value.split(",", 1)[0].strip()
    cipher = catalog.find(name, "openssl") or catalog.find(name, "name")
    if cipher is None:
        return Protection((), name, (f"unknown DEK-Info cipher {name!r}",))
    return Protection(((cipher, f"legacy PEM encryption DEK-Info {name}"),), cipher.name)
