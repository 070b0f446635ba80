"""TLS endpoints declared in Kubernetes manifests and mesh/proxy configuration: Istio `Gateway` servers and
MeshConfig (`tlsDefaults`, `meshMTLS`; in the `istio` ConfigMap's `mesh` key or an IstioOperator's
`spec.meshConfig`), Envoy `common_tls_context.tls_params` (bootstrap YAML, alone or inside a ConfigMap),
ingress-nginx (`nginx.ingress.kubernetes.io/ssl-ciphers` annotations, controller ConfigMap keys `ssl-ciphers`,
`ssl-ecdh-curve`, `ssl-protocols`) and Traefik `TLSOption` (`minVersion`, `cipherSuites`, `curvePreferences`).

Each written setting is a finding at its line; each endpoint (a Gateway server, an Envoy TLS context, a
controller configuration) is one ProtocolConfig asset with the certificate/key files it names resolved inside
the scanned tree. Where an Envoy TLS context or an Istio endpoint leaves its groups or cipher suites out, the
documented Envoy default is reported and named (`Envoy 1.36 default`, tls_defaults.toml); the cipher-suite
default is not reported for an endpoint whose minimum protocol is TLS 1.3, and an Istio PASSTHROUGH server
terminates no TLS at all. Ingress-nginx and Traefik defaults are not reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from yaml.nodes import Node, ScalarNode

from qready.detectors.base import Detection
from qready.detectors.configs.common import Setting
from qready.detectors.configs.iac import table
from qready.detectors.configs.includes import Includer
from qready.detectors.configs.tls import Endpoint, default_setting, tls13_only, tls_findings
from qready.detectors.configs.yaml_nodes import child, embedded, entry, items, line, mappings, strings, text
from qready.discovery import ScannedFile
from qready.knowledge import Catalog
from qready.model import FileLocation

# (key as written, value kind for tls.KINDS, rule id suffix)
Field = tuple[str, str, str]
_ENVOY_FIELDS: tuple[Field, ...] = (
    ("ecdh_curves", "groups", "envoy.ecdh_curves"),
    ("ecdhCurves", "groups", "envoy.ecdh_curves"),
    ("cipher_suites", "suites", "envoy.cipher_suites"),
    ("cipherSuites", "suites", "envoy.cipher_suites"),
    ("signature_algorithms", "sigalgs", "envoy.signature_algorithms"),
    ("signatureAlgorithms", "sigalgs", "envoy.signature_algorithms"),
)
_ISTIO_FIELDS: tuple[Field, ...] = (
    ("ecdhCurves", "groups", "istio.ecdhcurves"),
    ("cipherSuites", "suites", "istio.ciphersuites"),
)
_NGINX_FIELDS: tuple[Field, ...] = (
    ("ssl-ecdh-curve", "groups", "ingress-nginx.ssl-ecdh-curve"),
    ("ssl-ciphers", "ciphers", "ingress-nginx.ssl-ciphers"),
)
_TRAEFIK_FIELDS: tuple[Field, ...] = (
    ("curvePreferences", "groups", "traefik.curvepreferences"),
    ("cipherSuites", "suites", "traefik.ciphersuites"),
)
_NGINX_ANNOTATION = "nginx.ingress.kubernetes.io/ssl-ciphers"
_PASSTHROUGH = ("PASSTHROUGH", "AUTO_PASSTHROUGH")
_ENVOY_CONTEXTS = ("common_tls_context", "commonTlsContext")
_ENVOY_FILES = (("tls_certificates", "tlsCertificates"), ("validation_context", "validationContext"))


@dataclass
class Manifest:
    """One scanned YAML file: where findings go, and how file references resolve inside the tree."""

    file: ScannedFile
    catalog: Catalog
    detection: Detection = field(default_factory=Detection)

    def __post_init__(self) -> None:
        self._includer = Includer(self.file, problems=self.detection.problems)

    @property
    def rel(self) -> str:
        return self.file.rel

    def endpoint(self, label: str, node: Node) -> Endpoint:
        """An endpoint located at a node: the key that opens its block (`tls:`), or the object itself."""
        return Endpoint(label, FileLocation(self.rel, line(node), label))

    def settings(
        self, endpoint: Endpoint, node: Node | None, fields: Sequence[Field], software: str | None = None
    ) -> None:
        """Findings for the TLS list settings of one mapping, added to the endpoint; with `software`
        (`envoy`, `istio`), its documented default for a group or cipher-suite list left out."""
        written: set[str] = set()
        for key, kind, rule in fields:
            found = entry(node, key)
            if found is None:
                continue
            written.add(rule)
            value = _spelling(kind, " ".join(strings(found[1])))
            self.add(endpoint, Setting(key, value, self.rel, line(found[0]), endpoint.block), kind, rule)
        for key, kind, rule in fields if software else ():
            if rule in written or kind not in _DEFAULTED or (kind == "suites" and _tls13(endpoint.version)):
                continue
            written.add(rule)
            default = default_setting(str(software), key, self.rel, endpoint.block)
            self.add(endpoint, replace(default, value=_spelling(kind, default.value)), kind, rule)

    def add(self, endpoint: Endpoint, setting: Setting, kind: str, rule: str) -> None:
        """The findings of one setting, in the detection and on the endpoint."""
        new = tls_findings(self.catalog, kind, setting, f"config.kubernetes.{rule}")
        self.detection.findings.extend(new)
        endpoint.findings.extend(new)

    def files(self, endpoint: Endpoint, references: Sequence[str]) -> None:
        for reference in references:
            endpoint.files.extend(found.rel for found in self._includer.resolve(reference))

    def finish(self, endpoint: Endpoint) -> None:
        self.detection.assets.append(endpoint.asset())


_DEFAULTED = ("groups", "suites")


def _tls13(version: str | None) -> bool:
    """Envoy `TLSv1_3` / Istio `TLSV1_3` as a minimum protocol."""
    return tls13_only(f"MinProtocol {version.upper().replace('V1_', 'v1.')}") if version else False


def _spelling(kind: str, value: str) -> str:
    """Envoy's equal-preference groups `[A|B]` as a plain list; Go CurveID names as TLS group names."""
    value = " ".join(re.sub(r"[\[\]|]", " ", value).split())
    if kind == "groups":
        names: dict[str, str] = table("go-curves")["names"]
        value = " ".join(names.get(word, word) for word in value.split())
    return value


def istio_gateway(manifest: Manifest, doc: Node, label: str) -> None:
    for server in items(child(doc, "spec", "servers")):
        pair = entry(server, "tls")
        if pair is None or entry(pair[1], "mode") is None:
            continue  # `tls: {httpsRedirect: true}` on a plain HTTP server is no TLS endpoint
        tls = pair[1]
        if (text(child(tls, "mode")) or "").upper() in _PASSTHROUGH:
            continue  # the proxy forwards the TLS stream: the backend's TLS settings apply, not these
        port = text(child(server, "port", "name")) or text(child(server, "port", "number"))
        endpoint = manifest.endpoint(f"{label} server {port or line(server)}", pair[0])
        endpoint.version = text(child(tls, "minProtocolVersion"))
        manifest.settings(endpoint, tls, _ISTIO_FIELDS, "istio")
        references = [text(child(tls, key)) for key in ("serverCertificate", "privateKey", "caCertificates")]
        manifest.files(endpoint, [r for r in references if r])
        manifest.finish(endpoint)


def mesh_config(manifest: Manifest, mesh: Node, label: str) -> None:
    """MeshConfig `tlsDefaults` (gateways and sidecars) and `meshMTLS` (workload mTLS)."""
    for section in ("tlsDefaults", "meshMTLS"):
        pair = entry(mesh, section)
        if pair is None:
            continue
        node = pair[1]
        endpoint = manifest.endpoint(f"{label} {section}", pair[0])
        endpoint.version = text(child(node, "minProtocolVersion"))
        manifest.settings(endpoint, node, _ISTIO_FIELDS, "istio")
        manifest.finish(endpoint)


def envoy(manifest: Manifest, doc: Node, label: str) -> None:
    """Every TLS context of an Envoy bootstrap, labelled by the listener or cluster holding it."""
    resources = child(doc, "static_resources") or child(doc, "staticResources")
    owners = [("listener", n) for n in items(child(resources, "listeners"))]
    owners += [("cluster", n) for n in items(child(resources, "clusters"))]
    for kind, owner in owners:
        name = text(child(owner, "name")) or f"(line {line(owner)})"
        for number, (key, context) in enumerate(_contexts(owner), 1):
            suffix = "" if number == 1 else f" #{number}"
            _envoy_context(manifest, key, context, f"{label}{kind} {name}{suffix}")


def _contexts(node: Node) -> list[tuple[ScalarNode, Node]]:
    found: list[tuple[ScalarNode, Node]] = []
    for mapping in mappings(node):
        pair = entry(mapping, *_ENVOY_CONTEXTS)
        if pair is not None:
            found.append(pair)
    return found


def _envoy_context(manifest: Manifest, key: Node, context: Node, label: str) -> None:
    endpoint = manifest.endpoint(label, key)
    params = child(context, "tls_params") or child(context, "tlsParams")
    endpoint.version = text(child(params, "tls_minimum_protocol_version")) or text(
        child(params, "tlsMinimumProtocolVersion")
    )
    manifest.settings(endpoint, params, _ENVOY_FIELDS, "envoy")
    references: list[str] = []
    for keys in _ENVOY_FILES:
        holder = child(context, keys[0]) or child(context, keys[1])
        for mapping in mappings(holder) if holder is not None else ():
            name = text(child(mapping, "filename"))
            if name:
                references.append(name)
    manifest.files(endpoint, references)
    manifest.finish(endpoint)


def config_map(manifest: Manifest, doc: Node, label: str) -> None:
    """A ConfigMap holding Istio's mesh config, an Envoy bootstrap, or ingress-nginx controller settings."""
    data = child(doc, "data")
    if entry(data, "ssl-ciphers", "ssl-ecdh-curve", "ssl-protocols") is not None:
        endpoint = manifest.endpoint(f"{label} (ingress-nginx)", doc)
        manifest.settings(endpoint, data, _NGINX_FIELDS)
        endpoint.version = text(child(data, "ssl-protocols"))
        manifest.finish(endpoint)
    for name in ("mesh", "meshConfig"):
        pair = entry(data, name)
        for mesh in embedded(pair[1], manifest.rel, manifest.detection.problems) if pair else ():
            mesh_config(manifest, mesh, f"{label} {name}")
    for key, value in _envoy_values(data):
        for bootstrap in embedded(value, manifest.rel, manifest.detection.problems):
            envoy(manifest, bootstrap, f"{label} {key.value} ")


def _envoy_values(data: Node | None) -> list[tuple[ScalarNode, Node]]:
    found = []
    for name in ("envoy.yaml", "envoy.yml", "bootstrap.yaml", "envoy-bootstrap.yaml"):
        pair = entry(data, name)
        if pair is not None and "static_resources" in (text(pair[1]) or ""):
            found.append(pair)
    return found


def ingress(manifest: Manifest, doc: Node, label: str) -> None:
    annotations = child(doc, "metadata", "annotations")
    found = entry(annotations, _NGINX_ANNOTATION)
    if found is None:
        return
    endpoint = manifest.endpoint(label, doc)
    value = text(found[1]) or ""
    setting = Setting(_NGINX_ANNOTATION, value, manifest.rel, line(found[0]), label)
    manifest.add(endpoint, setting, "ciphers", "ingress-nginx.ssl-ciphers")
    manifest.finish(endpoint)


def traefik_option(manifest: Manifest, doc: Node, label: str) -> None:
    spec = child(doc, "spec")
    if spec is None:
        return
    endpoint = manifest.endpoint(label, doc)
    manifest.settings(endpoint, spec, _TRAEFIK_FIELDS)
    endpoint.version = text(child(spec, "minVersion"))
    manifest.finish(endpoint)
