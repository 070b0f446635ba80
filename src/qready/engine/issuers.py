"""Size certificate signatures by their issuer's key when the issuer was found elsewhere in the scan.

A certificate's signature is made with its issuer's key, which the certificate itself does not carry:
`RSA-PKCS1-1.5-SHA-256` becomes `RSA-PKCS1-1.5-SHA-256-4096` once the issuing CA is in the inventory.
Only an issuer whose subject name is unique in the inventory is used (two CAs of one name: left unsized).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from qready.knowledge import Catalog
from qready.model import Algorithm, Asset, Certificate, Finding, Inventory


def _issuers(assets: tuple[Asset, ...]) -> dict[str, Certificate]:
    certificates = [a for a in assets if isinstance(a, Certificate) and not a.request]
    names = Counter(c.subject for c in certificates)
    return {c.subject: c for c in certificates if names[c.subject] == 1 and c.public_key is not None}


def _sized(catalog: Catalog, signature: Algorithm, issuer: Certificate) -> Algorithm | None:
    if signature.key_size is not None or signature.oid is None or issuer.public_key is None:
        return None
    curve = issuer.public_key.curve
    found = catalog.find(signature.oid, "oid", size=None if curve else issuer.key_size, curve=curve)
    return found if found is not None and found.name != signature.name else None


def link_issuers(inventory: Inventory, catalog: Catalog) -> Inventory:
    """The inventory with signatures sized by issuers found in it, and every signature finding agreeing
    with its certificate (a lone DER copy of a certificate learns the size found through a chain)."""
    issuers = _issuers(inventory.assets)
    assets: list[Asset] = []
    for asset in inventory.assets:
        sized = None
        if isinstance(asset, Certificate) and asset.signature_algorithm is not None:
            issuer = issuers.get(asset.issuer or "")
            sized = _sized(catalog, asset.signature_algorithm, issuer) if issuer is not None else None
        assets.append(replace(asset, signature_algorithm=sized) if sized is not None else asset)  # type: ignore[arg-type]
    signatures = {
        a.ref: a.signature_algorithm for a in assets if isinstance(a, Certificate) and a.signature_algorithm
    }
    findings = [_resized(f, signatures) for f in inventory.findings]
    unchanged = all(new is old for new, old in zip(assets, inventory.assets, strict=True)) and all(
        new is old for new, old in zip(findings, inventory.findings, strict=True)
    )
    if unchanged:
        return inventory
    return Inventory.build(
        inventory.targets,
        findings,
        assets,
        inventory.outcomes,
        inventory.catalog_version,
        inventory.files_scanned,
        inventory.endpoints_probed,
    )


def _resized(finding: Finding, signatures: dict[str, Algorithm]) -> Finding:
    sized = signatures.get(finding.asset_ref or "")
    if sized is None or sized == finding.algorithm or not finding.rule_id.endswith(".signature"):
        return finding
    evidence = finding.evidence.replace(finding.algorithm.name, sized.name)
    return replace(
        finding, algorithm=sized, evidence=evidence, provenance=(("parameterSetIdentifier", "inferred"),)
    )
