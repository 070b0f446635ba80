"""The infrastructure-as-code corpus (tests/corpus/config/ kubernetes, terraform, cloudformation, ansible):
every finding the IaC detectors report, and every TLS ProtocolConfig asset, exact.

Rows with line `None` are documented defaults (cert-manager RSA 2048, AWS KMS SYMMETRIC_DEFAULT, ACM RSA_2048,
Cloud KMS GOOGLE_SYMMETRIC_ENCRYPTION, ELBSecurityPolicy-2016-08, and Envoy 1.36's groups and cipher suites
where an Istio endpoint leaves them out, though not the cipher suites of a TLS 1.3-only one).
`module.edge_pki / ...` rows are the local Terraform module instantiated with the caller's arguments, reported
at the argument's line. The Kubernetes Secret's certificate and key, and the cert-manager CertificateRequest's
CSR, are described by the x509 and keys code (rules x509.*, csr.*, key.private) at the Secret's entry.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from qready.engine import scan
from qready.model import FileLocation, Inventory, ProtocolConfig, Status

CORPUS = Path(__file__).parents[1] / "corpus" / "config"
Key = tuple[str, int | None, str | None, str, str | None]
AssetRow = tuple[str, int | None, str | None, str | None, tuple[str, ...], tuple[str, ...]]
IAC_SUFFIXES = (".yaml", ".yml", ".tf", ".json")

# What the ELB security policies enable (iac_specs.toml): ELBSecurityPolicy-2016-08 (the API default) and
# ELBSecurityPolicy-TLS13-1-2-2021-06
ELB_2016_08 = (
    "AES-128-CBC",
    "AES-128-GCM",
    "AES-256-CBC",
    "AES-256-GCM",
    "ECDH",
    "ECDSA",
    "HMAC-SHA-1",
    "RSA",
    "RSA-PKCS1-1.5",
)
ELB_TLS13_1_2_2021_06 = (
    "AES-128-CBC",
    "AES-128-GCM",
    "AES-256-CBC",
    "AES-256-GCM",
    "ChaCha20-Poly1305",
    "ECDH",
    "ECDSA",
    "RSA",
)

EXPECTED_KUBERNETES: dict[Key, tuple[str, ...]] = {
    (
        "cert-manager/certificaterequest.yaml",
        10,
        "CertificateRequest billing/billing-1 / spec.request",
        "csr.public-key",
        None,
    ): ("ECDSA-P-256",),
    (
        "cert-manager/certificaterequest.yaml",
        10,
        "CertificateRequest billing/billing-1 / spec.request",
        "csr.signature",
        None,
    ): ("ECDSA-P-256-SHA-256",),
    (
        "cert-manager/certificates.yaml",
        None,
        "Certificate shop/api-tls / spec.privateKey.algorithm",
        "config.kubernetes.cert-manager.privatekey",
        "keygen",
    ): ("RSA-2048",),
    (
        "cert-manager/certificates.yaml",
        30,
        "Certificate shop/shop-tls / spec.privateKey.algorithm",
        "config.kubernetes.cert-manager.privatekey",
        "keygen",
    ): ("ECDSA-P-384",),
    (
        "cert-manager/certificates.yaml",
        56,
        "Certificate cert-manager/internal-ca / spec.privateKey.algorithm",
        "config.kubernetes.cert-manager.privatekey",
        "keygen",
    ): ("RSA-2048",),
    (
        "cert-manager/certificates.yaml",
        71,
        "Certificate edge/grpc-edge / spec.privateKey.algorithm",
        "config.kubernetes.cert-manager.privatekey",
        "keygen",
    ): ("Ed25519",),
    (
        "cert-manager/certificates.yaml",
        85,
        "Certificate monitoring/metrics / spec.privateKey.algorithm",
        "config.kubernetes.cert-manager.privatekey",
        "keygen",
    ): ("ECDSA-P-256",),
    (
        "envoy/envoy.yaml",
        33,
        "listener https_listener / ecdh_curves",
        "config.kubernetes.envoy.ecdh_curves",
        "reference",
    ): ("ECDH-P-256", "X25519", "X25519MLKEM768"),
    (
        "envoy/envoy.yaml",
        34,
        "listener https_listener / cipher_suites",
        "config.kubernetes.envoy.cipher_suites",
        "reference",
    ): ("AES-128-GCM", "ChaCha20-Poly1305", "ECDH", "ECDSA", "RSA"),
    (
        "envoy/envoy.yaml",
        37,
        "listener https_listener / signature_algorithms",
        "config.kubernetes.envoy.signature_algorithms",
        "reference",
    ): ("ECDSA-P-256-SHA-256", "RSA-PSS-SHA-256"),
    (
        "envoy/envoy.yaml",
        58,
        "cluster api_backend / ecdh_curves",
        "config.kubernetes.envoy.ecdh_curves",
        "reference",
    ): ("ECDH-P-256",),
    (
        "envoy/envoy.yaml",
        59,
        "cluster api_backend / cipher_suites",
        "config.kubernetes.envoy.cipher_suites",
        "reference",
    ): ("AES-256-CBC", "ECDH", "HMAC-SHA-1", "RSA"),
    (
        "ingress/ingress-nginx-controller.yaml",
        10,
        "ConfigMap ingress-nginx/ingress-nginx-controller (ingress-nginx) / ssl-ecdh-curve",
        "config.kubernetes.ingress-nginx.ssl-ecdh-curve",
        "reference",
    ): ("ECDH-P-384", "X25519", "X25519MLKEM768"),
    (
        "ingress/ingress-nginx-controller.yaml",
        11,
        "ConfigMap ingress-nginx/ingress-nginx-controller (ingress-nginx) / ssl-ciphers",
        "config.kubernetes.ingress-nginx.ssl-ciphers",
        "reference",
    ): ("AES-128-GCM", "ECDH", "ECDSA", "RSA"),
    (
        "ingress/ingress-nginx-controller.yaml",
        20,
        "Ingress portal/legacy-portal / nginx.ingress.kubernetes.io/ssl-ciphers",
        "config.kubernetes.ingress-nginx.ssl-ciphers",
        "reference",
    ): ("3DES-168-CBC", "AES-256-CBC", "HMAC-SHA-1", "RSA-PKCS1-1.5"),
    (
        "ingress/traefik-tlsoption.yaml",
        8,
        "TLSOption traefik/modern / curvePreferences",
        "config.kubernetes.traefik.curvepreferences",
        "reference",
    ): ("ECDH-P-384", "ECDH-P-521", "X25519MLKEM768"),
    (
        "ingress/traefik-tlsoption.yaml",
        12,
        "TLSOption traefik/modern / cipherSuites",
        "config.kubernetes.traefik.ciphersuites",
        "reference",
    ): ("AES-256-GCM", "ChaCha20-Poly1305", "ECDH", "RSA"),
    (
        "istio/gateway.yaml",
        26,
        "Gateway istio-ingress/public-gateway server https / cipherSuites",
        "config.kubernetes.istio.ciphersuites",
        "reference",
    ): ("AES-256-GCM", "ECDH", "ECDSA", "RSA", "RSA-PKCS1-1.5"),
    (
        "istio/gateway.yaml",
        None,
        "Gateway istio-ingress/public-gateway server https / ecdhCurves",
        "config.kubernetes.istio.ecdhcurves",
        "reference",
    ): ("ECDH-P-256", "X25519"),
    (
        "istio/istio-configmap.yaml",
        None,
        "ConfigMap istio-system/istio mesh meshMTLS / cipherSuites",
        "config.kubernetes.istio.ciphersuites",
        "reference",
    ): ("AES-128-GCM", "AES-256-GCM", "ChaCha20-Poly1305", "ECDH", "ECDSA", "RSA"),
    (
        "istio/istio-configmap.yaml",
        None,
        "ConfigMap istio-system/istio mesh meshMTLS / ecdhCurves",
        "config.kubernetes.istio.ecdhcurves",
        "reference",
    ): ("ECDH-P-256", "X25519"),
    (
        "istio/istio-configmap.yaml",
        14,
        "ConfigMap istio-system/istio mesh tlsDefaults / ecdhCurves",
        "config.kubernetes.istio.ecdhcurves",
        "reference",
    ): ("ECDH-P-256", "X25519", "X25519MLKEM768"),
    (
        "istio/istio-operator.yaml",
        10,
        "IstioOperator istio-system/control-plane meshConfig tlsDefaults / cipherSuites",
        "config.kubernetes.istio.ciphersuites",
        "reference",
    ): ("AES-128-GCM", "AES-256-GCM", "ECDH", "RSA"),
    (
        "istio/istio-operator.yaml",
        11,
        "IstioOperator istio-system/control-plane meshConfig tlsDefaults / ecdhCurves",
        "config.kubernetes.istio.ecdhcurves",
        "reference",
    ): ("ECDH-P-384",),
    (
        "rendered/shop-release.yaml",
        22,
        "Certificate shop-web / spec.privateKey.algorithm",
        "config.kubernetes.cert-manager.privatekey",
        "keygen",
    ): ("RSA-3072",),
    (
        "rendered/shop-release.yaml",
        39,
        "Certificate shop-admin / spec.privateKey.algorithm",
        "config.kubernetes.cert-manager.privatekey",
        "keygen",
    ): ("ECDSA-P-521",),
    ("secrets/shop-tls.yaml", 10, "Secret shop/shop-tls / tls.crt", "x509.public-key", None): (
        "ECDSA-P-256",
    ),
    ("secrets/shop-tls.yaml", 10, "Secret shop/shop-tls / tls.crt", "x509.signature", None): (
        "ECDSA-P-256-SHA-256",
    ),
    ("secrets/shop-tls.yaml", 11, "Secret shop/shop-tls / tls.key", "key.private", None): ("ECDSA-P-256",),
}

ASSETS_KUBERNETES: set[AssetRow] = {
    (
        "envoy/envoy.yaml",
        30,
        "listener https_listener",
        "TLSv1_2",
        (
            "AES-128-GCM",
            "ChaCha20-Poly1305",
            "ECDH",
            "ECDH-P-256",
            "ECDSA",
            "ECDSA-P-256-SHA-256",
            "RSA",
            "RSA-PSS-SHA-256",
            "X25519",
            "X25519MLKEM768",
        ),
        ("envoy/certs/api.crt", "envoy/certs/api.key"),
    ),
    (
        "envoy/envoy.yaml",
        56,
        "cluster api_backend",
        None,
        ("AES-256-CBC", "ECDH", "ECDH-P-256", "HMAC-SHA-1", "RSA"),
        (),
    ),
    (
        "ingress/ingress-nginx-controller.yaml",
        2,
        "ConfigMap ingress-nginx/ingress-nginx-controller (ingress-nginx)",
        "TLSv1.2 TLSv1.3",
        ("AES-128-GCM", "ECDH", "ECDH-P-384", "ECDSA", "RSA", "X25519", "X25519MLKEM768"),
        (),
    ),
    (
        "ingress/ingress-nginx-controller.yaml",
        13,
        "Ingress portal/legacy-portal",
        None,
        ("3DES-168-CBC", "AES-256-CBC", "HMAC-SHA-1", "RSA-PKCS1-1.5"),
        (),
    ),
    (
        "ingress/traefik-tlsoption.yaml",
        1,
        "TLSOption traefik/modern",
        "VersionTLS12",
        ("AES-256-GCM", "ChaCha20-Poly1305", "ECDH", "ECDH-P-384", "ECDH-P-521", "RSA", "X25519MLKEM768"),
        (),
    ),
    (
        "istio/gateway.yaml",
        22,
        "Gateway istio-ingress/public-gateway server https",
        "TLSV1_2",
        ("AES-256-GCM", "ECDH", "ECDH-P-256", "ECDSA", "RSA", "RSA-PKCS1-1.5", "X25519"),
        (),
    ),
    (
        "istio/istio-configmap.yaml",
        13,
        "ConfigMap istio-system/istio mesh tlsDefaults",
        "TLSV1_3",
        ("ECDH-P-256", "X25519", "X25519MLKEM768"),
        (),
    ),
    (
        "istio/istio-configmap.yaml",
        19,
        "ConfigMap istio-system/istio mesh meshMTLS",
        "TLSV1_2",
        ("AES-128-GCM", "AES-256-GCM", "ChaCha20-Poly1305", "ECDH", "ECDH-P-256", "ECDSA", "RSA", "X25519"),
        (),
    ),
    (
        "istio/istio-operator.yaml",
        9,
        "IstioOperator istio-system/control-plane meshConfig tlsDefaults",
        None,
        ("AES-128-GCM", "AES-256-GCM", "ECDH", "ECDH-P-384", "RSA"),
        (),
    ),
}

EXPECTED_TERRAFORM: dict[Key, tuple[str, ...]] = {
    (
        "kms.tf",
        None,
        "aws_acm_certificate.legacy / key_algorithm",
        "config.terraform.aws_acm_certificate",
        "keygen",
    ): ("RSA-2048",),
    (
        "kms.tf",
        None,
        "aws_kms_key.data / customer_master_key_spec",
        "config.terraform.aws_kms_key",
        "keygen",
    ): ("AES-256-GCM",),
    (
        "kms.tf",
        None,
        "google_kms_crypto_key.secrets / version_template.algorithm",
        "config.terraform.google_kms_crypto_key",
        "keygen",
    ): ("AES-256-GCM",),
    (
        "kms.tf",
        14,
        "aws_kms_key.release_signing / customer_master_key_spec",
        "config.terraform.aws_kms_key",
        "keygen",
    ): ("ML-DSA-65",),
    ("kms.tf", 19, "aws_kms_key.audit / key_spec", "config.terraform.aws_kms_key", "keygen"): ("RSA-4096",),
    (
        "kms.tf",
        24,
        "aws_kms_key.wallet / customer_master_key_spec",
        "config.terraform.aws_kms_key",
        "keygen",
    ): ("ECDSA-secp256k1",),
    (
        "kms.tf",
        30,
        "aws_acm_certificate.www / key_algorithm",
        "config.terraform.aws_acm_certificate",
        "keygen",
    ): ("ECDSA-P-256",),
    (
        "kms.tf",
        49,
        "google_kms_crypto_key.firmware_signing / algorithm",
        "config.terraform.google_kms_crypto_key",
        "keygen",
    ): ("ML-DSA-65",),
    (
        "kms.tf",
        60,
        "google_kms_crypto_key.tokens / algorithm",
        "config.terraform.google_kms_crypto_key",
        "keygen",
    ): ("ECDSA-P-256-SHA-256",),
    (
        "kms.tf",
        73,
        "azurerm_key_vault_key.ledger / key_type",
        "config.terraform.azurerm_key_vault_key",
        "keygen",
    ): ("ECDSA-secp256k1",),
    (
        "kms.tf",
        81,
        "azurerm_key_vault_key.wrapping / key_type",
        "config.terraform.azurerm_key_vault_key",
        "keygen",
    ): ("RSA-3072",),
    (
        "lb.tf",
        None,
        "aws_lb_listener.partner_api / ssl_policy",
        "config.terraform.aws_lb_listener.ssl_policy",
        "reference",
    ): ELB_2016_08,
    (
        "lb.tf",
        5,
        "aws_lb_listener.https / ssl_policy",
        "config.terraform.aws_lb_listener.ssl_policy",
        "reference",
    ): ELB_TLS13_1_2_2021_06,
    (
        "lb.tf",
        30,
        "aws_lb_listener.internal / ssl_policy",
        "config.terraform.aws_lb_listener.ssl_policy",
        "reference",
    ): ("SecP256r1MLKEM768", "SecP384r1MLKEM1024", "X25519MLKEM768"),
    (
        "modules/pki/main.tf",
        6,
        "tls_private_key.this / algorithm",
        "config.terraform.tls_private_key",
        "keygen",
    ): ("ECDSA-P-256",),
    (
        "modules/pki/main.tf",
        12,
        "tls_self_signed_cert.this / private_key_pem",
        "config.terraform.tls_self_signed_cert",
        "sign",
    ): ("ECDSA-P-256-SHA-256",),
    ("pki.tf", 3, "tls_private_key.root_ca / algorithm", "config.terraform.tls_private_key", "keygen"): (
        "ECDSA-P-384",
    ),
    (
        "pki.tf",
        8,
        "tls_self_signed_cert.root_ca / private_key_pem",
        "config.terraform.tls_self_signed_cert",
        "sign",
    ): ("ECDSA-P-384-SHA-384",),
    ("pki.tf", 20, "tls_private_key.service / algorithm", "config.terraform.tls_private_key", "keygen"): (
        "RSA-3072",
    ),
    (
        "pki.tf",
        25,
        "tls_cert_request.service / private_key_pem",
        "config.terraform.tls_cert_request",
        "sign",
    ): ("RSA-PKCS1-1.5-SHA-256-3072",),
    (
        "pki.tf",
        35,
        "tls_locally_signed_cert.service / ca_private_key_pem",
        "config.terraform.tls_locally_signed_cert",
        "sign",
    ): ("ECDSA-P-384-SHA-384",),
    ("pki.tf", 43, "tls_private_key.bastion / algorithm", "config.terraform.tls_private_key", "keygen"): (
        "RSA-2048",
    ),
    ("pki.tf", 47, "tls_private_key.deploy / algorithm", "config.terraform.tls_private_key", "keygen"): (
        "Ed25519",
    ),
    (
        "pki.tf",
        51,
        "tls_private_key.iot_bootstrap / algorithm",
        "config.terraform.tls_private_key",
        "keygen",
    ): ("ECDSA-P-224",),
    (
        "pki.tf",
        56,
        "module.edge_pki / tls_private_key.this / algorithm",
        "config.terraform.tls_private_key",
        "keygen",
    ): ("RSA-4096",),
    (
        "pki.tf",
        56,
        "module.edge_pki / tls_self_signed_cert.this / private_key_pem",
        "config.terraform.tls_self_signed_cert",
        "sign",
    ): ("RSA-PKCS1-1.5-SHA-256-4096",),
}

ASSETS_TERRAFORM: set[AssetRow] = {
    (
        "lb.tf",
        None,
        "aws_lb_listener.partner_api / ssl_policy",
        "TLSv1 TLSv1.1 TLSv1.2",
        ELB_2016_08,
        (),
    ),
    (
        "lb.tf",
        5,
        "aws_lb_listener.https / ssl_policy",
        "TLSv1.2 TLSv1.3",
        ELB_TLS13_1_2_2021_06,
        (),
    ),
    (
        "lb.tf",
        30,
        "aws_lb_listener.internal / ssl_policy",
        "TLSv1.2 TLSv1.3",
        ("SecP256r1MLKEM768", "SecP384r1MLKEM1024", "X25519MLKEM768"),
        (),
    ),
}

EXPECTED_CLOUDFORMATION: dict[Key, tuple[str, ...]] = {
    (
        "platform-keys.yaml",
        None,
        "ApiCertificate / KeyAlgorithm",
        "config.cloudformation.certificate.keyalgorithm",
        "keygen",
    ): ("RSA-2048",),
    ("platform-keys.yaml", None, "DataKey / KeySpec", "config.cloudformation.kms-key.keyspec", "keygen"): (
        "AES-256-GCM",
    ),
    (
        "platform-keys.yaml",
        None,
        "LegacyListener / SslPolicy",
        "config.cloudformation.listener.sslpolicy",
        "reference",
    ): ELB_2016_08,
    (
        "platform-keys.yaml",
        38,
        "ReleaseSigningKey / KeySpec",
        "config.cloudformation.kms-key.keyspec",
        "keygen",
    ): ("ML-DSA-87",),
    (
        "platform-keys.yaml",
        44,
        "TokenSigningKey / KeySpec",
        "config.cloudformation.kms-key.keyspec",
        "keygen",
    ): ("ECDSA-P-384",),
    (
        "platform-keys.yaml",
        57,
        "WebCertificate / KeyAlgorithm",
        "config.cloudformation.certificate.keyalgorithm",
        "keygen",
    ): ("ECDSA-P-384",),
    (
        "platform-keys.yaml",
        71,
        "HttpsListener / SslPolicy",
        "config.cloudformation.listener.sslpolicy",
        "reference",
    ): ("SecP256r1MLKEM768", "SecP384r1MLKEM1024", "X25519MLKEM768"),
    (
        "signing-key.json",
        11,
        "DocumentSigningKey / KeySpec",
        "config.cloudformation.kms-key.keyspec",
        "keygen",
    ): ("RSA-3072",),
    (
        "signing-key.json",
        19,
        "PartnerListener / SslPolicy",
        "config.cloudformation.listener.sslpolicy",
        "reference",
    ): ELB_TLS13_1_2_2021_06,
}

ASSETS_CLOUDFORMATION: set[AssetRow] = {
    (
        "platform-keys.yaml",
        None,
        "LegacyListener / SslPolicy",
        "TLSv1 TLSv1.1 TLSv1.2",
        ELB_2016_08,
        (),
    ),
    (
        "platform-keys.yaml",
        71,
        "HttpsListener / SslPolicy",
        "TLSv1.3",
        ("SecP256r1MLKEM768", "SecP384r1MLKEM1024", "X25519MLKEM768"),
        (),
    ),
    (
        "signing-key.json",
        19,
        "PartnerListener / SslPolicy",
        "TLSv1.2 TLSv1.3",
        ELB_TLS13_1_2_2021_06,
        (),
    ),
}

EXPECTED_ANSIBLE: dict[Key, tuple[str, ...]] = {
    (
        "roles/pki/tasks/main.yml",
        5,
        "task 'Generate the PKI signing key' / type",
        "config.ansible.openssl_privatekey",
        "keygen",
    ): ("RSA-2048",),
    (
        "roles/pki/tasks/main.yml",
        11,
        "task 'Generate the OCSP responder key' / type",
        "config.ansible.openssl_privatekey",
        "keygen",
    ): ("Ed25519",),
    (
        "site.yml",
        10,
        "task 'Generate the service key' / type",
        "config.ansible.openssl_privatekey",
        "keygen",
    ): ("RSA-3072",),
    (
        "site.yml",
        16,
        "task 'Generate a self-signed certificate for the admin UI' / selfsigned_digest",
        "config.ansible.x509_certificate",
        "sign",
    ): ("RSA-PKCS1-1.5-SHA-256-3072",),
    (
        "site.yml",
        26,
        "task 'Generate the edge ECC key' / type",
        "config.ansible.openssl_privatekey",
        "keygen",
    ): ("ECDSA-P-384",),
    ("site.yml", 32, "task 'Edge CSR' / digest", "config.ansible.openssl_csr", "sign"): (
        "ECDSA-P-384-SHA-384",
    ),
    (
        "site.yml",
        36,
        "task 'Fall back to an Ed25519 key' / type",
        "config.ansible.openssl_privatekey",
        "keygen",
    ): ("Ed25519",),
    ("site.yml", 44, "task 'Host deploy key' / type", "config.ansible.openssh_keypair", "keygen"): (
        "ECDSA-P-521",
    ),
    ("site.yml", 47, "task 'Legacy automation key' / type", "config.ansible.openssh_keypair", "keygen"): (
        "RSA-4096",
    ),
}

ASSETS_ANSIBLE: set[AssetRow] = set()


CASES = {
    "kubernetes": (EXPECTED_KUBERNETES, ASSETS_KUBERNETES),
    "terraform": (EXPECTED_TERRAFORM, ASSETS_TERRAFORM),
    "cloudformation": (EXPECTED_CLOUDFORMATION, ASSETS_CLOUDFORMATION),
    "ansible": (EXPECTED_ANSIBLE, ASSETS_ANSIBLE),
}


def _endpoint(asset: ProtocolConfig) -> FileLocation:
    """The location naming the endpoint (a block), else the setting that describes it (an ELB policy)."""
    locations = [loc for loc in asset.locations if isinstance(loc, FileLocation)]
    return next((loc for loc in locations if " / " not in (loc.item or "")), locations[0])


@pytest.fixture(scope="module", params=sorted(CASES))
def corpus(request: pytest.FixtureRequest) -> tuple[str, Inventory]:
    return request.param, scan(CORPUS / request.param)


def test_findings_are_exact(corpus: tuple[str, Inventory]) -> None:
    name, inventory = corpus
    found: dict[Key, list[str]] = defaultdict(list)
    for finding in inventory.findings:
        location = finding.location
        assert isinstance(location, FileLocation)
        if location.path.endswith(IAC_SUFFIXES):
            key = (location.path, location.line, location.item, finding.rule_id, finding.function)
            found[key].append(finding.algorithm.name)
    assert {key: tuple(sorted(names)) for key, names in found.items()} == CASES[name][0]


def test_protocol_configs_are_exact(corpus: tuple[str, Inventory]) -> None:
    name, inventory = corpus
    rows = set()
    for asset in inventory.assets:
        if isinstance(asset, ProtocolConfig):
            where = _endpoint(asset)
            rows.add(
                (where.path, where.line, where.item, asset.version, tuple(sorted(asset.names)), asset.files)
            )
    assert rows == CASES[name][1]


def test_only_the_broken_file_fails(corpus: tuple[str, Inventory]) -> None:
    name, inventory = corpus
    failed = {(o.target, o.reason) for o in inventory.outcomes if o.status is Status.FAILED}
    expected = set()
    if name == "terraform":
        reason = "broken/main.tf: invalid HCL: Unexpected token Token('$END', '') at line 6, column 1."
        expected = {("broken/main.tf", reason)}
    assert failed == expected


def test_helm_template_sources_are_not_read() -> None:
    inventory = scan(CORPUS / "kubernetes")
    paths = {f.location.path for f in inventory.findings if isinstance(f.location, FileLocation)}
    assert "charts/shop/templates/certificate.yaml" not in paths
