"""Name a keystore's protection schemes through the catalog and record them as findings."""

from __future__ import annotations

from qready.detectors.base import Detection
from qready.detectors.keystores.pfxformat import PBES2, PBKDF2, PBMAC1, Scheme
from qready.knowledge import Catalog
from qready.model import Algorithm, FileLocation, Finding

PROTECTION_RULE = "keystore.protection"
MAC_RULE = "keystore.mac"


def _pbkdf2(catalog: Catalog, scheme: Scheme) -> tuple[Algorithm | None, str]:
    """PBKDF2 named by its PRF (PBKDF2-SHA-256 from hmacWithSHA256), or the KDF OID as it stands."""
    kdf = scheme.kdf or PBKDF2
    prf = catalog.find(scheme.prf, "oid") if scheme.prf else None
    if kdf == PBKDF2 and prf is not None and prf.name.startswith("HMAC-"):
        named = catalog.find("PBKDF2-" + prf.name.removeprefix("HMAC-"), "name")
        if named is not None:
            return named, kdf
    return catalog.find(kdf, "oid"), kdf


def _hmac(catalog: Catalog, digest_oid: str) -> Algorithm | None:
    """The HMAC of a MacData digest OID (PKCS#12's classic MAC is an HMAC keyed by the PKCS#12 KDF)."""
    digest = catalog.find(digest_oid, "oid")
    if digest is None:
        return None
    if digest.name.startswith("HMAC-"):
        return digest
    return catalog.find("HMAC-" + digest.name, "name")


def scheme_algorithms(catalog: Catalog, scheme: Scheme, mac: bool) -> tuple[list[Algorithm], list[str]]:
    """The catalog algorithms that make up a scheme, and the OIDs the catalog does not know."""
    if scheme.oid in (PBES2, PBMAC1):
        pairs = [(catalog.find(scheme.oid, "oid"), scheme.oid), _pbkdf2(catalog, scheme)]
        if scheme.inner:
            pairs.append((catalog.find(scheme.inner, "oid"), scheme.inner))
    elif mac:
        pairs = [(_hmac(catalog, scheme.oid), scheme.oid)]
    else:
        pairs = [(catalog.find(scheme.oid, "oid"), scheme.oid)]
    return [a for a, _ in pairs if a is not None], [oid for a, oid in pairs if a is None]


def describe(algorithms: list[Algorithm], unknown: list[str]) -> str:
    """`PBES2 (PBKDF2-SHA-256, AES-256-CBC)` or a single name."""
    names = [a.name for a in algorithms] + [f"OID {oid}" for oid in unknown]
    return names[0] if len(names) == 1 else f"{names[0]} ({', '.join(names[1:])})"


def add_protection(
    detection: Detection,
    catalog: Catalog,
    location: FileLocation,
    scheme: Scheme,
    what: str,
    mac: bool = False,
) -> str:
    """Findings for every algorithm of the scheme, a problem per unknown OID; returns its description."""
    algorithms, unknown = scheme_algorithms(catalog, scheme, mac)
    text = describe(algorithms, unknown)
    rounds = f", {scheme.iterations} iterations" if scheme.iterations else ""
    for oid in unknown:
        detection.problems.append(f"{location}: {what}: unknown protection algorithm OID {oid}")
    for algorithm in algorithms:
        detection.findings.append(
            Finding(
                rule_id=MAC_RULE if mac else PROTECTION_RULE,
                algorithm=algorithm,
                location=location,
                evidence=f"{location.item}: {what}: {text}{rounds}"[:200],
                symbol="macData" if mac else "encryptionAlgorithm",
                provenance=(("algorithm", "observed"),),
            )
        )
    return text


def add_named(
    detection: Detection, algorithm: Algorithm | None, location: FileLocation, what: str, rule: str
) -> None:
    """A finding for a fixed, format-defined scheme (JKS key protection, its SHA-1 digest) when catalogued."""
    if algorithm is None:
        return
    detection.findings.append(
        Finding(
            rule_id=rule,
            algorithm=algorithm,
            location=location,
            evidence=f"{location.item}: {what}: {algorithm.name}"[:200],
            symbol="integrity" if rule == MAC_RULE else "keyProtection",
            provenance=(("algorithm", "observed"),),
        )
    )
