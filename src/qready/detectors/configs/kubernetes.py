"""Kubernetes manifests and Helm-rendered YAML (multi-document, `---`, `kind: List`); Envoy bootstrap files.

- cert-manager `Certificate.spec.privateKey` (`algorithm` RSA/ECDSA/Ed25519, `size`): the key cert-manager
  generates, function keygen, with cert-manager's documented defaults (RSA 2048 when nothing is written,
  2048 for RSA and 256 for ECDSA without a size; iac_specs.toml [cert-manager]).
  `CertificateRequest.spec.request` (a base64 PEM CSR) is described like any certificate request.
- Secrets holding certificates and keys (`type: kubernetes.io/tls`, or any `*.crt`/`*.pem`/`*.key` entry of
  `data`, base64): each certificate and key becomes the same asset and findings the x509 and keys detectors
  give a PEM file, located at the Secret's entry. Plain PEM (`stringData`) is those detectors' own input.
- TLS endpoints (Istio, Envoy, ingress-nginx, Traefik): kubernetes_tls.py.

Issuers/ClusterIssuers, Istio DestinationRule/PeerAuthentication and Gateway API objects carry no algorithm
setting and give nothing. Helm chart templates (`templates/*.yaml` with `{{ }}`) are not YAML until rendered
and are not read; rendered output (`helm template`) is.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from typing import ClassVar

from cryptography import x509
from yaml.nodes import Node

from qready.detectors.base import DetectContext, Detection, Route
from qready.detectors.configs import kubernetes_tls as k8s_tls
from qready.detectors.configs.common import Setting
from qready.detectors.configs.iac import algorithm, as_int, keygen, label, table
from qready.detectors.configs.kubernetes_tls import Manifest
from qready.detectors.configs.yaml_nodes import child, documents, entries, entry, items, line, text
from qready.detectors.keys import pem_keys
from qready.detectors.pem import PemBlock, pem_blocks
from qready.detectors.x509 import CERT_LABELS, CSR_LABELS, describe
from qready.discovery import ScannedFile
from qready.errors import DetectorError
from qready.model import FileLocation

MAX_BYTES = 4 * 1024 * 1024
MAX_SECRET_BYTES = 1024 * 1024
MAX_LIST_DEPTH = 4
_SUFFIXES = (".yaml", ".yml")
_MANIFEST = re.compile(rb"(?m)^\s*(?:-\s+)?apiVersion:\s*\S")
_KIND = re.compile(rb"(?m)^\s*(?:-\s+)?kind:\s*\S")
_ENVOY = re.compile(rb"(?m)^(static_resources|staticResources):")
_PEM_ENTRY = re.compile(r"\.(crt|cer|pem|key)$")
_CERT_MANAGER_RULE = "config.kubernetes.cert-manager.privatekey"
_KEY = "spec.privateKey.algorithm"

Handler = Callable[[Manifest, Node, str], None]


def _object_label(doc: Node, kind: str) -> str:
    name = text(child(doc, "metadata", "name")) or "(unnamed)"
    namespace = text(child(doc, "metadata", "namespace"))
    return f"{kind} {namespace}/{name}" if namespace else f"{kind} {name}"


def certificate(manifest: Manifest, doc: Node, label_: str) -> None:
    """cert-manager Certificate: the private key it generates."""
    defaults = table("cert-manager")
    private_key = child(doc, "spec", "privateKey")
    written = entry(private_key, "algorithm")
    sized = entry(private_key, "size")
    name = (text(written[1]) if written else None) or str(defaults["algorithm"])
    size = as_int(text(sized[1])) if sized else None
    match name.upper():
        case "RSA":
            found = algorithm(manifest.catalog, "RSA", size=size or int(defaults["rsa_size"]))
        case "ECDSA":
            curve = defaults["curves"].get(str(size or defaults["ecdsa_size"]))
            found = algorithm(manifest.catalog, "ECDSA", curve=curve) if curve else None
        case "ED25519":
            found = algorithm(manifest.catalog, "Ed25519")
        case _:
            found = None
    value = name if name.upper() == "ED25519" else f"{name} {size or '(default size)'}"
    where = written or sized
    setting = Setting(
        _KEY,
        value,
        manifest.rel,
        line(where[0]) if where else None,
        label_,
        None if where else label("cert-manager"),
    )
    if found is None:
        manifest.detection.problems.append(
            f"{setting.location}: private key {value} is not valid for cert-manager"
        )
        return
    defaulted = written is None or (sized is None and name.upper() != "ED25519")
    manifest.detection.findings.append(keygen(setting, found, _CERT_MANAGER_RULE, defaulted))


def certificate_request(manifest: Manifest, doc: Node, label_: str) -> None:
    found = entry(child(doc, "spec"), "request")
    if found is not None:
        _pem_entry(manifest, found[0], text(found[1]) or "", f"{label_} / spec.request")


def secret(manifest: Manifest, doc: Node, label_: str) -> None:
    """Certificates and keys a Secret holds base64-encoded under `data`. Plain PEM (`stringData`, or a PEM
    written unencoded) is already read by the x509 and keys detectors, which scan any file holding a PEM."""
    tls = text(child(doc, "type")) == "kubernetes.io/tls"
    for key, value in entries(child(doc, "data")):
        name = str(key.value)
        if (tls and name in ("tls.crt", "tls.key", "ca.crt")) or _PEM_ENTRY.search(name):
            _pem_entry(manifest, key, text(value) or "", f"{label_} / {name}")


def _decode(value: str) -> str | None:
    compact = re.sub(r"\s+", "", value)
    if len(compact) > MAX_SECRET_BYTES * 4 // 3:
        return None
    try:
        return base64.b64decode(compact, validate=True).decode("utf-8", "replace")
    except (binascii.Error, ValueError):
        return None


def _pem_entry(manifest: Manifest, key: Node, value: str, item: str) -> None:
    """Describe the certificates, requests and keys of one base64 PEM entry, located at the entry's key."""
    if "-----BEGIN " in value:
        return  # plain PEM: the x509 and keys detectors report it where it is written
    pem = _decode(value)
    where = FileLocation(manifest.rel, line(key), item)
    if pem is None or "-----BEGIN " not in pem:
        if value:
            manifest.detection.problems.append(f"{where}: not base64-encoded PEM")
        return
    blocks = [b for b in pem_blocks(pem) if b.der is not None]
    for number, block in enumerate(blocks, 1):
        place = where if len(blocks) == 1 else FileLocation(where.path, where.line, f"{item} #{number}")
        try:
            _describe_block(manifest, block, place)
        except (ValueError, DetectorError, IndexError) as exc:
            manifest.detection.problems.append(f"{place}: {block.label} block is not valid: {exc}")


def _describe_block(manifest: Manifest, block: PemBlock, place: FileLocation) -> None:
    der = block.der or b""
    detection = manifest.detection
    if block.label in CERT_LABELS or block.label in CSR_LABELS:
        request = block.label in CSR_LABELS
        obj = x509.load_der_x509_csr(der) if request else x509.load_der_x509_certificate(der)
        asset, findings, problems = describe(obj, der, place, manifest.catalog, "pem")
        detection.assets.append(asset)
        detection.findings.extend(findings)
        detection.problems.extend(problems)
    elif block.label in pem_keys.LABELS:
        pem_keys.pem_key(detection, manifest.catalog, block, place, ())


_HANDLERS: dict[tuple[str, str], Handler] = {
    ("cert-manager.io", "Certificate"): certificate,
    ("cert-manager.io", "CertificateRequest"): certificate_request,
    ("", "Secret"): secret,
    ("", "ConfigMap"): k8s_tls.config_map,
    ("networking.istio.io", "Gateway"): k8s_tls.istio_gateway,
    ("networking.k8s.io", "Ingress"): k8s_tls.ingress,
    ("extensions", "Ingress"): k8s_tls.ingress,
    ("traefik.io", "TLSOption"): k8s_tls.traefik_option,
    ("traefik.containo.us", "TLSOption"): k8s_tls.traefik_option,
}


def _istio_operator(manifest: Manifest, doc: Node, label_: str) -> None:
    mesh = child(doc, "spec", "meshConfig")
    if mesh is not None:
        k8s_tls.mesh_config(manifest, mesh, f"{label_} meshConfig")


_HANDLERS[("install.istio.io", "IstioOperator")] = _istio_operator


def _object(manifest: Manifest, doc: Node, depth: int = 0) -> None:
    version = text(child(doc, "apiVersion")) or ""
    kind = text(child(doc, "kind")) or ""
    if kind == "List" and depth < MAX_LIST_DEPTH:
        for item in items(child(doc, "items")):
            _object(manifest, item, depth + 1)
        return
    if not kind and (child(doc, "static_resources") or child(doc, "staticResources")):
        k8s_tls.envoy(manifest, doc, "")
        return
    group = version.rpartition("/")[0] if "/" in version else ""
    handler = _HANDLERS.get((group, kind))
    if handler is not None:
        handler(manifest, doc, _object_label(doc, kind))


class KubernetesDetector:
    name: ClassVar[str] = "config-kubernetes"
    route: ClassVar[Route] = Route(suffixes=frozenset(_SUFFIXES))

    def wants(self, file: ScannedFile) -> bool:
        if file.suffix not in _SUFFIXES or file.is_binary or len(file.data) > MAX_BYTES:
            return False
        if "/templates/" in f"/{file.rel}" and b"{{" in file.data:
            return False  # a Helm chart template: not YAML until rendered
        head = file.data
        return (_MANIFEST.search(head) is not None and _KIND.search(head) is not None) or (
            _ENVOY.search(head) is not None
        )

    def detect(self, file: ScannedFile, context: DetectContext) -> Detection:
        manifest = Manifest(file, context.catalog)
        for doc in documents(file.text, file.rel, manifest.detection.problems):
            _object(manifest, doc)
        return manifest.detection
