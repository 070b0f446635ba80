"""CycloneDX CBOM (1.6 by default, 1.7 on request), built with cyclonedx-python-lib.

Pipeline (see /work/shared/CBOM.md section 8): CbomGraph (algorithm and public-key nodes, merged by
identity) -> component fields (CycloneDX model objects) -> `Bom` envelope and each component serialised
by the library -> dependencies, evidence, properties and 1.7-only fields added as JSON -> sorted dump.
The result is byte-identical to handing every component to `Bom` (tests/unit/report/test_cbom_output.py),
in time linear in the inventory: see CbomReporter.

Graph decisions:
- one algorithm component per distinct Algorithm (name + parameters); each finding is one occurrence.
- certificate -> dependsOn its signature algorithm and its subject public key. Certificate signing
  requests are certificate components with certificateFormat "PKCS#10".
- every public key is ONE public-key component per SubjectPublicKeyInfo digest: a public-key file with
  that identity, else a component derived from the certificate(s) and private key(s) that carry it; its
  occurrences are every place the key was seen. A private key dependsOn its algorithm and that public key
  (and the cipher that encrypts it, when the inventory names one).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime
from typing import ClassVar

from cyclonedx.model import Property
from cyclonedx.model.bom import Bom, BomMetaData
from cyclonedx.model.component import Component, ComponentType
from cyclonedx.model.tool import ToolRepository
from cyclonedx.output import make_outputter
from cyclonedx.schema import OutputFormat, SchemaVersion

from qready.errors import ConfigError
from qready.model import Assessment, Certificate, KeyMaterial, Library, ProtocolConfig
from qready.report.base import ReportOptions
from qready.report.cbom_assessment import assessment_notes
from qready.report.cbom_check import validate_cbom
from qready.report.cbom_components import (
    CbomParts,
    algorithm_component,
    certificate_component,
    key_component,
    library_component,
    protocol_component,
    public_key_component,
)
from qready.report.cbom_dump import dump
from qready.report.cbom_graph import CbomGraph
from qready.report.cbom_patch import (
    add_evidence,
    apply_extras,
    check_refs,
    components_json,
    dependencies_json,
)
from qready.runtime import collector_paused

VERSIONS = {"1.6": SchemaVersion.V1_6, "1.7": SchemaVersion.V1_7}

__all__ = ["VERSIONS", "CbomReporter", "build_parts", "validate_cbom"]


def schema_version(text: str) -> SchemaVersion:
    try:
        return VERSIONS[text]
    except KeyError:
        raise ConfigError(f"--cbom-version {text!r}: choose one of {', '.join(VERSIONS)}") from None


def build_parts(assessment: Assessment) -> CbomParts:
    """Every component, its dependencies and its 1.7-only fields, with content-derived refs."""
    graph = CbomGraph(assessment.inventory)
    parts = CbomParts()
    backed = {node.asset.ref for node in graph.public_keys.values() if node.asset is not None}
    for asset in assessment.inventory.assets:
        match asset:
            case Certificate():
                certificate_component(asset, parts, graph)
            case KeyMaterial() if asset.ref not in backed:
                key_component(asset, parts, graph)
            case ProtocolConfig():
                protocol_component(asset, parts, graph)
            case Library():
                library_component(asset, parts, graph)
            case _:
                pass
    for node in graph.public_keys.values():
        public_key_component(node, parts, graph)
    for algorithm in list(graph.algorithms.values()):
        verdicts = [v for f in sorted(algorithm.fingerprints) if (v := assessment.verdict_for(f)) is not None]
        algorithm_component(algorithm, parts, graph, assessment_notes(verdicts))
    for asset in assessment.inventory.assets:
        if isinstance(asset, ProtocolConfig) and asset.files:
            # a configuration depends on the certificates and keys in the files it names
            linked = [ref for ref in graph.refs_in(asset.files) if ref in parts.components]
            parts.dependencies[asset.ref].update(linked)
    return parts


def _timestamp(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _envelope(parts: CbomParts, assessment: Assessment, options: ReportOptions) -> Bom:
    """The document without components and dependencies: serial number, timestamp, tool, properties."""
    digest = hashlib.sha256("\n".join(sorted(parts.components)).encode()).hexdigest()
    tool = Component(type=ComponentType.APPLICATION, name="qready", version=options.tool_version)
    properties = [
        Property(name="qready:catalog-version", value=assessment.inventory.catalog_version or "unknown"),
        Property(name="qready:policy", value=assessment.policy),
    ]
    metadata = BomMetaData(
        timestamp=_timestamp(options.timestamp),
        tools=ToolRepository(components=[tool]),
        properties=properties,
    )
    return Bom(serial_number=uuid.uuid5(uuid.NAMESPACE_URL, "qready:" + digest), metadata=metadata)


class CbomReporter:
    """Components are serialised by the library one by one and placed in the library's own order.

    Handing 15,000 components to `Bom` took minutes: its SortedSet compares components by a 30-field
    tuple rebuilt on every comparison, its outputter checks bom-ref uniqueness against a list (quadratic)
    and re-creates every dependency, and each component's evidence is serialised and re-parsed on its own.
    """

    name: ClassVar[str] = "cbom"
    filename: ClassVar[str] = "qready.cdx.json"

    def render(self, assessment: Assessment, options: ReportOptions) -> str:
        version = schema_version(options.cbom_version)
        with collector_paused():
            parts = build_parts(assessment)
            output = make_outputter(_envelope(parts, assessment, options), OutputFormat.JSON, version)
            doc = json.loads(output.output_as_string())
            doc["components"] = components_json(parts.components.values(), version)
            doc["dependencies"] = dependencies_json(parts.dependencies, parts.provides)
            check_refs(doc, parts.components)
            add_evidence(doc, parts.occurrences, parts.properties)
            if version is SchemaVersion.V1_7:
                apply_extras(doc, parts.extras)
            return dump(doc)
