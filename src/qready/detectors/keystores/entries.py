"""Turn keystore entries (certificates, private keys, secret keys) into assets and findings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cryptography import x509

from qready.detectors.base import Detection
from qready.detectors.pubkey import key_algorithm, public_key_digest
from qready.detectors.x509 import describe
from qready.errors import DetectorError
from qready.knowledge import Catalog
from qready.model import Algorithm, FileLocation, Finding, KeyMaterial

PRIVATE_KEY_RULE = "keystore.private-key"
SECRET_KEY_RULE = "keystore.secret-key"  # noqa: S105 - a rule id, not a password


@dataclass(frozen=True)
class KeyFacts:
    """What is known about a stored key; `algorithm` None means it cannot be known (see `note`)."""

    kind: str  # private-key or secret-key
    algorithm: Algorithm | None
    size: int | None
    identity: str
    format: str
    secured_by: str | None = None
    note: str | None = None


def add_certificate(
    detection: Detection, catalog: Catalog, der: bytes, location: FileLocation
) -> x509.Certificate | None:
    """Describe one stored certificate with the X.509 detector's `describe`; a bad one is a problem."""
    try:
        certificate = x509.load_der_x509_certificate(der)
        asset, findings, problems = describe(certificate, der, location, catalog, "der")
    except (ValueError, DetectorError, IndexError) as exc:
        detection.problems.append(f"{location}: cannot read certificate: {exc}")
        return None
    detection.assets.append(asset)
    detection.findings.extend(findings)
    detection.problems.extend(problems)
    return certificate


def public_key_facts(catalog: Catalog, key: Any) -> tuple[Algorithm, int | None, str]:
    """(algorithm, bits, SPKI SHA-256) of a key object; raises DetectorError for an unsupported type."""
    algorithm, bits = key_algorithm(catalog, key)
    return algorithm, bits, public_key_digest(key)


def add_key(detection: Detection, facts: KeyFacts, location: FileLocation) -> None:
    """A KeyMaterial asset, plus a finding when its algorithm is known."""
    asset = KeyMaterial(
        kind=facts.kind,
        algorithm=facts.algorithm,
        size=facts.size,
        format=facts.format,
        identity=facts.identity,
        locations=(location,),
        encrypted=True,
        secured_by=facts.secured_by,
        note=facts.note,
    )
    detection.assets.append(asset)
    if facts.algorithm is None:
        return
    what = facts.kind.replace("-", " ")
    size = f" ({facts.size} bits)" if facts.size else ""
    detection.findings.append(
        Finding(
            rule_id=PRIVATE_KEY_RULE if facts.kind == "private-key" else SECRET_KEY_RULE,
            algorithm=facts.algorithm,
            location=location,
            evidence=f"{location.item}: {facts.format} {what} {facts.algorithm.name}{size}"[:200],
            symbol=facts.kind,
            asset_ref=asset.ref,
            provenance=(("key_size", "observed"),),
        )
    )
