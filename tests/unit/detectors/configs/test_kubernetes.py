"""Kubernetes manifests: cert-manager keys and defaults, Secrets, Istio/Envoy/ingress-nginx/Traefik TLS
settings, multi-document YAML, embedded YAML line numbers, and bad input."""

from __future__ import annotations

import base64
import datetime
import os
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from tests.config_tools import CONTEXT

from qready.detectors.base import Detection
from qready.detectors.configs import CONFIG_DETECTORS
from qready.detectors.configs.kubernetes import KubernetesDetector
from qready.discovery import ScannedFile
from qready.model import Certificate, Confidence, FileLocation, KeyMaterial, ProtocolConfig

DETECTOR = KubernetesDetector()
Row = tuple[int | None, str | None, str, str, str | None]


def scanned(root: Path, rel: str, content: str) -> ScannedFile:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content)
    return ScannedFile(rel=rel, data=path.read_bytes(), path=str(path), root=os.path.realpath(root))


def detect(root: Path, content: str, rel: str = "deploy/manifest.yaml") -> Detection:
    file = scanned(root, rel, content)
    assert DETECTOR.wants(file)
    return DETECTOR.detect(file, CONTEXT)


def rows(detection: Detection) -> set[Row]:
    found = set()
    for finding in detection.findings:
        assert isinstance(finding.location, FileLocation)
        loc = finding.location
        found.add((loc.line, loc.item, finding.algorithm.name, finding.rule_id, finding.function))
    return found


CERTIFICATES = """\
apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: plain, namespace: web}
spec:
  secretName: plain-tls
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: big}
spec:
  privateKey:
    size: 4096
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: p384}
spec:
  privateKey:
    algorithm: ECDSA
    size: 384
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: odd}
spec:
  privateKey:
    algorithm: ECDSA
    size: 999
"""
RULE = "config.kubernetes.cert-manager.privatekey"


def test_cert_manager_keys_and_defaults(tmp_path: Path) -> None:
    detection = detect(tmp_path, CERTIFICATES)
    assert rows(detection) == {
        (None, "Certificate web/plain / spec.privateKey.algorithm", "RSA-2048", RULE, "keygen"),
        (12, "Certificate big / spec.privateKey.algorithm", "RSA-4096", RULE, "keygen"),
        (19, "Certificate p384 / spec.privateKey.algorithm", "ECDSA-P-384", RULE, "keygen"),
    }
    by_item = {f.location.item: f for f in detection.findings if isinstance(f.location, FileLocation)}
    default = by_item["Certificate web/plain / spec.privateKey.algorithm"]
    assert default.confidence is Confidence.MEDIUM
    assert default.provenance == (("parameterSetIdentifier", "default"),)
    assert default.evidence == "spec.privateKey.algorithm RSA (default size) (cert-manager v1 default)"
    assert by_item["Certificate big / spec.privateKey.algorithm"].provenance == (
        ("parameterSetIdentifier", "default"),
    )  # the algorithm (RSA) is cert-manager's default, the size is written
    assert by_item["Certificate p384 / spec.privateKey.algorithm"].confidence is Confidence.HIGH
    assert detection.problems == [
        "deploy/manifest.yaml:27 [Certificate odd / spec.privateKey.algorithm]: private key ECDSA 999 is not "
        "valid for cert-manager"
    ]


def test_list_and_ecdsa_default_size(tmp_path: Path) -> None:
    text = """\
apiVersion: v1
kind: List
items:
  - apiVersion: cert-manager.io/v1
    kind: Certificate
    metadata: {name: small}
    spec:
      privateKey: {algorithm: ECDSA}
  - apiVersion: cert-manager.io/v1
    kind: Certificate
    metadata: {name: ed}
    spec:
      privateKey: {algorithm: Ed25519}
"""
    detection = detect(tmp_path, text)
    assert rows(detection) == {
        (8, "Certificate small / spec.privateKey.algorithm", "ECDSA-P-256", RULE, "keygen"),
        (13, "Certificate ed / spec.privateKey.algorithm", "Ed25519", RULE, "keygen"),
    }
    assert [f.confidence for f in detection.findings] == [Confidence.MEDIUM, Confidence.HIGH]


def _certificate_pem() -> tuple[bytes, bytes]:
    key = ec.generate_private_key(ec.SECP384R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "db.example.com")])
    start = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(7)
        .not_valid_before(start)
        .not_valid_after(start + datetime.timedelta(days=30))
        .sign(key, hashes.SHA384())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return certificate.public_bytes(serialization.Encoding.PEM), key_pem


def test_tls_secret_is_described_at_its_entries(tmp_path: Path) -> None:
    cert, key = _certificate_pem()
    text = f"""\
apiVersion: v1
kind: Secret
metadata:
  name: db-tls
  namespace: data
type: kubernetes.io/tls
data:
  tls.crt: {base64.b64encode(cert).decode()}
  tls.key: {base64.b64encode(key).decode()}
  ca.crt: bm90IGEgY2VydGlmaWNhdGU=
"""
    detection = detect(tmp_path, text)
    assert rows(detection) == {
        (8, "Secret data/db-tls / tls.crt", "ECDSA-P-384-SHA-384", "x509.signature", None),
        (8, "Secret data/db-tls / tls.crt", "ECDSA-P-384", "x509.public-key", None),
        (9, "Secret data/db-tls / tls.key", "ECDSA-P-384", "key.private", None),
    }
    kinds = sorted(type(asset).__name__ for asset in detection.assets)
    assert kinds == ["Certificate", "KeyMaterial"]
    certificate = next(a for a in detection.assets if isinstance(a, Certificate))
    key_asset = next(a for a in detection.assets if isinstance(a, KeyMaterial))
    assert certificate.subject == "CN=db.example.com"
    assert certificate.spki_sha256 == key_asset.identity  # the key and certificate link as one pair
    assert detection.problems == [
        "deploy/manifest.yaml:10 [Secret data/db-tls / ca.crt]: not base64-encoded PEM"
    ]


def test_plain_pem_is_left_to_the_x509_detector(tmp_path: Path) -> None:
    cert, _ = _certificate_pem()
    indented = "\n".join("    " + line for line in cert.decode().splitlines())
    text = f"apiVersion: v1\nkind: Secret\nmetadata: {{name: ca}}\nstringData:\n  ca.pem: |\n{indented}\n"
    text += f"data:\n  tls.crt: |\n{indented}\n"
    detection = detect(tmp_path, text)
    assert (detection.findings, detection.assets, detection.problems) == ([], [], [])


ENVOY = """\
staticResources:
  listeners:
    - name: edge
      filterChains:
        - transportSocket:
            typedConfig:
              commonTlsContext:
                tlsParams:
                  tlsMinimumProtocolVersion: TLSv1_3
                  ecdhCurves: [X25519MLKEM768]
                  cipherSuites: ["[ECDHE-ECDSA-AES128-GCM-SHA256|ECDHE-ECDSA-CHACHA20-POLY1305]"]
                tlsCertificates:
                  - certificateChain: {filename: /etc/envoy/tls/edge.crt}
                    privateKey: {filename: /etc/ssl/outside/../../../../../../etc/passwd}
"""


def test_envoy_camel_case_bootstrap_and_files(tmp_path: Path) -> None:
    (tmp_path / "etc/envoy/tls").mkdir(parents=True)
    (tmp_path / "etc/envoy/tls/edge.crt").write_text("certificate")
    detection = detect(tmp_path, ENVOY, rel="etc/envoy/envoy.yaml")
    assert rows(detection) == {
        (
            10,
            "listener edge / ecdhCurves",
            "X25519MLKEM768",
            "config.kubernetes.envoy.ecdh_curves",
            "reference",
        ),
        *(
            (11, "listener edge / cipherSuites", name, "config.kubernetes.envoy.cipher_suites", "reference")
            for name in ("ECDH", "ECDSA", "AES-128-GCM", "ChaCha20-Poly1305")
        ),
    }
    (asset,) = detection.assets
    assert isinstance(asset, ProtocolConfig)
    assert (asset.version, asset.files) == ("TLSv1_3", ("etc/envoy/tls/edge.crt",))
    assert asset.locations[0] == FileLocation("etc/envoy/envoy.yaml", 7, "listener edge")


def test_configmap_embedded_envoy_keeps_outer_lines(tmp_path: Path) -> None:
    text = """\
apiVersion: v1
kind: ConfigMap
metadata: {name: proxy, namespace: edge}
data:
  envoy.yaml: |
    static_resources:
      clusters:
        - name: upstream
          transport_socket:
            typed_config:
              common_tls_context:
                tls_params:
                  ecdh_curves: [P-384]
"""
    detection = detect(tmp_path, text)
    suites = "ConfigMap edge/proxy envoy.yaml cluster upstream / cipher_suites"
    assert rows(detection) == {
        (
            13,
            "ConfigMap edge/proxy envoy.yaml cluster upstream / ecdh_curves",
            "ECDH-P-384",
            "config.kubernetes.envoy.ecdh_curves",
            "reference",
        ),
        *(
            (None, suites, name, "config.kubernetes.envoy.cipher_suites", "reference")
            for name in ("ECDH", "ECDSA", "RSA", "AES-128-GCM", "AES-256-GCM", "ChaCha20-Poly1305")
        ),
    }


ENVOY_BARE = """\
static_resources:
  listeners:
    - name: public
      filter_chains:
        - transport_socket:
            typed_config:
              common_tls_context:
                tls_certificates: []
"""

ENVOY_DEFAULT_SUITES = (
    "cipher_suites [ECDHE-ECDSA-AES128-GCM-SHA256|ECDHE-ECDSA-CHACHA20-POLY1305] "
    "[ECDHE-RSA-AES128-GCM-SHA256|ECDHE-RSA-CHACHA20-POLY1305] ECDHE-ECDSA-AES256-GCM-SHA384 "
    "ECDHE-RSA-AES256-GCM-SHA384"
)


def test_envoy_context_without_tls_params_gets_the_documented_defaults(tmp_path: Path) -> None:
    detection = detect(tmp_path, ENVOY_BARE, rel="envoy/envoy.yaml")
    groups = [f for f in detection.findings if f.rule_id == "config.kubernetes.envoy.ecdh_curves"]
    suites = [f for f in detection.findings if f.rule_id == "config.kubernetes.envoy.cipher_suites"]
    assert [(f.algorithm.name, f.location.line, f.evidence) for f in groups] == [
        ("X25519", None, "ecdh_curves X25519 P-256 (Envoy 1.36 default)"),
        ("ECDH-P-256", None, "ecdh_curves X25519 P-256 (Envoy 1.36 default)"),
    ]
    assert {f.algorithm.name for f in suites} == {
        "ECDH", "ECDSA", "RSA", "AES-128-GCM", "AES-256-GCM", "ChaCha20-Poly1305"
    }  # fmt: skip
    written = "cipher_suites " + " ".join(
        ENVOY_DEFAULT_SUITES.translate(str.maketrans("[]|", "   ")).split()[1:]
    )
    assert {f.evidence for f in suites} == {f"{written} (Envoy 1.36 default)"[:200]}  # evidence is bounded
    assert {f.confidence for f in detection.findings} == {Confidence.MEDIUM}
    assert {f.provenance for f in detection.findings} == {(("value", "default"),)}
    (asset,) = detection.assets
    assert isinstance(asset, ProtocolConfig)
    assert asset.advice is not None and asset.advice.startswith(
        "no post-quantum key exchange: offer the hybrid"
    )


def test_istio_defaults_passthrough_and_tls13_minimum(tmp_path: Path) -> None:
    text = """\
apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: gw, namespace: edge}
spec:
  servers:
    - port: {number: 443, name: sni}
      tls: {mode: PASSTHROUGH}
    - port: {number: 8443, name: modern}
      tls: {mode: SIMPLE, credentialName: modern-tls, minProtocolVersion: TLSV1_3}
"""
    detection = detect(tmp_path, text)
    assert rows(detection) == {
        (
            None,
            "Gateway edge/gw server modern / ecdhCurves",
            name,
            "config.kubernetes.istio.ecdhcurves",
            "reference",
        )
        for name in ("X25519", "ECDH-P-256")
    }
    assert {f.evidence for f in detection.findings} == {"ecdhCurves X25519 P-256 (Istio: Envoy 1.36 default)"}
    (asset,) = detection.assets
    assert isinstance(asset, ProtocolConfig)
    assert (asset.version, asset.locations[0]) == (
        "TLSV1_3",
        FileLocation("deploy/manifest.yaml", 9, "Gateway edge/gw server modern"),
    )


def test_istio_gateway_skips_redirect_only_servers(tmp_path: Path) -> None:
    text = """\
apiVersion: networking.istio.io/v1beta1
kind: Gateway
metadata: {name: gw}
spec:
  servers:
    - port: {number: 80, name: http}
      tls: {httpsRedirect: true}
    - port: {number: 443, name: https}
      tls:
        mode: MUTUAL
        cipherSuites: [ECDHE-RSA-AES128-GCM-SHA256]
        ecdhCurves: [X25519MLKEM768]
"""
    detection = detect(tmp_path, text)
    assert rows(detection) == {
        *(
            (
                11,
                "Gateway gw server https / cipherSuites",
                name,
                "config.kubernetes.istio.ciphersuites",
                "reference",
            )
            for name in ("ECDH", "RSA", "AES-128-GCM")
        ),
        (
            12,
            "Gateway gw server https / ecdhCurves",
            "X25519MLKEM768",
            "config.kubernetes.istio.ecdhcurves",
            "reference",
        ),
    }
    assert len(detection.assets) == 1


def test_disabled_and_unknown_names_are_not_uses(tmp_path: Path) -> None:
    text = """\
apiVersion: v1
kind: ConfigMap
metadata: {name: ingress-nginx-controller}
data:
  ssl-ecdh-curve: "X25519:no-such-group"
  ssl-ciphers: "ECDHE-RSA-AES256-GCM-SHA384:!aNULL:!RC4"
"""
    detection = detect(tmp_path, text)
    names = sorted(f.algorithm.name for f in detection.findings)
    assert names == ["AES-256-GCM", "ECDH", "RSA", "X25519"]


def test_traefik_go_curve_names(tmp_path: Path) -> None:
    text = """\
apiVersion: traefik.containo.us/v1alpha1
kind: TLSOption
metadata: {name: default}
spec:
  curvePreferences: [CurveP256, X25519]
"""
    detection = detect(tmp_path, text)
    assert {(r[0], r[2]) for r in rows(detection)} == {(5, "ECDH-P-256"), (5, "X25519")}


def test_wants_is_precise(tmp_path: Path) -> None:
    helm = scanned(tmp_path, "charts/app/templates/cert.yaml", "apiVersion: v1\nkind: {{ .Values.kind }}\n")
    values = scanned(tmp_path, "charts/app/values.yaml", "tls:\n  enabled: true\n")
    workflow = scanned(tmp_path, ".github/workflows/ci.yml", "name: ci\non: push\n")
    notes = scanned(tmp_path, "NOTES.txt", "apiVersion: v1\nkind: Secret\n")
    manifest = scanned(tmp_path, "k8s/app.yml", "apiVersion: apps/v1\nkind: Deployment\n")
    assert [DETECTOR.wants(f) for f in (helm, values, workflow, notes, manifest)] == [False] * 4 + [True]
    assert KubernetesDetector in CONFIG_DETECTORS


def test_invalid_document_keeps_the_earlier_ones(tmp_path: Path) -> None:
    text = CERTIFICATES.split("---", maxsplit=1)[0] + "---\napiVersion: v1\nkind: Secret\ndata: [unclosed\n"
    detection = detect(tmp_path, text)
    assert rows(detection) == {
        (None, "Certificate web/plain / spec.privateKey.algorithm", "RSA-2048", RULE, "keygen")
    }
    (problem,) = detection.problems  # the wording is libyaml's or PyYAML's
    assert problem.startswith("deploy/manifest.yaml: invalid YAML at line 10: ")


def test_unknown_tags_and_alias_bombs_are_harmless(tmp_path: Path) -> None:
    lines = ["apiVersion: v1", "kind: ConfigMap", "metadata: {name: bomb}", "data:", "  a: &a [x, x, x, x]"]
    lines += [
        f"  b{i}: &b{i} [*{'a' if i == 0 else f'b{i - 1}'}, *{'a' if i == 0 else f'b{i - 1}'}]"
        for i in range(40)
    ]
    lines += ["  tagged: !Secret value"]
    detection = detect(tmp_path, "\n".join(lines) + "\n")
    assert (detection.findings, detection.assets, detection.problems) == ([], [], [])
