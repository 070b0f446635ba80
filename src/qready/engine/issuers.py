"""Size certificate signatures by their issuer's key when the issuer was found elsewhere in the scan.

A certificate's signature is made with its issuer's key, which the certificate itself does not carry:
`RSA-PKCS1-1.5-SHA-256` becomes `RSA-PKCS1-1.5-SHA-256-4096` once the issuing CA is in the inventory.
Only an issuer whose subject name is unique in the inventory is used (two CAs of one name: left unsized).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from qready.knowledge import Catalog
from qready.model import Algorithm, Asset, Certificate, Finding, Inventory


@dataclass
class _Certificates:
    """What linking needs from the certificates of an inventory, gathered in one pass."""

    signatures: dict[str, Algorithm] = field(default_factory=dict)  # by certificate ref
    waiting: list[tuple[int, Certificate]] = field(default_factory=list)  # unsized, with their position
    subjects: dict[str, Certificate | None] = field(default_factory=dict)  # None: the subject is not unique

    def issuer(self, name: str) -> Certificate | None:
        """The one certificate (not a request) of that subject, when it has a public key."""
        found = self.subjects.get(name)
        return found if found is not None and found.public_key is not None else None


def _certificates(assets: Sequence[Asset]) -> _Certificates:
    gathered = _Certificates()
    subjects, signatures, waiting = gathered.subjects, gathered.signatures, gathered.waiting
    for position, asset in enumerate(assets):
        if not isinstance(asset, Certificate):
            continue
        if not asset.request:
            subjects[asset.subject] = None if asset.subject in subjects else asset
        signature = asset.signature_algorithm
        if signature is not None:
            signatures[asset.ref] = signature
            if _unsized(signature):
                waiting.append((position, asset))
    return gathered


def _unsized(signature: Algorithm) -> bool:
    """Whether a signature could still be sized by its issuer's key (it names no size, but an OID)."""
    return signature.key_size is None and signature.oid is not None


def _sized(catalog: Catalog, signature: Algorithm, issuer: Certificate) -> Algorithm | None:
    if not _unsized(signature) or issuer.public_key is None:
        return None
    curve = issuer.public_key.curve
    found = catalog.find(signature.oid or "", "oid", size=None if curve else issuer.key_size, curve=curve)
    return found if found is not None and found.name != signature.name else None


def _signed(certificates: _Certificates, catalog: Catalog) -> dict[int, Certificate]:
    """The waiting certificates whose signature their issuer's key sizes, by position."""
    signed: dict[int, Certificate] = {}
    for position, certificate in certificates.waiting:
        issuer = certificates.issuer(certificate.issuer or "")
        if issuer is None or certificate.signature_algorithm is None:
            continue
        sized = _sized(catalog, certificate.signature_algorithm, issuer)
        if sized is not None:
            signed[position] = replace(certificate, signature_algorithm=sized)
    return signed


def link_issuers(inventory: Inventory, catalog: Catalog) -> Inventory:
    """The inventory with signatures sized by issuers found in it, and every signature finding agreeing
    with its certificate (a lone DER copy of a certificate learns the size found through a chain)."""
    certificates = _certificates(inventory.assets)
    signed = _signed(certificates, catalog)
    assets: Sequence[Asset] = inventory.assets
    signatures = certificates.signatures
    if signed:
        assets = [signed.get(n, asset) for n, asset in enumerate(inventory.assets)]
        for certificate in signed.values():  # a sized copy keeps its ref (subject and digest)
            if certificate.signature_algorithm is not None:
                signatures[certificate.ref] = certificate.signature_algorithm
    findings = _agreeing(inventory.findings, signatures)
    if not signed and findings is None:
        return inventory
    return Inventory.build(
        inventory.targets,
        inventory.findings if findings is None else findings,
        assets,
        inventory.outcomes,
        inventory.catalog_version,
        inventory.files_scanned,
        inventory.endpoints_probed,
    )


def _agreeing(findings: tuple[Finding, ...], signatures: dict[str, Algorithm]) -> list[Finding] | None:
    """The findings with each signature finding agreeing with its certificate's signature; None when all
    do already. Whether two algorithm objects are equal is decided once per pair (both are held: ids stay
    valid)."""
    equal: dict[tuple[int, int], bool] = {}
    agreeing: list[Finding] | None = None
    for position, finding in enumerate(findings):
        if not finding.rule_id.endswith(".signature"):
            continue
        sized = signatures.get(finding.asset_ref or "")
        if sized is None or sized is finding.algorithm:
            continue
        pair = (id(sized), id(finding.algorithm))
        same = equal.get(pair)
        if same is None:
            same = equal[pair] = sized == finding.algorithm
        if not same:
            agreeing = list(findings) if agreeing is None else agreeing
            agreeing[position] = _resized(finding, sized)
    return agreeing


def _resized(finding: Finding, sized: Algorithm) -> Finding:
    evidence = finding.evidence.replace(finding.algorithm.name, sized.name)
    return replace(
        finding, algorithm=sized, evidence=evidence, provenance=(("parameterSetIdentifier", "inferred"),)
    )
