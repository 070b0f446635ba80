"""Java: the .properties parser, java.security disabledAlgorithms (what they leave allowed), the default
jdk.tls.namedGroups by JDK release, JSSE system properties in .properties files and -D options."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.config_tools import CONTEXT, places, scanned, tree

from qready.detectors.base import Detection
from qready.detectors.configs import CONFIG_DETECTORS
from qready.detectors.configs.java_security import (
    FAMILIES,
    Disabled,
    JavaSecurityDetector,
    allowed,
    default_groups,
    disabled_entries,
    jdk_release,
    option_properties,
)
from qready.detectors.configs.properties import Property, parse_properties
from qready.model import ProtocolConfig

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


def detect(root: Path, rel: str) -> Detection:
    return JavaSecurityDetector().detect(scanned(root, rel), CONTEXT)


def only_asset(detection: Detection) -> ProtocolConfig:
    [asset] = detection.assets
    assert isinstance(asset, ProtocolConfig)
    return asset


def test_registered() -> None:
    assert JavaSecurityDetector in CONFIG_DETECTORS
    assert JavaSecurityDetector.name == "config-java-security"


def test_properties_syntax() -> None:
    text = (
        "# comment\n! also a comment\n"
        "a=1\n"
        "b : two words\n"
        "c three\n"
        "   d=first, \\\n        second, \\\n   third\n"
        "e\\:key=x\\ty\\u0041\n"
        "f=ends with backslash \\\\\n"
        "g=\n"
        "\n"
        "h = \\\n# not a comment: continued\n"
    )
    assert parse_properties(text) == [
        Property("a", "1", 3),
        Property("b", "two words", 4),
        Property("c", "three", 5),
        Property("d", "first, second, third", 6),
        Property("e:key", "x\tyA", 9),
        Property("f", "ends with backslash \\", 10),
        Property("g", "", 11),
        Property("h", "# not a comment: continued", 13),
    ]


def test_disabled_entries_and_allowed_families() -> None:
    properties = {"curves": Property("curves", "secp112r1, brainpoolP256r1", 1)}
    entries = disabled_entries(
        "MD5, RSA keySize < 2048, DSA, EC keySize < 256 & usage TLSServer, include curves", properties
    )
    assert entries == [
        Disabled("md5", ""),
        Disabled("rsa", "keySize < 2048"),
        Disabled("dsa", ""),
        Disabled("ec", "keySize < 256 & usage TLSServer"),
        Disabled("secp112r1", ""),
        Disabled("brainpoolp256r1", ""),
    ]
    assert allowed(entries, FAMILIES) == [
        ("RSA", "rsa keySize < 2048"),
        ("RSA-PSS", ""),
        ("ECDSA", "ec keySize < 256 & usage TLSServer"),
        ("EdDSA", ""),
    ]
    both = [Disabled("ed25519", ""), Disabled("ed448", ""), Disabled("rsassa-pss", "")]
    assert [name for name, _ in allowed(both, FAMILIES)] == ["RSA", "ECDSA", "DSA"]


@pytest.mark.parametrize(
    ("rel", "release"),
    [
        ("usr/lib/jvm/java-21-openjdk-amd64/conf/security/java.security", 21),
        ("opt/jdk-24.0.1/conf/security/java.security", 24),
        ("opt/jdk1.8.0_392/jre/lib/security/java.security", 8),
        ("usr/lib/jvm/temurin-17-jdk/conf/security/java.security", 17),
        ("etc/java/security/java.security", None),
    ],
)
def test_jdk_release(rel: str, release: int | None) -> None:
    assert jdk_release(rel) == release


def test_default_groups_by_release() -> None:
    assert default_groups(None)[1] == "JDK SunJSSE default before JDK 27"
    assert default_groups(26)[0].startswith("x25519, secp256r1")
    assert default_groups(27) == (
        "X25519MLKEM768, x25519, secp256r1, secp384r1, secp521r1, x448, ffdhe2048, ffdhe3072, ffdhe4096, "
        "ffdhe6144, ffdhe8192",
        "JDK 27 SunJSSE default (JEP 527)",
    )


SECURITY = """\
jdk.certpath.disabledAlgorithms=MD2, MD5, SHA1 jdkCA & usage TLSServer, \\
    RSA keySize < 1024, DSA, EC keySize < 224, include jdk.disabled.namedCurves
jdk.jar.disabledAlgorithms=MD2, MD5, RSA keySize < 1024, ML-DSA
jdk.tls.disabledAlgorithms=SSLv3, TLSv1, RC4, DH keySize < 1024, XDH, ECDH, EdDSA
jdk.disabled.namedCurves = secp256k1
jdk.tls.keyLimits=AES/GCM/NoPadding KeyUpdate 2^37, ChaCha20-Poly1305 KeyUpdate 2^37
securerandom.drbg.config=HMAC_DRBG,SHA-512,256,pr_and_reseed
"""


def test_java_security_jdk24(tmp_path: Path) -> None:
    rel = "opt/jdk-24/conf/security/java.security"
    tree(tmp_path, {rel: SECURITY})
    detection = detect(tmp_path, rel)
    assert places(detection) == {
        (rel, None, "jdk.tls.namedGroups", "config.java.jdk.tls.namedgroups"): [
            "ECDH-P-256",
            "ECDH-P-384",
            "ECDH-P-521",
            "FFDH-ffdhe2048",
            "FFDH-ffdhe3072",
            "FFDH-ffdhe4096",
            "FFDH-ffdhe6144",
            "FFDH-ffdhe8192",
        ],
        (rel, 1, "jdk.certpath.disabledAlgorithms", "config.java.jdk.certpath.disabledalgorithms"): [
            "ECDSA",
            "EdDSA",
            "ML-DSA-44",
            "ML-DSA-65",
            "ML-DSA-87",
            "RSA",
            "RSA-PSS",
        ],
        (rel, 3, "jdk.jar.disabledAlgorithms", "config.java.jdk.jar.disabledalgorithms"): [
            "DSA",
            "ECDSA",
            "EdDSA",
            "RSA",
            "RSA-PSS",
        ],
        (rel, 4, "jdk.tls.disabledAlgorithms", "config.java.jdk.tls.disabledalgorithms"): [
            "DSA",
            "ECDSA",
            "RSA",
            "RSA-PSS",
        ],
        (rel, 6, "jdk.tls.keyLimits", "config.java.jdk.tls.keylimits"): ["AES-GCM", "ChaCha20-Poly1305"],
        (rel, 7, "securerandom.drbg.config", "config.java.securerandom.drbg.config"): ["HMAC-SHA-512"],
    }
    groups = next(f for f in detection.findings if f.rule_id == "config.java.jdk.tls.namedgroups")
    assert groups.evidence.endswith("(JDK SunJSSE default before JDK 27)")
    asset = only_asset(detection)
    assert asset.protocol == "tls"
    assert set(asset.names) == {
        "ECDH-P-256",
        "ECDH-P-384",
        "ECDH-P-521",
        "DSA",
        "ECDSA",
        "RSA",
        "RSA-PSS",
    } | {f"FFDH-ffdhe{n}" for n in (2048, 3072, 4096, 6144, 8192)}


def test_java_security_unknown_release_reports_no_ml_dsa(tmp_path: Path) -> None:
    tree(tmp_path, {"java.security": "jdk.certpath.disabledAlgorithms=MD5, RSA, EC, DSA\n"})
    detection = detect(tmp_path, "java.security")
    assert places(detection) == {
        ("java.security", None, "jdk.tls.namedGroups", "config.java.jdk.tls.namedgroups"): JDK_GROUPS,
        (
            "java.security",
            1,
            "jdk.certpath.disabledAlgorithms",
            "config.java.jdk.certpath.disabledalgorithms",
        ): [
            "EdDSA",
            "RSA-PSS",
        ],
    }


def test_jdk27_default_is_hybrid_first(tmp_path: Path) -> None:
    rel = "jdk-27/conf/security/java.security"
    tree(tmp_path, {rel: "jdk.tls.disabledAlgorithms=SSLv3, DHE, EC\n"})
    detection = detect(tmp_path, rel)
    assert places(detection)[(rel, None, "jdk.tls.namedGroups", "config.java.jdk.tls.namedgroups")] == [
        "X25519",
        "X25519MLKEM768",
        "X448",
    ]


def test_system_properties_file(tmp_path: Path) -> None:
    text = (
        "jdk.tls.namedGroups=secp256r1, secp384r1\n"
        "jdk.tls.server.cipherSuites=TLS_AES_128_GCM_SHA256,\\\n  TLS_DHE_RSA_WITH_AES_256_GCM_SHA384\n"
        "jdk.tls.server.SignatureSchemes=ed25519,rsa_pss_rsae_sha256\n"
        "jdk.tls.server.protocols=TLSv1.3\n"
        "javax.net.ssl.keyStore=server.p12\n"
        "jdk.tls.namedGroups=x25519\n"
    )
    tree(tmp_path, {"conf/jsse.properties": text, "conf/server.p12": "k"})
    detection = detect(tmp_path, "conf/jsse.properties")
    rel = "conf/jsse.properties"
    assert places(detection) == {
        (rel, 7, "jdk.tls.namedGroups", "config.java.jdk.tls.namedgroups"): ["X25519"],
        (rel, 2, "jdk.tls.server.cipherSuites", "config.java.jdk.tls.server.ciphersuites"): [
            "AES-128-GCM",
            "AES-256-GCM",
            "FFDH",
            "RSA",
        ],
        (rel, 4, "jdk.tls.server.SignatureSchemes", "config.java.jdk.tls.server.signatureschemes"): [
            "Ed25519",
            "RSA-PSS-SHA-256",
        ],
    }
    asset = only_asset(detection)
    assert (asset.version, asset.files) == ("jdk.tls.server.protocols=TLSv1.3", ("conf/server.p12",))


def test_option_properties() -> None:
    text = (
        'ENV JAVA_TOOL_OPTIONS="-Xmx1g -Djdk.tls.namedGroups=x25519,secp256r1 -Dhttps.protocols=TLSv1.3"\n'
        "exec java -Djdk.tls.client.cipherSuites='TLS_AES_256_GCM_SHA384' -Dfoo=bar -jar app.jar\n"
        '  value: "-Djdk.tls.namedGroups=\\"X25519MLKEM768, x25519\\""\n'
    )
    assert option_properties(text) == [
        Property("jdk.tls.namedGroups", "x25519,secp256r1", 1),
        Property("https.protocols", "TLSv1.3", 1),
        Property("jdk.tls.client.cipherSuites", "TLS_AES_256_GCM_SHA384", 2),
        Property("jdk.tls.namedGroups", "X25519MLKEM768, x25519", 3),
    ]


def test_outside_key_store_is_a_problem(tmp_path: Path) -> None:
    tree(tmp_path / "t", {"bin/setenv.sh": "JAVA_OPTS=-Djavax.net.ssl.keyStore=../../ks.p12\n"})
    (tmp_path / "ks.p12").write_text("k")
    detection = detect(tmp_path / "t", "bin/setenv.sh")
    assert (detection.findings, detection.assets) == ([], [])
    assert detection.problems == ["bin/setenv.sh: ../../ks.p12: outside the scanned tree, not read"]


@pytest.mark.parametrize(
    ("rel", "content", "wanted"),
    [
        ("conf/security/java.security", "jdk.tls.disabledAlgorithms=SSLv3\n", True),
        ("conf/security/custom.security", "jdk.certpath.disabledAlgorithms=MD5\n", True),
        ("conf/jsse.properties", "jdk.tls.namedGroups=x25519\n", True),
        ("conf/app.properties", "db.url=jdbc:postgresql://db\n", False),
        ("src/main/resources/application.properties", "jdk.tls.namedGroups=x25519\n", False),
        ("bin/setenv.sh", 'JAVA_OPTS="-Djdk.tls.namedGroups=x25519"\n', True),
        ("Dockerfile", "ENV JAVA_TOOL_OPTIONS=-Dhttps.protocols=TLSv1.3\n", True),
        ("config/jvm.options", "-Djdk.tls.client.protocols=TLSv1.3\n", True),
        ("bin/run.sh", "exec java -jar app.jar\n", False),
        ("src/Main.java", 'System.setProperty("jdk.tls.namedGroups", "x25519"); // -Djdk.tls.x=y\n', False),
    ],
)
def test_wants(tmp_path: Path, rel: str, content: str, wanted: bool) -> None:
    tree(tmp_path, {rel: content})
    assert JavaSecurityDetector().wants(scanned(tmp_path, rel)) is wanted
