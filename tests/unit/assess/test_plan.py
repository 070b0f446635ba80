"""The migration plan: the replacement in each finding's own stack (with "upgrade ... first" when the
project's manifest pins an older library), and waves ordered by urgency tier, then effort, then deadline."""

from __future__ import annotations

from datetime import date

import pytest

from qready.assess.plan import choose, migration_waves, replacement_for, use_of
from qready.knowledge import default_catalog
from qready.model import (
    Endpoint,
    FileLocation,
    Finding,
    Inventory,
    KeyMaterial,
    Library,
    Location,
    PolicyDeadline,
    Replacement,
    SourceSpan,
    Threat,
    Urgency,
    Verdict,
)

CATALOG = default_catalog()
PYCA = (
    "mldsa.MLDSA65PrivateKey where it signs, mlkem.MLKEM768PrivateKey where it encrypts "
    "(cryptography >= 48.0.0)"
)
OPENSSL_GROUPS = (
    "Groups = X25519MLKEM768:X25519 (OpenSSL >= 3.5); TLS 1.2 has no post-quantum key exchange, so prefer "
    "MinProtocol = TLSv1.3 where clients allow"
)
SSH_KEYS = (
    "no post-quantum SSH key type in OpenSSH yet: keep Ed25519 keys, rotate them, and make the key exchange "
    "hybrid (mlkem768x25519-sha256)"
)
X509 = (
    "reissue with ML-DSA-65 (RFC 9881) from an ML-DSA CA, e.g. openssl req -new -newkey ML-DSA-65 "
    "(OpenSSL >= 3.5); composite ML-DSA certificates where a policy asks for hybrid; no public CA issues "
    "ML-DSA certificates yet"
)


def finding(
    rule: str,
    name: str,
    where: Location,
    function: str | None = None,
    *,
    size: int | None = None,
    curve: str | None = None,
    asset_ref: str | None = None,
) -> Finding:
    found = CATALOG.resolve(name, size=size, curve=curve)
    return Finding(rule, found, where, f"{rule} {name}", function=function, asset_ref=asset_ref)


def library(ecosystem: str, name: str, version: str | None, manifest: str, line: int) -> Library:
    purl_name = name.replace(":", "/")
    purl = f"pkg:{ecosystem}/{purl_name}" + (f"@{version}" if version else "")
    return Library(purl, name, version, (FileLocation(manifest, line, name),))


def inventory(findings: list[Finding], assets: list[Library | KeyMaterial] | None = None) -> Inventory:
    return Inventory.build(["."], findings, assets or [], [])


def replaced(found: Finding, assets: list[Library | KeyMaterial] | None = None) -> Replacement:
    result = replacement_for(found, inventory([found], assets))
    assert result is not None
    return result


# --- replacements per stack ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("found", "action"),
    [
        (
            finding("py.cryptography.oaep", "RSA-OAEP", SourceSpan("app/tokens.py", 20), "encrypt"),
            "wrap the data key with ML-KEM-768 (mlkem.MLKEM768PublicKey.encapsulate()) and AES-256-GCM "
            "instead "
            "of RSA-OAEP (cryptography >= 48.0.0)",
        ),
        (
            finding("py.cryptography.ec-sign", "ECDSA", SourceSpan("app/sign.py", 3), "sign", curve="P-256"),
            "mldsa.MLDSA65PrivateKey.generate() and .sign(data) (cryptography >= 48.0.0)",
        ),
        (
            finding("py.cryptography.x25519", "X25519", SourceSpan("app/kex.py", 9), "keygen"),
            "mlkem.MLKEM768PrivateKey (encapsulate/decapsulate) combined with X25519 for a hybrid "
            "(cryptography >= 48.0.0)",
        ),
        (
            finding("config.openssl.groups", "ECDH", FileLocation("etc/ssl/openssl.cnf", 12), curve="P-256"),
            OPENSSL_GROUPS,
        ),
        (
            finding("config.nginx.ssl_ecdh_curve", "X25519", FileLocation("nginx/site.conf", 8)),
            "ssl_ecdh_curve X25519MLKEM768:X25519; with nginx linked against OpenSSL >= 3.5",
        ),
        (
            finding("config.apache.sslopensslconfcmd.groups", "X25519", FileLocation("httpd/ssl.conf", 4)),
            "SSLOpenSSLConfCmd Groups X25519MLKEM768:X25519 with mod_ssl linked against OpenSSL >= 3.5",
        ),
        (
            finding("config.haproxy.bind.curves", "ECDH", FileLocation("haproxy.cfg", 30), curve="P-384"),
            "curves X25519MLKEM768:X25519 on the bind line (or ssl-default-bind-curves) with HAProxy built "
            "on "
            "OpenSSL >= 3.5",
        ),
        (
            finding("config.openssh.kexalgorithms", "FFDH-modp2048", FileLocation("ssh/sshd_config", 4)),
            "KexAlgorithms mlkem768x25519-sha256,sntrup761x25519-sha512@openssh.com,curve25519-sha256 "
            "(OpenSSH >= 9.9; the default from 10.0)",
        ),
        (
            finding("config.openssh.hostkeyalgorithms", "Ed25519", FileLocation("ssh/sshd_config", 5)),
            SSH_KEYS,
        ),
        (
            finding("config.strongswan.proposals", "FFDH-modp2048", FileLocation("swanctl.conf", 7)),
            "add an ML-KEM additional key exchange to the proposals, e.g. aes256gcm16-prfsha384-x25519-"
            "ke1_mlkem768 (strongSwan >= 6.0, RFC 9370)",
        ),
        (
            finding("config.java.jdk.tls.namedgroups", "X25519", FileLocation("java.security", 3)),
            "JDK 27 puts X25519MLKEM768 first in JSSE's named groups (jdk.tls.namedGroups=X25519MLKEM768,"
            "x25519,...); until then terminate TLS in front of the JVM with OpenSSL >= 3.5",
        ),
        (
            finding("net.tls.group", "X25519", Endpoint("tls", "127.0.0.1", 443), "key-exchange"),
            "offer X25519MLKEM768 on this endpoint: on by default in OpenSSL >= 3.5 (Groups = X25519MLKEM768:"
            "X25519), Go >= 1.24 and Node >= 24.5",
        ),
        (
            finding("go.tls.curve", "ECDH", SourceSpan("main.go", 12), curve="P-256"),
            "leave tls.Config.CurvePreferences unset (X25519MLKEM768 first by default) or list "
            "tls.X25519MLKEM768 first, Go >= 1.24",
        ),
        (
            finding("go.ecdsa.sign", "ECDSA", SourceSpan("sign.go", 7), "sign", curve="P-256"),
            "crypto/mldsa (ML-DSA-65; crypto/x509 signs and verifies ML-DSA certificates), Go >= 1.27",
        ),
        (
            finding("java.jca.signature", "ECDSA", SourceSpan("Signer.java", 14), "sign", curve="P-256"),
            'Signature.getInstance("ML-DSA") with KeyPairGenerator.getInstance("ML-DSA-65") (JDK >= 24, JEP '
            "497)",
        ),
        (
            finding("js.node-crypto.generate", "RSA", SourceSpan("keys.js", 2), "sign"),
            "crypto.generateKeyPairSync('ml-dsa-65') with crypto.sign(null, data, key) (Node >= 24.7.0 with "
            "OpenSSL 3.5)",
        ),
        (
            finding("rust.rsa.sign", "RSA", SourceSpan("src/lib.rs", 40), "sign"),
            "the ml-dsa crate (MlDsa65)",
        ),
        (
            finding("csharp.ecdh.create", "ECDH", SourceSpan("Kex.cs", 5), "keygen", curve="P-256"),
            "System.Security.Cryptography.MLKem (MLKem.GenerateKey(MLKemAlgorithm.MLKem768)), .NET >= 10.0",
        ),
        (
            finding("c.openssl.ecdh", "ECDH", SourceSpan("tls.c", 88), "key-exchange", curve="P-256"),
            'EVP_PKEY_encapsulate()/EVP_PKEY_decapsulate() with an "ML-KEM-768" key; for TLS '
            'SSL_CTX_set1_groups_list(ctx, "X25519MLKEM768:X25519") (OpenSSL >= 3.5.0)',
        ),
        (
            finding("x509.signature", "sha256WithRSAEncryption", FileLocation("pki/ca.pem", 1), size=2048),
            X509,
        ),
        (
            finding("jwk.key", "ES256", FileLocation("jwks.json", 3)),
            "JWS with alg ML-DSA-65 (AKP keys, ML-DSA for JOSE) once both ends' JOSE libraries support it; "
            "keep "
            "token lifetimes short until then",
        ),
        (
            finding(
                "config.kubernetes.cert-manager.privatekey",
                "ECDSA",
                FileLocation("k8s/c.yaml"),
                curve="P-384",
            ),
            "cert-manager has no post-quantum privateKey.algorithm yet (ML-DSA is planned after Go 1.27): "
            "keep "
            "certificate lifetimes short so the switch is quick",
        ),
        (
            finding(
                "config.terraform.aws_kms_key",
                "ECDSA",
                FileLocation("infra/main.tf", 9),
                "keygen",
                curve="P-256",
            ),
            'a new KMS key with customer_master_key_spec = "ML_DSA_65" and key_usage = "SIGN_VERIFY" '
            "(signing "
            "algorithm ML_DSA_SHAKE_256), then re-sign and rotate",
        ),
        (
            finding("config.nginx.ssl_ciphers", "AES-128-GCM", FileLocation("nginx/site.conf", 7)),
            "no quantum action: 128-bit symmetric keys stay acceptable (AES-256 only where CNSA 2.0 "
            "applies); "
            "DES, RC4 and Blowfish need replacing for classical reasons",
        ),
        (
            finding("some.unknown.rule", "RSA", SourceSpan("x.kt", 1)),
            "ML-DSA-65 (FIPS 204) where it signs, ML-KEM-768 (FIPS 203) where it encrypts or agrees on keys",
        ),
    ],
    ids=lambda value: value.rule_id if isinstance(value, Finding) else "",
)
def test_each_stack_gets_its_own_replacement(found: Finding, action: str) -> None:
    assert replaced(found).action == action


def test_sources_are_cited_with_a_tag_when_not_read_in_the_primary_document() -> None:
    openssl = replaced(finding("config.openssl.groups", "X25519", FileLocation("openssl.cnf", 12)))
    assert openssl.source == (
        "OpenSSL 3.5.0 release notes (CHANGES.md) and manual pages EVP_KEM-ML-KEM(7), EVP_PKEY-ML-DSA(7): "
        "ML-KEM, "
        "ML-DSA and SLH-DSA added; default TLS groups start with X25519MLKEM768 and key shares "
        "X25519MLKEM768 "
        "and X25519 (2025), https://github.com/openssl/openssl/releases/tag/openssl-3.5.0"
    )
    certificate = replaced(finding("x509.signature", "Ed25519", FileLocation("pki/ca.pem", 1)))
    assert certificate.source.endswith(
        "https://www.rfc-editor.org/rfc/rfc9881 [not verified: secondary sources]"
    )


def test_quantum_resistant_findings_need_no_replacement() -> None:
    for name in ("ML-KEM-768", "X25519MLKEM768", "AES-256-GCM", "ML-DSA-65"):
        found = finding("config.openssl.groups", name, FileLocation("openssl.cnf", 12))
        assert replacement_for(found, inventory([found])) is None, name
        assert use_of(found) is None


def test_a_place_that_already_offers_a_hybrid_is_told_to_drop_the_classical_entries() -> None:
    place = FileLocation("etc/ssl/openssl.cnf", 12, "[system_default_sect] / Groups")
    classical = finding("config.openssl.groups", "X25519", place)
    hybrid = finding("config.openssl.groups", "X25519MLKEM768", place)
    elsewhere = finding("config.openssl.groups", "X25519", FileLocation("other/openssl.cnf", 3))
    stock = inventory([classical, hybrid, elsewhere])
    first = replacement_for(classical, stock)
    assert first is not None and first.action == (
        f"already offers X25519MLKEM768; drop the classical-only entries when clients allow: {OPENSSL_GROUPS}"
    )
    other = replacement_for(elsewhere, stock)
    assert other is not None and other.action == OPENSSL_GROUPS


def test_key_file_format_decides_between_ssh_and_jose_stacks() -> None:
    ssh_key = KeyMaterial("private-key", CATALOG.resolve("Ed25519"), 256, "openssh", "ab", ())
    jwk_key = KeyMaterial("public-key", CATALOG.resolve("RSA", size=2048), 2048, "jwk", "cd", ())
    pem_key = KeyMaterial("private-key", CATALOG.resolve("RSA", size=2048), 2048, "pkcs8", "ef", ())
    on_ssh = finding("key.private", "Ed25519", FileLocation("ssh/id_ed25519", 1), asset_ref=ssh_key.ref)
    on_jwk = finding("key.public", "RSA", FileLocation("keys/a.json", 1), size=2048, asset_ref=jwk_key.ref)
    on_pem = finding("key.private", "RSA", FileLocation("keys/a.pem", 1), size=2048, asset_ref=pem_key.ref)
    stock = inventory([on_ssh, on_jwk, on_pem], [ssh_key, jwk_key, pem_key])
    choices = [choose(found, stock) for found in (on_ssh, on_jwk, on_pem)]
    assert [(c.stack.id, c.use, c.row.effort) for c in choices if c is not None] == [
        ("ssh-keys", "signature", "blocked"),
        ("jose", "unknown", "code"),
        ("keys", "unknown", "pki"),
    ]


# --- prerequisites from the project's manifests -------------------------------------------------------------


def test_an_older_pinned_library_must_be_upgraded_first() -> None:
    found = finding(
        "py.cryptography.rsa-keygen", "RSA", SourceSpan("app/src/tokens.py", 11), "keygen", size=3072
    )
    pinned = library("pypi", "cryptography", "42.0.8", "app/requirements.txt", 2)
    result = replaced(found, [pinned])
    assert (result.action, result.prerequisite) == (
        PYCA,
        "upgrade cryptography from 42.0.8 to 48.0.0 first (app/requirements.txt:2)",
    )


def test_a_recent_enough_library_needs_no_upgrade() -> None:
    found = finding(
        "py.cryptography.rsa-keygen", "RSA", SourceSpan("app/src/tokens.py", 11), "keygen", size=3072
    )
    assert (
        replaced(found, [library("pypi", "cryptography", "48.0.0", "requirements.txt", 1)]).prerequisite
        is None
    )
    assert (
        replaced(found, [library("pypi", "cryptography", "50.0.2", "requirements.txt", 1)]).prerequisite
        is None
    )
    assert replaced(found, []).prerequisite is None  # no manifest names it: nothing to say


def test_an_unpinned_library_is_checked_not_upgraded() -> None:
    found = finding("py.cryptography.oaep", "RSA-OAEP", SourceSpan("tokens.py", 20), "encrypt")
    result = replaced(found, [library("pypi", "cryptography", None, "requirements.txt", 4)])
    assert (
        result.prerequisite
        == "make sure cryptography is at least 48.0.0 (requirements.txt:4 does not pin a version)"
    )


def test_the_nearest_manifest_above_the_finding_decides() -> None:
    root = library("pypi", "cryptography", "49.0.0", "requirements.txt", 1)
    service = library("pypi", "cryptography", "41.0.7", "services/api/requirements.txt", 3)
    in_service = finding("py.cryptography.oaep", "RSA-OAEP", SourceSpan("services/api/wrap.py", 5), "encrypt")
    in_tools = finding("py.cryptography.oaep", "RSA-OAEP", SourceSpan("tools/wrap.py", 5), "encrypt")
    stock = inventory([in_service, in_tools], [root, service])
    first = replacement_for(in_service, stock)
    second = replacement_for(in_tools, stock)
    assert first is not None and first.prerequisite == (
        "upgrade cryptography from 41.0.7 to 48.0.0 first (services/api/requirements.txt:3)"
    )
    assert second is not None and second.prerequisite is None


@pytest.mark.parametrize(
    ("found", "pinned", "prerequisite"),
    [
        (
            finding("go.ecdsa.sign", "ECDSA", SourceSpan("cmd/sign.go", 7), "sign", curve="P-256"),
            library("golang", "stdlib", "1.22", "go.mod", 3),
            "upgrade Go from 1.22 to 1.27 first (go.mod:3)",
        ),
        (
            finding("go.tls.curve", "X25519", SourceSpan("cmd/serve.go", 30)),
            library("golang", "stdlib", "1.24", "go.mod", 3),
            None,
        ),
        (
            finding("java.bc.kem", "RSA-OAEP", SourceSpan("src/Wrap.java", 9), "encrypt"),
            library("maven", "org.bouncycastle:bcprov-jdk18on", "1.78.1", "pom.xml", 40),
            "upgrade org.bouncycastle:bcprov-jdk18on from 1.78.1 to 1.79 first (pom.xml:40)",
        ),
        (
            finding("csharp.ecdsa.create", "ECDSA", SourceSpan("Sign.cs", 4), "sign", curve="P-256"),
            library("generic", "dotnet", "8.0", "App.csproj", 4),
            "upgrade .NET from 8.0 to 10.0 first (App.csproj:4)",
        ),
        (
            finding("go.circl.kyber", "X25519", SourceSpan("kex.go", 2), "keygen"),
            library("golang", "github.com/cloudflare/circl", "v1.3.7", "go.mod", 8),
            "upgrade github.com/cloudflare/circl from v1.3.7 to 1.4.0 first (go.mod:8)",
        ),
    ],
    ids=["go-mldsa", "go-tls-recent", "bouncy-castle", "dotnet", "circl"],
)
def test_prerequisites_per_ecosystem(found: Finding, pinned: Library, prerequisite: str | None) -> None:
    assert replaced(found, [pinned]).prerequisite == prerequisite


# --- waves --------------------------------------------------------------------------------------------------

NIST_2031 = PolicyDeadline("nist-ir-8547", "NIST IR 8547", "deprecated", date(2031, 1, 1), "IR 8547")
NIST_2036 = PolicyDeadline("nist-ir-8547", "NIST IR 8547", "disallowed", date(2036, 1, 1), "IR 8547")


def verdict(
    found: Finding, tier: str | None, *deadlines: PolicyDeadline, suppressed: str | None = None
) -> Verdict:
    urgency = Urgency(tier, "because") if tier is not None else None
    algorithm = found.algorithm
    return Verdict(
        found.fingerprint, algorithm.threat, algorithm.classical_bits, algorithm.nist_quantum_level, (),
        deadlines=deadlines, urgency=urgency, suppressed=suppressed,
    )  # fmt: skip


def test_waves_go_by_tier_then_effort_then_deadline() -> None:
    nginx = finding("config.nginx.ssl_ecdh_curve", "X25519", FileLocation("nginx/site.conf", 8))
    groups = finding("config.openssl.groups", "X25519", FileLocation("openssl.cnf", 12))
    code = finding("py.cryptography.oaep", "RSA-OAEP", SourceSpan("app/wrap.py", 20), "encrypt")
    certificate = finding("x509.signature", "Ed25519", FileLocation("pki/root.pem", 1))
    host_keys = finding("config.openssh.hostkeyalgorithms", "Ed25519", FileLocation("ssh/sshd_config", 5))
    accepted = finding(
        "config.openssl.groups", "ECDH", FileLocation("accepted/openssl.cnf", 2), curve="P-256"
    )
    cipher = finding("config.nginx.ssl_ciphers", "AES-128-GCM", FileLocation("nginx/site.conf", 7))
    test_code = finding("py.cryptography.x25519", "X25519", SourceSpan("tests/test_kex.py", 3), "keygen")
    pq = finding("config.openssl.groups", "X25519MLKEM768", FileLocation("openssl.cnf", 12))
    unjudged = finding("config.nginx.ssl_ecdh_curve", "X448", FileLocation("nginx/site.conf", 8))
    found = [nginx, groups, code, certificate, host_keys, accepted, cipher, test_code, pq, unjudged]
    verdicts = (
        verdict(nginx, "high", NIST_2036),
        verdict(groups, "high", NIST_2031),
        verdict(code, "high", NIST_2036),
        verdict(certificate, "critical", NIST_2036),
        verdict(host_keys, "high"),
        verdict(accepted, "high", NIST_2031, suppressed="accepted until the 2027 refresh"),
        verdict(cipher, "not-quantum-urgent"),
        verdict(test_code, "low", NIST_2036),
        verdict(pq, "not-quantum-urgent"),
        verdict(unjudged, None),
    )
    waves = migration_waves(inventory(found), verdicts)
    assert [(w.name, w.tier, w.fingerprints) for w in waves] == [
        ("wave 1: critical, keys and certificates", "critical", (certificate.fingerprint,)),
        ("wave 2: high, configuration changes", "high", (groups.fingerprint, nginx.fingerprint)),
        ("wave 3: high, code changes", "high", (code.fingerprint,)),
        ("wave 4: high, waiting on the platform", "high", (host_keys.fingerprint,)),
        ("wave 5: low, code changes", "low", (test_code.fingerprint,)),
    ]
    assert waves[1].rationale == (
        "exposed to harvest-now-decrypt-later or likely to outlive its safety margin: plan this year. A "
        "setting "
        "and a reload on software that already supports the replacement (after the upgrade named, where one "
        "is): the cheapest step."
    )


def test_no_waves_without_urgent_findings() -> None:
    pq = finding("config.openssl.groups", "X25519MLKEM768", FileLocation("openssl.cnf", 12))
    assert migration_waves(inventory([pq]), (verdict(pq, "not-quantum-urgent"),)) == ()
    assert pq.algorithm.threat is Threat.QUANTUM_RESISTANT
