"""The fast CBOM output equals what the library's own `Bom` path writes, on small and larger inventories.

CbomReporter serialises components one by one through a reused library `Component` and writes evidence,
properties and dependencies in the JSON step (see cbom.py). `_library_render` is the straightforward
path it replaced: every component a full `Component` with `Occurrence` and `Property` objects, all of
them handed to `Bom` and its outputter. Both must write the same bytes.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest
from cyclonedx.model import Property
from cyclonedx.model.component import Component
from cyclonedx.model.component_evidence import ComponentEvidence, Occurrence
from cyclonedx.model.dependency import Dependency
from cyclonedx.output import make_outputter
from cyclonedx.schema import OutputFormat
from tests.unit.report.test_cbom import _assessment

from qready.assess import assess
from qready.knowledge import resolve
from qready.model import (
    Assessment,
    Certificate,
    FileLocation,
    Finding,
    Inventory,
    KeyMaterial,
    Library,
    PackageRef,
)
from qready.report import cbom
from qready.report.base import ReportOptions
from qready.report.cbom import CbomReporter, build_parts, validate_cbom
from qready.report.cbom_patch import apply_extras

ASSESSED_ON = date(2026, 11, 29)  # urgency depends on the day of judgement

WHEN = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
RSA_SIG = resolve("RSA-PKCS1-1.5-SHA-256", "name", size=2048)
EC_SIG = resolve("ECDSA-SHA-256", "name", curve="prime256v1")
RSA_KEY = resolve("RSA", "name", size=2048)
EC_KEY = resolve("ECDSA", "name", curve="secp256r1")
KEYS = [(RSA_KEY, 2048, f"{i:x}" * 64) for i in range(3)] + [
    (EC_KEY, 256, f"{i:x}" * 64) for i in range(3, 6)
]


def _options(version: str) -> ReportOptions:
    return ReportOptions(timestamp=WHEN, tool_version="0.1.0", cbom_version=version)


def _occurrence_key(occurrence: dict[str, Any]) -> tuple[str, int, int, str, str]:
    return (
        occurrence["location"],
        occurrence.get("line", 0),
        occurrence.get("offset", 0),
        occurrence.get("symbol", ""),
        occurrence.get("additionalContext", ""),
    )


def _library_component(parts: cbom.CbomParts, ref: str) -> Component:
    fields = parts.components[ref]
    places = parts.occurrences.get(ref, [])
    evidence = ComponentEvidence(
        occurrences=[
            Occurrence(
                location=p.location,
                line=p.line,
                offset=p.offset,
                symbol=p.symbol,
                additional_context=p.context,
            )
            for p in places
        ]
    )
    return Component(
        type=fields.type,
        name=fields.name,
        version=fields.version,
        purl=fields.purl,
        bom_ref=fields.ref,
        crypto_properties=fields.crypto,
        evidence=evidence if places else None,
        properties=[Property(name=n, value=v) for n, v in parts.properties.get(ref, [])],
    )


def _library_render(assessment: Assessment, version: str) -> str:
    """The document as `Bom` + the library outputter write it (evidence order fixed as before)."""
    options = _options(version)
    parts = build_parts(assessment)
    components = {ref: _library_component(parts, ref) for ref in parts.components}
    bom = cbom._envelope(parts, assessment, options)
    bom.components = components.values()
    for ref, targets in parts.dependencies.items():
        uses = [Dependency(ref=components[t].bom_ref) for t in targets]
        bom.dependencies.add(Dependency(ref=components[ref].bom_ref, dependencies=uses))
    doc = json.loads(make_outputter(bom, OutputFormat.JSON, cbom.VERSIONS[version]).output_as_string())
    for component in doc["components"]:
        occurrences = component.get("evidence", {}).get("occurrences", [])
        occurrences.sort(key=_occurrence_key)  # the library orders them by a random bom-ref
    if version == "1.7":
        apply_extras(doc, parts.extras)
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _certificate(index: int) -> Certificate:
    algorithm, size, identity = KEYS[index % len(KEYS)]
    places = [FileLocation(f"d{index % 7}/cert{index}.pem", 1)]
    if index % 5 == 0:
        places.append(FileLocation(f"bundle{index % 3}.pem", index * 30 + 1, f"#{index}"))
    return Certificate(
        subject=f"CN=host{index % 20}.example.test",  # repeated names: the bom-ref decides the order
        issuer="CN=CA",
        serial=str(1000 + index),
        not_before=datetime(2025, 1, 1, tzinfo=UTC),
        not_after=datetime(2027, 1, 1, tzinfo=UTC),
        signature_algorithm=RSA_SIG if index % 2 else EC_SIG,
        public_key=algorithm,
        key_size=size,
        sha256=f"{index:064x}",
        spki_sha256=identity,
        is_ca=False,
        encoding="pem",
        locations=tuple(places),
    )


def _certificate_findings(certificate: Certificate) -> list[Finding]:
    assert certificate.signature_algorithm and certificate.public_key
    return [
        Finding(
            rule_id=rule,
            algorithm=algorithm,
            location=location,
            evidence=f"certificate {certificate.subject}: {what}",
            symbol=symbol,
            asset_ref=certificate.ref,
        )
        for location in certificate.locations
        for rule, algorithm, what, symbol in (
            ("x509.signature", certificate.signature_algorithm, "signature", "signatureAlgorithm"),
            ("x509.public-key", certificate.public_key, "public key", "subjectPublicKeyInfo"),
        )
    ]


def _keys() -> list[KeyMaterial]:
    keys = [
        KeyMaterial(
            kind="private-key",
            algorithm=algorithm,
            size=size,
            format="PKCS8",
            identity=identity,
            locations=(FileLocation(f"keys/k{i}.key", 1), FileLocation(f"backup/k{i}.key", 1)),
        )
        for i, (algorithm, size, identity) in enumerate(KEYS)
    ]
    public = replace(keys[4], kind="public-key", format="PEM", locations=(FileLocation("keys/k4.pub", 1),))
    return [*keys, public]


def _libraries() -> list[Library]:
    """Same name, different versions (one absent, one empty): the library orders an absent version last."""
    versions = [("46.0.1", "46.0.1"), ("", None), ("3.4", "3.4"), ("x", "")]
    return [
        Library(
            purl=f"pkg:pypi/cryptography@{purl}",
            name="cryptography",
            version=version,
            locations=(PackageRef("pypi", "cryptography", version, "requirements.txt", i + 1),),
        )
        for i, (purl, version) in enumerate(versions)
    ]


def _estate(certificates: int) -> Assessment:
    certs = [_certificate(i) for i in range(certificates)]
    findings = [finding for cert in certs for finding in _certificate_findings(cert)]
    assets: list[Any] = [*certs, *_keys(), *_libraries()]
    return assess(
        Inventory.build(["/abs/estate"], findings, assets, [], catalog_version="test-1"), today=ASSESSED_ON
    )


@pytest.mark.parametrize("version", ["1.6", "1.7"])
def test_hand_built_inventory_matches_library_bom_path(version: str) -> None:
    assessment = _assessment()
    assert CbomReporter().render(assessment, _options(version)) == _library_render(assessment, version)


@pytest.mark.parametrize("version", ["1.6", "1.7"])
def test_estate_matches_library_bom_path(version: str) -> None:
    assessment = _estate(120)
    text = CbomReporter().render(assessment, _options(version))
    assert text == _library_render(assessment, version)
    assert validate_cbom(text, version) == []


def test_six_thousand_findings() -> None:
    """2,500 certificates (500 also in a bundle), 6,000 findings: every place an occurrence, in order."""
    assessment = _estate(2500)
    assert len(assessment.inventory.findings) == 6000
    doc = json.loads(CbomReporter().render(assessment, _options("1.7")))
    crypto = [c for c in doc["components"] if c["type"] == "cryptographic-asset"]
    by_name = {c["name"]: c for c in crypto if c["cryptoProperties"]["assetType"] == "algorithm"}
    rsa = by_name[RSA_SIG.name]["evidence"]["occurrences"]
    expected = sorted(
        (place.path, place.line, "signatureAlgorithm")
        for i in range(1, 2500, 2)
        for place in _certificate(i).locations
    )
    assert [(o["location"], o["line"], o["symbol"]) for o in rsa] == expected
    assert rsa[0]["additionalContext"] == "certificate CN=host15.example.test: signature"
    certificates = [c for c in crypto if c["cryptoProperties"]["assetType"] == "certificate"]
    assert [c["name"] for c in certificates[:3]] == ["CN=host0.example.test"] * 3
    refs = {c["bom-ref"] for c in doc["components"]}
    dependencies = {d["ref"]: d.get("dependsOn", []) for d in doc["dependencies"]}
    assert set(dependencies) == refs
    assert all(target in refs for targets in dependencies.values() for target in targets)
    assert [d["ref"] for d in doc["dependencies"]] == sorted(refs)
