"""CycloneDX components for the CBOM graph: algorithms, certificates, keys, protocols, libraries.

Everything the library can model is built here; the 1.7-only fields it cannot model are recorded as
`Extra`s and added to the JSON afterwards (see cbom_patch.py), as are evidence occurrences and qready
properties (plain, sorted data: as library objects they cost more than the rest of the document).
Certificate signing requests are certificate components with `certificateFormat` "PKCS#10": they carry
a subject, a signature algorithm and a subject public key, which only `certificateProperties` can express.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple, TypeVar

from cyclonedx.model.bom_ref import BomRef
from cyclonedx.model.component import ComponentType
from cyclonedx.model.crypto import (
    AlgorithmProperties,
    CertificateProperties,
    CryptoAssetType,
    CryptoFunction,
    CryptoMode,
    CryptoPadding,
    CryptoPrimitive,
    CryptoProperties,
    ProtocolProperties,
    ProtocolPropertiesType,
    RelatedCryptoMaterialProperties,
    RelatedCryptoMaterialSecuredBy,
    RelatedCryptoMaterialType,
)
from packageurl import PackageURL

from qready.model import Certificate, KeyMaterial, Library, Location, ProtocolConfig
from qready.report.cbom_graph import AlgorithmNode, CbomGraph, CbomRefError, Place, PublicKeyNode, place_of

ASSET = ComponentType.CRYPTOGRAPHIC_ASSET


class Extra(NamedTuple):
    """A CycloneDX 1.7 field the library cannot model: `cryptoProperties[section][key] = value` on `ref`."""

    ref: str
    section: str
    key: str
    value: Any


@dataclass(frozen=True)
class ComponentFields:
    """One component's own fields, the CycloneDX model objects among them.

    The library serialises them through one reused `Component` (cbom_patch.components_json): a
    `Component` per certificate builds nine sorted sets, which with their deallocation cost more than
    serialising it.
    """

    name: str
    ref: str
    crypto: CryptoProperties | None = None
    type: ComponentType = ASSET
    version: str | None = None
    purl: PackageURL | None = None


@dataclass
class CbomParts:
    components: dict[str, ComponentFields] = field(default_factory=dict)
    dependencies: dict[str, set[str]] = field(default_factory=dict)
    provides: dict[str, set[str]] = field(default_factory=dict)  # a library -> the algorithms it provides
    extras: list[Extra] = field(default_factory=list)
    occurrences: dict[str, list[Place]] = field(default_factory=dict)
    properties: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def add(
        self,
        ref: str,
        component: ComponentFields,
        depends_on: Iterable[str | None] = (),
        places: Iterable[Place] = (),
        properties: Iterable[tuple[str, str | None]] = (),
    ) -> None:
        """A component, what it depends on, its evidence occurrences and its qready properties.

        Occurrences and properties are kept sorted the way the library sorts them (properties by name
        and value, duplicates dropped); the JSON step (cbom_patch.py) writes them.
        """
        if ref in self.components:
            raise CbomRefError(f"bom-ref collision: {ref} is claimed by two components")
        self.components[ref] = component
        self.dependencies[ref] = {d for d in depends_on if d}
        occurrences = sorted(places, key=_place_key)
        if occurrences:
            self.occurrences[ref] = occurrences
        pairs = sorted({(name, value) for name, value in properties if value})
        if pairs:
            self.properties[ref] = pairs

    def related(self, ref: str, section: str, pairs: Iterable[tuple[str, str | None]]) -> None:
        """1.7 `relatedCryptographicAssets`, sorted so the patch is deterministic."""
        items = sorted({(kind, target) for kind, target in pairs if target})
        if items:
            value = [{"type": kind, "ref": target} for kind, target in items]
            self.extras.append(Extra(ref, section, "relatedCryptographicAssets", value))


def _places(locations: Iterable[Location]) -> list[Place]:
    return [place_of(location) for location in locations]


def _place_key(place: Place) -> tuple[str, int, int, str, str]:
    return place.sort_key


_Choice = TypeVar("_Choice", CryptoMode, CryptoPadding)


def _enum_or_other(kind: type[_Choice], value: str | None) -> _Choice | None:
    """The CycloneDX value for a mode/padding, or `other` when the enum has none (xts, pss...)."""
    if value is None:
        return None
    try:
        return kind(value.lower())
    except ValueError:
        return kind("other")


def algorithm_component(
    node: AlgorithmNode, parts: CbomParts, graph: CbomGraph, assessed: Sequence[tuple[str, str | None]] = ()
) -> None:
    algorithm = node.algorithm
    level = algorithm.nist_quantum_level
    properties = AlgorithmProperties(
        primitive=CryptoPrimitive(algorithm.primitive.value),
        parameter_set_identifier=algorithm.parameter_set,
        curve=algorithm.curve_short,
        mode=_enum_or_other(CryptoMode, algorithm.mode),
        padding=_enum_or_other(CryptoPadding, algorithm.padding),
        crypto_functions=[CryptoFunction(f.value) for f in algorithm.functions],
        classical_security_level=algorithm.classical_bits,
        nist_quantum_security_level=level if level is not None and 0 <= level <= 5 else None,
    )
    basis = algorithm.level_basis or ",".join(algorithm.sources)
    provenance = [(f"qready:provenance:{k}", ",".join(sorted(v))) for k, v in sorted(node.provenance.items())]
    component = ComponentFields(
        name=algorithm.name,
        ref=node.ref,
        crypto=CryptoProperties(
            asset_type=CryptoAssetType.ALGORITHM, algorithm_properties=properties, oid=algorithm.oid
        ),
    )
    notes = [
        ("qready:threat", algorithm.threat.value),
        ("qready:quantum-effective-bits", _text(algorithm.quantum_effective_bits)),
        ("qready:replacement", ",".join(algorithm.replacements)),
        ("qready:level-basis", basis),
        *provenance,
        *assessed,
    ]
    parts.add(node.ref, component, graph.refs_named(algorithm.components), node.places, notes)
    if algorithm.cdx_family:
        parts.extras.append(Extra(node.ref, "algorithmProperties", "algorithmFamily", algorithm.cdx_family))
    if algorithm.curve:
        parts.extras.append(Extra(node.ref, "algorithmProperties", "ellipticCurve", algorithm.curve))


def _text(value: int | None) -> str | None:
    return None if value is None else str(value)


def _file_extension(certificate: Certificate) -> str | None:
    """The suffix of the first file, without its dot (`PurePosixPath.suffix` rules, without a Path)."""
    name = certificate.locations[0].path.rstrip("/").rpartition("/")[2] if certificate.locations else ""
    dot = name.rfind(".")
    return name[dot + 1 :].lower() if 0 < dot < len(name) - 1 else None


def certificate_component(certificate: Certificate, parts: CbomParts, graph: CbomGraph) -> None:
    ref = certificate.ref
    signature = (
        graph.add_algorithm(certificate.signature_algorithm).ref if certificate.signature_algorithm else None
    )
    public = graph.public_key_ref(certificate.spki_sha256)
    extension = _file_extension(certificate)
    properties = CertificateProperties(
        subject_name=certificate.subject,
        issuer_name=certificate.issuer,
        not_valid_before=certificate.not_before,
        not_valid_after=certificate.not_after,
        signature_algorithm_ref=BomRef(signature) if signature else None,
        subject_public_key_ref=BomRef(public) if public else None,
        certificate_format="PKCS#10" if certificate.request else "X.509",
        certificate_extension=extension,
    )
    component = ComponentFields(
        name=certificate.subject or "(empty subject)",
        ref=ref,
        crypto=CryptoProperties(asset_type=CryptoAssetType.CERTIFICATE, certificate_properties=properties),
    )
    notes = [
        ("qready:fingerprint:sha256", certificate.sha256),
        ("qready:certificate-request", "true" if certificate.request else None),
        ("qready:serial-number", certificate.serial),
    ]
    parts.add(ref, component, [signature, public], graph.places_of(certificate), notes)
    parts.related(ref, "certificateProperties", [("algorithm", signature), ("publicKey", public)])
    _certificate_extras(certificate, extension, parts)


def _certificate_extras(certificate: Certificate, extension: str | None, parts: CbomParts) -> None:
    """1.7 certificate fields: serial number, SHA-256 fingerprint of the DER, file extension."""
    ref, section = certificate.ref, "certificateProperties"
    if certificate.serial:
        parts.extras.append(Extra(ref, section, "serialNumber", certificate.serial))
    parts.extras.append(Extra(ref, section, "fingerprint", {"alg": "SHA-256", "content": certificate.sha256}))
    if extension:
        parts.extras.append(Extra(ref, section, "certificateFileExtension", extension))


def _material_type(kind: str) -> RelatedCryptoMaterialType:
    try:
        return RelatedCryptoMaterialType(kind)
    except ValueError:
        return RelatedCryptoMaterialType.UNKNOWN


def key_component(key: KeyMaterial, parts: CbomParts, graph: CbomGraph) -> None:
    """A key file. A public-key file that backs a public-key node is built by public_key_component instead."""
    ref = key.ref
    algorithm = graph.add_algorithm(key.algorithm).ref if key.algorithm else None
    public = graph.public_key_ref(key.identity) if key.kind == "private-key" and key.algorithm else None
    protection = graph.protection_algorithm(key)
    secured = None
    if key.secured_by or protection:
        algorithm_ref = BomRef(protection) if protection else None
        secured = RelatedCryptoMaterialSecuredBy(mechanism=key.secured_by, algorithm_ref=algorithm_ref)
    properties = RelatedCryptoMaterialProperties(
        type=_material_type(key.kind),
        algorithm_ref=BomRef(algorithm) if algorithm else None,
        size=key.size,
        format=key.format or None,
        secured_by=secured,
    )
    notes = [("qready:encrypted", "true" if key.encrypted else None), ("qready:note", key.note)]
    _material(
        parts, ref, key.algorithm.name if key.algorithm else "unknown", properties, key.locations, notes
    )
    parts.dependencies[ref].update(r for r in (algorithm, public, protection) if r)
    parts.related(ref, "relatedCryptoMaterialProperties", [("algorithm", algorithm), ("publicKey", public)])


def public_key_component(node: PublicKeyNode, parts: CbomParts, graph: CbomGraph) -> None:
    """The one public-key component of an identity: a public-key file, or the key a certificate carries."""
    algorithm = graph.add_algorithm(node.algorithm).ref if node.algorithm else None
    key = node.asset
    properties = RelatedCryptoMaterialProperties(
        type=RelatedCryptoMaterialType.PUBLIC_KEY,
        algorithm_ref=BomRef(algorithm) if algorithm else None,
        size=node.size,
        format=(key.format or None) if key else None,
    )
    notes = [("qready:note", key.note if key else None)]
    name = node.algorithm.name if node.algorithm else "unknown"
    _material(parts, node.ref, name, properties, (), notes, node.places)
    parts.dependencies[node.ref].update([algorithm] if algorithm else [])
    parts.related(node.ref, "relatedCryptoMaterialProperties", [("algorithm", algorithm)])


def _material(
    parts: CbomParts,
    ref: str,
    name: str,
    properties: RelatedCryptoMaterialProperties,
    locations: Iterable[Location],
    notes: list[tuple[str, str | None]],
    places: Iterable[Place] = (),
) -> None:
    component = ComponentFields(
        name=name,
        ref=ref,
        crypto=CryptoProperties(
            asset_type=CryptoAssetType.RELATED_CRYPTO_MATERIAL, related_crypto_material_properties=properties
        ),
    )
    parts.add(ref, component, (), [*places, *_places(locations)], notes)


def _protocol_type(protocol: str) -> ProtocolPropertiesType:
    try:
        return ProtocolPropertiesType(protocol.lower())
    except ValueError:
        return ProtocolPropertiesType.OTHER


def protocol_component(config: ProtocolConfig, parts: CbomParts, graph: CbomGraph) -> None:
    refs = sorted({graph.add_algorithm(algorithm).ref for algorithm in config.algorithms})
    properties = ProtocolProperties(
        type=_protocol_type(config.protocol), version=config.version, crypto_refs=[BomRef(r) for r in refs]
    )
    name = " ".join(part for part in (config.protocol.upper(), config.version) if part)
    component = ComponentFields(
        name=name,
        ref=config.ref,
        crypto=CryptoProperties(asset_type=CryptoAssetType.PROTOCOL, protocol_properties=properties),
    )
    notes = [("qready:raw-name", ",".join(sorted(config.names))), ("qready:post-quantum", config.advice)]
    parts.add(config.ref, component, refs, graph.places_of(config), notes)
    parts.related(config.ref, "protocolProperties", [("algorithm", r) for r in refs])


def _purl(text: str) -> PackageURL | None:
    try:
        return PackageURL.from_string(text)
    except ValueError:
        return None


def library_component(library: Library, parts: CbomParts, graph: CbomGraph) -> None:
    purl = _purl(library.purl)
    component = ComponentFields(
        type=ComponentType.LIBRARY,
        name=library.name,
        version=library.version,
        purl=purl,
        ref=library.ref,
    )
    notes = [("qready:purl", None if purl else library.purl), ("qready:post-quantum", library.note)]
    parts.add(library.ref, component, (), _places(library.locations), notes)
    provided = {graph.add_algorithm(algorithm).ref for algorithm in library.algorithms}
    if provided:
        parts.provides[library.ref] = provided
