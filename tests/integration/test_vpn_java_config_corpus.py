"""The strongSwan, WireGuard/OpenVPN, Java and Spring Boot corpora (tests/corpus/config/{strongswan,vpn,java,
spring}): every configuration finding and ProtocolConfig asset, exact.

Lines with `None` are documented defaults: strongSwan's default proposal (swanctl.conf without proposals, an
ipsec.conf ike=/esp= without `!`), OpenVPN 2.6's data-ciphers and the TLS library's groups, SunJSSE's
jdk.tls.namedGroups (before JDK 27 classical only; X25519MLKEM768 first from JDK 27).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from qready.engine import scan
from qready.model import FileLocation, Inventory, ProtocolConfig

CORPUS = Path(__file__).parents[1] / "corpus" / "config"

# strongSwan 6.0's `default` IKE proposal (strongswan_defaults.toml), as catalog algorithms
DEFAULT_IKE = (
    "3DES-168-CBC",
    "AES-128-CBC",
    "AES-128-CCM",
    "AES-128-CTR",
    "AES-128-GCM",
    "AES-192-CBC",
    "AES-192-CCM",
    "AES-192-CTR",
    "AES-192-GCM",
    "AES-256-CBC",
    "AES-256-CCM",
    "AES-256-CTR",
    "AES-256-GCM",
    "CMAC",
    "Camellia-128",
    "Camellia-128-CBC",
    "Camellia-192",
    "Camellia-192-CBC",
    "Camellia-256",
    "Camellia-256-CBC",
    "ChaCha20-Poly1305",
    "ECDH-P-256",
    "ECDH-P-384",
    "ECDH-P-521",
    "ECDH-brainpoolP256r1",
    "ECDH-brainpoolP384r1",
    "ECDH-brainpoolP512r1",
    "FFDH-modp2048",
    "FFDH-modp3072",
    "FFDH-modp4096",
    "FFDH-modp6144",
    "FFDH-modp8192",
    "HMAC-SHA-1",
    "HMAC-SHA-256",
    "HMAC-SHA-384",
    "HMAC-SHA-512",
    "X25519",
    "X448",
)
DEFAULT_ESP = (
    "AES-128-CBC",
    "AES-128-GCM",
    "AES-192-CBC",
    "AES-192-GCM",
    "AES-256-CBC",
    "AES-256-GCM",
    "HMAC-SHA-1",
    "HMAC-SHA-256",
    "HMAC-SHA-384",
    "HMAC-SHA-512",
)
# SunJSSE's default jdk.tls.namedGroups before JDK 27
JDK_GROUPS = (
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
)
OPENSSL_GROUPS = (
    "ECDH-P-256",
    "ECDH-P-384",
    "ECDH-P-521",
    "FFDH-ffdhe2048",
    "FFDH-ffdhe3072",
    "X25519",
    "X25519MLKEM768",
    "X448",
)
SIGNATURES = ("DSA", "ECDSA", "EdDSA", "RSA", "RSA-PSS")


def union(*groups: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted({name for group in groups for name in group}))


Key = tuple[str, int | None, str | None, str]

STRONGSWAN: dict[Key, tuple[str, ...]] = {
    ("etc/ipsec.conf", None, "conn legacy-partner / esp", "config.strongswan.esp"): DEFAULT_ESP,
    ("etc/ipsec.conf", None, "conn legacy-partner / ike", "config.strongswan.ike"): DEFAULT_IKE,
    ("etc/ipsec.conf", None, "conn roadwarrior / esp", "config.strongswan.esp"): DEFAULT_ESP,
    ("etc/ipsec.conf", None, "conn roadwarrior / ike", "config.strongswan.ike"): DEFAULT_IKE,
    ("etc/ipsec.conf", 24, "conn site-to-site / ike", "config.strongswan.ike"): (
        "AES-256-GCM",
        "ECDH-P-384",
        "HMAC-SHA-384",
        "ML-KEM-768",
    ),
    ("etc/ipsec.conf", 25, "conn site-to-site / esp", "config.strongswan.esp"): ("AES-256-GCM", "ECDH-P-384"),
    ("etc/ipsec.conf", 38, "conn legacy-partner / ike", "config.strongswan.ike"): (
        "3DES-168-CBC",
        "AES-256-CBC",
        "FFDH-modp1024",
        "FFDH-modp2048",
        "HMAC-SHA-1",
        "HMAC-SHA-256",
    ),
    ("etc/ipsec.conf", 39, "conn legacy-partner / esp", "config.strongswan.esp"): (
        "AES-128-CBC",
        "HMAC-SHA-1",
    ),
    ("etc/ipsec.d/backup-dc.conf", 6, "conn backup-dc / ike", "config.strongswan.ike"): (
        "AES-128-GCM",
        "HMAC-SHA-256",
        "X25519",
    ),
    ("etc/ipsec.d/backup-dc.conf", 7, "conn backup-dc / esp", "config.strongswan.esp"): ("AES-128-GCM",),
    (
        "etc/swanctl/conf.d/legacy.conf",
        None,
        "legacy / proposals",
        "config.strongswan.proposals",
    ): DEFAULT_IKE,
    (
        "etc/swanctl/conf.d/legacy.conf",
        14,
        "legacy / legacy-net / esp_proposals",
        "config.strongswan.esp_proposals",
    ): ("AES-128-CBC", "FFDH-modp2048", "HMAC-SHA-1"),
    ("etc/swanctl/swanctl.conf", None, "rw-pq / dmz / esp_proposals", "config.strongswan.esp_proposals"): (
        DEFAULT_ESP
    ),
    ("etc/swanctl/swanctl.conf", 10, "rw-pq / proposals", "config.strongswan.proposals"): (
        "AES-256-CBC",
        "AES-256-GCM",
        "ECDH-P-384",
        "HMAC-SHA-384",
        "ML-KEM-768",
        "X25519",
    ),
    ("etc/swanctl/swanctl.conf", 24, "rw-pq / net / esp_proposals", "config.strongswan.esp_proposals"): (
        "AES-256-GCM",
        "ML-KEM-768",
        "X25519",
    ),
}
AssetKey = tuple[str, str | None, str, int]
STRONGSWAN_ASSETS: dict[AssetKey, tuple[tuple[str, ...], tuple[str, ...]]] = {
    ("ike", "IKEv2", "etc/ipsec.conf", 18): (
        ("AES-256-GCM", "ECDH-P-384", "HMAC-SHA-384", "ML-KEM-768"),
        ("etc/ipsec.d/certs/gw-moon.crt",),
    ),
    ("ike", "IKEv1", "etc/ipsec.conf", 34): (
        union(DEFAULT_IKE, ("FFDH-modp1024",)),
        ("etc/ipsec.d/certs/gw-moon.crt",),
    ),
    ("ike", "IKEv2", "etc/ipsec.conf", 42): (
        union(DEFAULT_IKE, DEFAULT_ESP),
        ("etc/ipsec.d/certs/gw-moon.crt",),
    ),
    ("ike", "IKEv2", "etc/ipsec.d/backup-dc.conf", 2): (
        ("AES-128-GCM", "HMAC-SHA-256", "X25519"),
        ("etc/ipsec.d/certs/backup.crt",),
    ),
    ("ike", "IKEv2", "etc/swanctl/swanctl.conf", 5): (
        union(DEFAULT_ESP, ("ECDH-P-384", "ML-KEM-768", "X25519")),
        ("etc/swanctl/x509/moonCert.pem", "etc/swanctl/x509ca/strongswanCert.pem"),
    ),
    ("ike", "IKEv1/IKEv2", "etc/swanctl/conf.d/legacy.conf", 3): (DEFAULT_IKE, ()),
}

VPN: dict[Key, tuple[str, ...]] = {
    ("etc/openvpn/server/server.conf", 9, "dh", "config.openvpn.dh"): ("FFDH-2048",),
    ("etc/openvpn/server/server.conf", 10, "tls-crypt", "config.openvpn.tls-crypt"): (
        "AES-256-CTR",
        "HMAC-SHA-256",
    ),
    ("etc/openvpn/server/server.conf", 17, "data-ciphers", "config.openvpn.data-ciphers"): (
        "AES-128-GCM",
        "AES-256-GCM",
        "ChaCha20-Poly1305",
    ),
    ("etc/openvpn/server/server.conf", 18, "data-ciphers-fallback", "config.openvpn.data-ciphers-fallback"): (
        "AES-256-CBC",
    ),
    ("etc/openvpn/server/server.conf", 19, "auth", "config.openvpn.auth"): ("HMAC-SHA-256",),
    ("etc/openvpn/server/server.conf", 21, "tls-groups", "config.openvpn.tls-groups"): (
        "ECDH-P-384",
        "X25519",
    ),
    ("etc/openvpn/server/server.conf", 22, "tls-cipher", "config.openvpn.tls-cipher"): (
        "AES-256-GCM",
        "ECDH",
        "ECDSA",
        "RSA",
    ),
    ("etc/wireguard/wg0.conf", 2, "[Interface]", "config.wireguard.interface"): (
        "BLAKE2s-256",
        "ChaCha20-Poly1305",
        "X25519",
    ),
    ("etc/wireguard/wg0.conf", 5, "[Interface] / PrivateKey", "config.wireguard.privatekey"): ("X25519",),
    ("etc/wireguard/wg0.conf", 11, "[Peer] 1 / PublicKey", "config.wireguard.publickey"): ("X25519",),
    ("etc/wireguard/wg0.conf", 17, "[Peer] 2 / PublicKey", "config.wireguard.publickey"): ("X25519",),
    ("home/alice/vpn/office.ovpn", None, "data-ciphers", "config.openvpn.data-ciphers"): (
        "AES-128-GCM",
        "AES-256-GCM",
        "ChaCha20-Poly1305",
    ),
    ("home/alice/vpn/office.ovpn", None, "tls-groups", "config.openvpn.tls-groups"): OPENSSL_GROUPS,
    ("home/alice/vpn/office.ovpn", 11, "cipher", "config.openvpn.cipher"): ("AES-256-CBC",),
    ("home/alice/vpn/office.ovpn", 12, "auth", "config.openvpn.auth"): ("HMAC-SHA-1",),
    ("home/alice/vpn/office.ovpn", 59, "tls-crypt", "config.openvpn.tls-crypt"): (
        "AES-256-CTR",
        "HMAC-SHA-256",
    ),
}
OVPN_SERVER_FILES = tuple(
    f"etc/openvpn/server/{name}" for name in ("ca.crt", "server.crt", "server.key", "dh2048.pem", "ta.key")
)
VPN_ASSETS: dict[AssetKey, tuple[tuple[str, ...], tuple[str, ...]]] = {
    ("openvpn", "tls-version-min 1.2", "etc/openvpn/server/server.conf", 9): (
        (
            "AES-128-GCM",
            "AES-256-CBC",
            "AES-256-CTR",
            "AES-256-GCM",
            "ChaCha20-Poly1305",
            "ECDH",
            "ECDH-P-384",
            "ECDSA",
            "FFDH-2048",
            "HMAC-SHA-256",
            "RSA",
            "X25519",
        ),
        OVPN_SERVER_FILES,
    ),
    ("openvpn", None, "home/alice/vpn/office.ovpn", 11): (
        union(
            OPENSSL_GROUPS,
            ("AES-128-GCM", "AES-256-CBC", "AES-256-CTR", "AES-256-GCM", "ChaCha20-Poly1305"),
            ("HMAC-SHA-1", "HMAC-SHA-256"),
        ),
        ("home/alice/vpn/office.ovpn",),
    ),
    (
        "wireguard",
        "Noise_IKpsk2_25519_ChaChaPoly_BLAKE2s; PresharedKey on 1 of 2 peers",
        "etc/wireguard/wg0.conf",
        2,
    ): (("BLAKE2s-256", "ChaCha20-Poly1305", "X25519"), ()),
}
JDK21 = "usr/lib/jvm/java-21-openjdk-amd64/conf/security/java.security"
JDK27 = "opt/jdk-27/conf/security/java.security"
JAVA: dict[Key, tuple[str, ...]] = {
    (JDK27, None, "jdk.tls.namedGroups", "config.java.jdk.tls.namedgroups"): (
        "ECDH-P-256",
        "ECDH-P-384",
        "ECDH-P-521",
        "X25519",
        "X25519MLKEM768",
        "X448",
    ),
    (JDK27, 9, "jdk.certpath.disabledAlgorithms", "config.java.jdk.certpath.disabledalgorithms"): (
        "ECDSA",
        "EdDSA",
        "ML-DSA-44",
        "ML-DSA-65",
        "ML-DSA-87",
        "RSA",
        "RSA-PSS",
    ),
    (JDK27, 12, "jdk.tls.disabledAlgorithms", "config.java.jdk.tls.disabledalgorithms"): SIGNATURES,
    (
        "opt/legacy-batch/conf/system.properties",
        4,
        "jdk.tls.client.cipherSuites",
        "config.java.jdk.tls.client.ciphersuites",
    ): (
        "AES-128-CBC",
        "AES-128-GCM",
        "ECDH",
        "HMAC-SHA-1",
        "RSA",
        "RSA-PKCS1-1.5",
    ),
    (
        "opt/legacy-batch/conf/system.properties",
        6,
        "jdk.tls.client.SignatureSchemes",
        "config.java.jdk.tls.client.signatureschemes",
    ): ("ECDSA-P-256-SHA-256", "RSA-PKCS1-1.5-SHA-256"),
    ("opt/payments/bin/setenv.sh", 4, "jdk.tls.namedGroups", "config.java.jdk.tls.namedgroups"): (
        "ECDH-P-256",
        "X25519",
        "X25519MLKEM768",
    ),
    ("opt/payments/bin/setenv.sh", 6, "https.cipherSuites", "config.java.https.ciphersuites"): (
        "AES-256-GCM",
        "ECDH",
        "ECDSA",
    ),
    ("srv/gateway/Dockerfile", 5, "jdk.tls.namedGroups", "config.java.jdk.tls.namedgroups"): ("ECDH-P-384",),
    (JDK21, None, "jdk.tls.namedGroups", "config.java.jdk.tls.namedgroups"): JDK_GROUPS,
    (JDK21, 36, "securerandom.drbg.config", "config.java.securerandom.drbg.config"): ("SHA-256",),
    (JDK21, 51, "jdk.certpath.disabledAlgorithms", "config.java.jdk.certpath.disabledalgorithms"): SIGNATURES,
    (JDK21, 66, "jdk.jar.disabledAlgorithms", "config.java.jdk.jar.disabledalgorithms"): SIGNATURES,
    (JDK21, 74, "jdk.tls.disabledAlgorithms", "config.java.jdk.tls.disabledalgorithms"): SIGNATURES,
    (JDK21, 87, "jdk.tls.keyLimits", "config.java.jdk.tls.keylimits"): ("AES-GCM", "ChaCha20-Poly1305"),
}
# (path, line, algorithm) -> the constraint a disabledAlgorithms entry puts on a family it leaves allowed
JAVA_CONSTRAINTS = {
    (JDK21, 51, "RSA"): "rsa keySize < 1024",
    (JDK21, 51, "DSA"): "dsa keySize < 1024",
    (JDK21, 51, "ECDSA"): "ec keySize < 224",
    (JDK21, 66, "RSA"): "rsa keySize < 1024",
    (JDK21, 66, "DSA"): "dsa keySize < 1024",
    (JDK21, 74, "ECDSA"): "ec keySize < 224",
    (JDK27, 9, "RSA"): "rsa keySize < 2048",
    (JDK27, 9, "ECDSA"): "ec keySize < 256",
}
JAVA_ASSETS: dict[AssetKey, tuple[tuple[str, ...], tuple[str, ...]]] = {
    ("tls", None, JDK21, 74): (union(JDK_GROUPS, SIGNATURES), ()),
    ("tls", None, JDK27, 12): (
        union(SIGNATURES, ("ECDH-P-256", "ECDH-P-384", "ECDH-P-521", "X25519", "X25519MLKEM768", "X448")),
        (),
    ),
    (
        "tls",
        "https.protocols=TLSv1.3,TLSv1.2; jdk.tls.client.protocols=TLSv1.3",
        "opt/payments/bin/setenv.sh",
        4,
    ): (
        ("AES-256-GCM", "ECDH", "ECDH-P-256", "ECDSA", "X25519", "X25519MLKEM768"),
        ("opt/payments/conf/truststore.p12",),
    ),
    ("tls", "https.protocols=TLSv1.2", "opt/legacy-batch/conf/system.properties", 4): (
        (
            "AES-128-CBC",
            "AES-128-GCM",
            "ECDH",
            "ECDSA-P-256-SHA-256",
            "HMAC-SHA-1",
            "RSA",
            "RSA-PKCS1-1.5",
            "RSA-PKCS1-1.5-SHA-256",
        ),
        (),
    ),
    ("tls", "jdk.tls.server.protocols=TLSv1.3", "srv/gateway/Dockerfile", 5): (("ECDH-P-384",), ()),
}

ORDERS = "services/orders/src/main/resources"
BILLING = "services/billing/src/main/resources"
SPRING: dict[Key, tuple[str, ...]] = {
    (
        f"{BILLING}/application-prod.properties",
        None,
        "profile legacy-clients / server.ssl / jdk.tls.namedGroups",
        "config.spring.jdk.tls.namedgroups",
    ): JDK_GROUPS,
    (
        f"{BILLING}/application-prod.properties",
        None,
        "server.ssl / jdk.tls.namedGroups",
        "config.spring.jdk.tls.namedgroups",
    ): JDK_GROUPS,
    (f"{BILLING}/application-prod.properties", 7, "server.ssl.ciphers", "config.spring.server.ssl.ciphers"): (
        "AES-256-GCM",
        "ECDH",
        "FFDH",
        "RSA",
    ),
    (
        f"{BILLING}/application-prod.properties",
        13,
        "profile legacy-clients / server.ssl.ciphers",
        "config.spring.server.ssl.ciphers",
    ): ("AES-256-CBC", "RSA-PKCS1-1.5"),
    (
        f"{ORDERS}/application.yml",
        None,
        "profile mtls / spring.ssl.bundle.pem.partners / jdk.tls.namedGroups",
        "config.spring.jdk.tls.namedgroups",
    ): JDK_GROUPS,
    (
        f"{ORDERS}/application.yml",
        None,
        "server.ssl / jdk.tls.namedGroups",
        "config.spring.jdk.tls.namedgroups",
    ): (JDK_GROUPS),
    (f"{ORDERS}/application.yml", 14, "server.ssl.ciphers", "config.spring.server.ssl.ciphers"): (
        "AES-128-CBC",
        "AES-256-GCM",
        "ECDH",
        "ECDSA",
        "RSA",
    ),
    (
        f"{ORDERS}/application.yml",
        38,
        "profile mtls / spring.ssl.bundle.pem.partners.options.ciphers",
        "config.spring.ssl.bundle.ciphers",
    ): ("AES-128-GCM", "ChaCha20-Poly1305"),
}
BILLING_FILES = tuple(f"{BILLING}/tls/{name}" for name in ("billing.crt", "billing.key", "ca.crt"))
SPRING_ASSETS: dict[AssetKey, tuple[tuple[str, ...], tuple[str, ...]]] = {
    ("tls", "TLSv1.2", f"{BILLING}/application-prod.properties", 3): (
        union(JDK_GROUPS, ("AES-256-GCM", "ECDH", "FFDH", "RSA")),
        BILLING_FILES,
    ),
    ("tls", "TLSv1.2", f"{BILLING}/application-prod.properties", 12): (
        union(JDK_GROUPS, ("AES-256-CBC", "RSA-PKCS1-1.5")),
        BILLING_FILES,
    ),
    ("tls", "TLSv1.3,TLSv1.2", f"{ORDERS}/application.yml", 8): (
        union(JDK_GROUPS, ("AES-128-CBC", "AES-256-GCM", "ECDH", "ECDSA", "RSA")),
        (f"{ORDERS}/keystore/orders.p12",),
    ),
    ("tls", "TLSv1.3", f"{ORDERS}/application.yml", 33): (
        union(JDK_GROUPS, ("AES-128-GCM", "ChaCha20-Poly1305")),
        tuple(f"{ORDERS}/certs/{name}" for name in ("orders.crt", "orders.key", "partners-ca.crt")),
    ),
}


def findings_by_place(inventory: Inventory, prefixes: tuple[str, ...]) -> dict[Key, tuple[str, ...]]:
    found: dict[Key, set[str]] = defaultdict(set)
    for finding in inventory.findings:
        if finding.rule_id.startswith(prefixes):
            location = finding.location
            assert isinstance(location, FileLocation)
            assert finding.function == "reference"
            found[(location.path, location.line, location.item, finding.rule_id)].add(finding.algorithm.name)
    return {key: tuple(sorted(names)) for key, names in found.items()}


def assets_by_place(
    inventory: Inventory, protocols: tuple[str, ...]
) -> dict[AssetKey, tuple[tuple[str, ...], tuple[str, ...]]]:
    found = {}
    for asset in inventory.assets:
        if isinstance(asset, ProtocolConfig) and asset.protocol in protocols:
            written = [
                loc for loc in asset.locations if isinstance(loc, FileLocation) and loc.line is not None
            ]
            first = min(written, key=lambda loc: (loc.path, loc.line or 0))
            key = (asset.protocol, asset.version, first.path, first.line or 0)
            found[key] = (tuple(sorted(asset.names)), asset.files)
    return found


CASES = {
    "strongswan": (("config.strongswan.",), ("ike",), STRONGSWAN, STRONGSWAN_ASSETS),
    "vpn": (("config.wireguard.", "config.openvpn."), ("wireguard", "openvpn"), VPN, VPN_ASSETS),
    "java": (("config.java.",), ("tls",), JAVA, JAVA_ASSETS),
    "spring": (("config.spring.",), ("tls",), SPRING, SPRING_ASSETS),
}


@pytest.fixture(scope="module", params=sorted(CASES))
def corpus(request: pytest.FixtureRequest) -> tuple[str, Inventory]:
    return request.param, scan(CORPUS / request.param)


def test_findings_are_exact(corpus: tuple[str, Inventory]) -> None:
    name, inventory = corpus
    prefixes, _protocols, expected, _assets = CASES[name]
    assert findings_by_place(inventory, prefixes) == expected


def test_protocol_configs_are_exact(corpus: tuple[str, Inventory]) -> None:
    name, inventory = corpus
    _prefixes, protocols, _expected, assets = CASES[name]
    assert assets_by_place(inventory, protocols) == assets


def test_no_failed_outcomes(corpus: tuple[str, Inventory]) -> None:
    _name, inventory = corpus
    assert [str(o) for o in inventory.outcomes if o.status == "failed"] == []


def test_java_constraints_and_allowed_provenance() -> None:
    inventory = scan(CORPUS / "java")
    constraints = {}
    for finding in inventory.findings:
        if finding.rule_id.endswith("disabledalgorithms"):
            provenance = dict(finding.provenance)
            assert provenance["allowed"] == "not disabled"
            location = finding.location
            assert isinstance(location, FileLocation)
            if "constraint" in provenance:
                constraints[(location.path, location.line, finding.algorithm.name)] = provenance["constraint"]
    assert constraints == JAVA_CONSTRAINTS


def test_wireguard_preshared_key_per_peer() -> None:
    inventory = scan(CORPUS / "vpn")
    psk = {
        f.location.item: dict(f.provenance)["presharedkey"]
        for f in inventory.findings
        if f.rule_id == "config.wireguard.publickey" and isinstance(f.location, FileLocation)
    }
    assert psk == {"[Peer] 1 / PublicKey": "set", "[Peer] 2 / PublicKey": "absent"}
    secret = next(f for f in inventory.findings if f.rule_id == "config.wireguard.privatekey")
    assert secret.evidence == "PrivateKey (redacted)"
