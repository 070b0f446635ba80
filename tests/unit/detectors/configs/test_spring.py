"""Spring Boot: server.ssl and SSL bundles in properties and YAML (relaxed binding, list items, profiles,
multi-document files), key store and certificate files, the JDK default groups, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.config_tools import CONTEXT, assets, places, scanned, tree

from qready.detectors.base import Detection
from qready.detectors.configs import CONFIG_DETECTORS
from qready.detectors.configs.spring import (
    Entry,
    SpringTlsDetector,
    canonical,
    properties_entries,
    yaml_entries,
)
from qready.model import FileLocation

Row = tuple[str, int | None, str | None, str]
JDK_GROUPS = [
    "ECDH-P-256",
    "ECDH-P-384",
    "ECDH-P-521",
    "FFDH-ffdhe2048",
    "FFDH-ffdhe3072",
    "FFDH-ffdhe4096",
    "FFDH-ffdhe6144",
    "FFDH-ffdhe8192",
    "X25519",
    "X448",
]
GROUPS_RULE = "config.spring.jdk.tls.namedgroups"
CIPHERS_RULE = "config.spring.server.ssl.ciphers"


def detect(root: Path, rel: str) -> Detection:
    return SpringTlsDetector().detect(scanned(root, rel), CONTEXT)


def test_registered() -> None:
    assert SpringTlsDetector in CONFIG_DETECTORS
    assert SpringTlsDetector.name == "config-spring"


def test_relaxed_binding() -> None:
    assert canonical("server.ssl.key-store") == canonical("server.ssl.keyStore") == "server.ssl.keystore"
    assert canonical("SERVER_SSL_ENABLED_PROTOCOLS") == "serversslenabledprotocols"
    assert canonical("server.ssl.ciphers[2]") == "server.ssl.ciphers"


def test_properties_documents_and_profiles() -> None:
    text = "server.ssl.enabled=true\n#---\nspring.config.activate.on-profile=prod\nserver.ssl.ciphers=X\n"
    assert properties_entries(text) == [
        Entry("server.ssl.enabled", "server.ssl.enabled", "true", 1, None),
        Entry("spring.config.activate.on-profile", "spring.config.activate.onprofile", "prod", 3, "prod"),
        Entry("server.ssl.ciphers", "server.ssl.ciphers", "X", 4, "prod"),
    ]


def test_yaml_lines_lists_and_documents() -> None:
    text = "server:\n  ssl:\n    ciphers:\n      - A\n      - B\n"
    text += "---\nspring.profiles: dev\nserver.ssl.key-alias: x\n"
    assert yaml_entries(text) == [
        Entry("server.ssl.ciphers", "server.ssl.ciphers", "A,B", 3, None),
        Entry("spring.profiles", "spring.profiles", "dev", 7, "dev"),
        Entry("server.ssl.key-alias", "server.ssl.keyalias", "x", 8, "dev"),
    ]


PROPS = """\
server.ssl.keyStore=classpath:tls/server.p12
server.ssl.key-store-type=PKCS12
server.ssl.enabled_protocols=TLSv1.3
server.ssl.ciphers[0]=TLS_AES_256_GCM_SHA384
server.ssl.ciphers[1]=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
server.ssl.trust-store=file:/etc/app/trust.p12
spring.ssl.bundle.jks.client.keystore.location=classpath:tls/client.p12
spring.ssl.bundle.jks.client.options.ciphers=HIGH:!aNULL:!kRSA:!PSK:!SRP:!MD5:!RC4:!SHA1:!SHA256:!SHA384:!CAMELLIA:!ARIA:!AESCCM
management.server.ssl.enabled=false
management.server.ssl.key-store=classpath:tls/server.p12
"""


def test_properties_server_ssl_and_bundle(tmp_path: Path) -> None:
    rel = "app/src/main/resources/application.properties"
    tree(
        tmp_path,
        {
            rel: PROPS,
            "app/src/main/resources/tls/server.p12": "k",
            "app/src/main/resources/tls/client.p12": "k",
        },
    )
    tree(tmp_path, {"etc/app/trust.p12": "k"})
    detection = detect(tmp_path, rel)
    assert places(detection) == {
        (rel, 4, "server.ssl.ciphers[0]", CIPHERS_RULE): ["AES-128-GCM", "AES-256-GCM", "ECDH", "RSA"],
        (rel, None, "server.ssl / jdk.tls.namedGroups", GROUPS_RULE): JDK_GROUPS,
        (rel, 8, "spring.ssl.bundle.jks.client.options.ciphers", "config.spring.ssl.bundle.ciphers"): [
            "AES-128-GCM",
            "AES-256-GCM",
            "ChaCha20-Poly1305",
            "DSA",
            "ECDH",
            "ECDSA",
            "FFDH",
            "RSA",
        ],
        (rel, None, "spring.ssl.bundle.jks.client / jdk.tls.namedGroups", GROUPS_RULE): JDK_GROUPS,
    }
    server, client = assets(detection)
    assert (server.version, server.files) == (
        "TLSv1.3",
        ("app/src/main/resources/tls/server.p12", "etc/app/trust.p12"),
    )
    assert FileLocation(rel, 1, "server.ssl") in server.locations
    assert (client.version, client.files) == (None, ("app/src/main/resources/tls/client.p12",))
    assert detection.problems == []


def test_ssl_disabled_or_without_key_store_is_no_endpoint(tmp_path: Path) -> None:
    tree(
        tmp_path,
        {
            "a/application.yml": (
                "server:\n  ssl:\n    enabled: false\n    key-store: ks.p12\n"
                "    ciphers: TLS_AES_128_GCM_SHA256\n"
            ),
            "b/application.yml": "server:\n  ssl:\n    key-alias: app\n",
        },
    )
    assert detect(tmp_path, "a/application.yml").findings == []
    assert detect(tmp_path, "b/application.yml").assets == []


def test_profile_extends_the_base_document(tmp_path: Path) -> None:
    text = (
        "server:\n  ssl:\n    certificate: classpath:cert.pem\n"
        "    certificate-private-key: classpath:key.pem\n"
        "---\nspring:\n  config:\n    activate:\n      on-profile: old\n"
        "server:\n  ssl:\n    ciphers: TLS_RSA_WITH_AES_128_CBC_SHA\n"
    )
    tree(tmp_path, {"r/application-prod.yaml": text, "r/cert.pem": "c", "r/key.pem": "k"})
    detection = detect(tmp_path, "r/application-prod.yaml")
    rel = "r/application-prod.yaml"
    assert places(detection) == {
        (rel, None, "server.ssl / jdk.tls.namedGroups", GROUPS_RULE): JDK_GROUPS,
        (rel, None, "profile old / server.ssl / jdk.tls.namedGroups", GROUPS_RULE): JDK_GROUPS,
        (rel, 12, "profile old / server.ssl.ciphers", CIPHERS_RULE): [
            "AES-128-CBC",
            "HMAC-SHA-1",
            "RSA-PKCS1-1.5",
        ],
    }
    base, old = assets(detection)
    assert base.files == old.files == ("r/cert.pem", "r/key.pem")


def test_invalid_yaml_is_a_problem(tmp_path: Path) -> None:
    tree(tmp_path, {"application.yml": "server:\n  ssl: [unclosed\n"})
    detection = detect(tmp_path, "application.yml")
    assert (detection.findings, detection.assets) == ([], [])
    assert len(detection.problems) == 1
    assert detection.problems[0].startswith("application.yml: invalid YAML (")


@pytest.mark.parametrize(
    ("rel", "content", "wanted"),
    [
        ("src/main/resources/application.yml", "server:\n  ssl:\n    enabled: true\n", True),
        ("config/application-prod.properties", "server.ssl.key-store=x\n", True),
        ("bootstrap.yaml", "server.ssl.enabled: true\n", True),
        ("src/main/resources/application.yml", "server:\n  port: 8080\n", False),
        ("config/app.yml", "server:\n  ssl:\n    enabled: true\n", False),
        ("application.json", '{"server.ssl.enabled": true}\n', False),
    ],
)
def test_wants(tmp_path: Path, rel: str, content: str, wanted: bool) -> None:
    tree(tmp_path, {rel: content})
    assert SpringTlsDetector().wants(scanned(tmp_path, rel)) is wanted


def test_alias_fan_out_is_bounded(tmp_path: Path) -> None:
    levels = ["a0: &a0 {x: {}, y: {}}"]
    levels += [f"a{n}: &a{n} {{x: *a{n - 1}, y: *a{n - 1}}}" for n in range(1, 40)]
    text = (
        "\n".join(levels) + "\nserver:\n  ssl:\n    key-store: ks.p12\n    ciphers: TLS_AES_128_GCM_SHA256\n"
    )
    tree(tmp_path, {"application.yml": text})
    detection = detect(tmp_path, "application.yml")  # 2^40 visits if unbounded
    assert (detection.findings, detection.assets) == ([], [])
    assert detection.problems == ["application.yml: YAML aliases expand past 200000 nodes; not read"]
