"""openssl.cnf: config(5) grammar, the openssl_conf -> ssl_conf chain, SSL_CONF commands, defaults,
.include in place, crypto-policies back-ends, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.config_tools import CONTEXT, algorithms_at, assets, rows, scanned, tree

from qready.detectors.base import Detection
from qready.detectors.configs import CONFIG_DETECTORS
from qready.detectors.configs.openssl_cnf import OpenSslConfDetector
from qready.discovery import ScannedFile
from qready.model import FileLocation

CNF = """\
# system-wide OpenSSL configuration
HOME = .
openssl_conf = openssl_init

[ openssl_init ]
providers = provider_sect
ssl_conf = ssl_sect

[ provider_sect ]
default = default_sect

[ ssl_sect ]
system_default = system_default_sect
server = tls_server

[ system_default_sect ]
MinProtocol = TLSv1.2
CipherString = DEFAULT:@SECLEVEL=2
Ciphersuites = TLS_AES_256_GCM_SHA384:\\
TLS_CHACHA20_POLY1305_SHA256   # continued
.include /etc/crypto-policies/back-ends/opensslcnf.config

[ tls_server ]
Groups = "X25519MLKEM768:?X448:*P-384"
Certificate = /etc/pki/tls/certs/server.pem
PrivateKey = /etc/pki/tls/private/server.key

[ req ]
default_bits = 2048
"""
BACKEND = "SignatureAlgorithms = ECDSA+SHA256:rsa_pss_rsae_sha256:ed25519:RSA+SHA1\n"
FILES: dict[str, str | bytes] = {
    "etc/pki/tls/openssl.cnf": CNF,
    "etc/crypto-policies/back-ends/opensslcnf.config": BACKEND,
    "etc/pki/tls/certs/server.pem": "cert",
    "etc/pki/tls/private/server.key": "key",
}
CNF_PATH = "etc/pki/tls/openssl.cnf"
BACKEND_PATH = "etc/crypto-policies/back-ends/opensslcnf.config"
SYS = "[system_default_sect]"
DEFAULT_GROUPS = sorted(
    (
        "X25519MLKEM768",
        "X25519",
        "ECDH-P-256",
        "X448",
        "ECDH-P-384",
        "ECDH-P-521",
        "FFDH-ffdhe2048",
        "FFDH-ffdhe3072",
    )
)
DEFAULT_LEVEL2 = [
    "AES-128-CBC",
    "AES-128-GCM",
    "AES-256-CBC",
    "AES-256-GCM",
    "ChaCha20-Poly1305",
    "ECDH",
    "ECDSA",
    "FFDH",
    "HMAC-SHA-1",
    "RSA",
    "RSA-PKCS1-1.5",
]


def _detect(root: Path, rel: str) -> Detection:
    return OpenSslConfDetector().detect(scanned(root, rel), CONTEXT)


def test_registered() -> None:
    assert OpenSslConfDetector in CONFIG_DETECTORS


def test_system_default_and_application_sections(tmp_path: Path) -> None:
    tree(tmp_path, FILES)
    detection = _detect(tmp_path, CNF_PATH)
    assert detection.problems == []
    assert algorithms_at(detection, CNF_PATH, 18) == DEFAULT_LEVEL2
    assert rows(detection) >= {
        (CNF_PATH, 19, f"{SYS} / Ciphersuites", "AES-256-GCM", "config.openssl.ciphersuites"),
        (CNF_PATH, 19, f"{SYS} / Ciphersuites", "ChaCha20-Poly1305", "config.openssl.ciphersuites"),
        (
            BACKEND_PATH,
            1,
            f"{SYS} / SignatureAlgorithms",
            "ECDSA-P-256-SHA-256",
            "config.openssl.signaturealgorithms",
        ),
        (
            BACKEND_PATH,
            1,
            f"{SYS} / SignatureAlgorithms",
            "RSA-PSS-SHA-256",
            "config.openssl.signaturealgorithms",
        ),
        (BACKEND_PATH, 1, f"{SYS} / SignatureAlgorithms", "Ed25519", "config.openssl.signaturealgorithms"),
        (
            BACKEND_PATH,
            1,
            f"{SYS} / SignatureAlgorithms",
            "RSA-PKCS1-1.5-SHA-1",
            "config.openssl.signaturealgorithms",
        ),
        (CNF_PATH, 24, "[tls_server] / Groups", "X25519MLKEM768", "config.openssl.groups"),
        (CNF_PATH, 24, "[tls_server] / Groups", "X448", "config.openssl.groups"),
        (CNF_PATH, 24, "[tls_server] / Groups", "ECDH-P-384", "config.openssl.groups"),
    }
    # system_default has no Groups: OpenSSL 3.5's default list; tls_server gets no defaults of its own
    assert algorithms_at(detection, CNF_PATH, None, f"{SYS} / Groups") == DEFAULT_GROUPS
    assert {f.evidence for f in detection.findings if f.location.line is None} == {  # type: ignore[union-attr]
        "Groups X25519MLKEM768:X25519:secp256r1:X448:secp384r1:secp521r1:ffdhe2048:ffdhe3072"
        " (OpenSSL 3.5 default)"
    }
    assert len(detection.findings) == len(DEFAULT_LEVEL2) + 2 + 4 + 3 + len(DEFAULT_GROUPS)


def test_assets(tmp_path: Path) -> None:
    tree(tmp_path, FILES)
    system, server = assets(_detect(tmp_path, CNF_PATH))
    assert system.version == "MinProtocol TLSv1.2"
    assert sorted(system.names) == sorted(
        {*DEFAULT_LEVEL2, "ChaCha20-Poly1305", "ECDSA-P-256-SHA-256", "RSA-PSS-SHA-256", "Ed25519"}
        | {"RSA-PKCS1-1.5-SHA-1", *DEFAULT_GROUPS}
    )
    assert FileLocation(CNF_PATH, 17, SYS) in system.locations
    assert server.names == ("X25519MLKEM768", "X448", "ECDH-P-384")
    assert server.files == ("etc/pki/tls/certs/server.pem", "etc/pki/tls/private/server.key")


def test_included_backend_reports_nothing_alone(tmp_path: Path) -> None:
    tree(tmp_path, FILES)
    assert _detect(tmp_path, BACKEND_PATH) == Detection()


def test_backend_without_openssl_cnf(tmp_path: Path) -> None:
    tree(tmp_path, {BACKEND_PATH: "CipherString = @SECLEVEL=2:ECDHE+AESGCM+aECDSA:!AES128\n" + BACKEND})
    detection = _detect(tmp_path, BACKEND_PATH)
    assert algorithms_at(detection, BACKEND_PATH, 1, "[default] / CipherString") == [
        "AES-256-GCM",
        "ECDH",
        "ECDSA",
    ]
    (asset,) = assets(detection)
    assert asset.names == (
        "AES-256-GCM",
        "ECDH",
        "ECDSA",
        "ECDSA-P-256-SHA-256",
        "RSA-PSS-SHA-256",
        "Ed25519",
        "RSA-PKCS1-1.5-SHA-1",
    )
    assert not [f for f in detection.findings if f.location.line is None]  # type: ignore[union-attr]


def test_no_tls_chain_means_no_tls(tmp_path: Path) -> None:
    tree(tmp_path, {"ca/openssl.cnf": "[ req ]\ndefault_bits = 4096\n[ CA_default ]\nGroups = ignored\n"})
    detection = _detect(tmp_path, "ca/openssl.cnf")
    # a section with an SSL_CONF key but no chain is reported as written, without defaults
    assert rows(detection) == set()
    assert detection.problems == []


def test_include_directory_and_cycle(tmp_path: Path) -> None:
    tree(
        tmp_path,
        {
            "openssl.cnf": "openssl_conf = init\n[init]\nssl_conf = ssl\n[ssl]\nsystem_default = sys\n[sys]\n"
            ".include conf.d\n",
            # OpenSSL resolves a relative .include against the working directory (the top file's here)
            "conf.d/10-groups.cnf": "Groups = X25519\n.include = openssl.cnf\n",
            "conf.d/20-bad.cnf": "this line is not config\nCipherString = kRSA+AESGCM\n"
            ".include /etc/missing\n",
        },
    )
    detection = _detect(tmp_path, "openssl.cnf")
    assert detection.problems == [
        "conf.d/10-groups.cnf:2: include openssl.cnf: include cycle, not read again",
        "conf.d/20-bad.cnf:1: not a config(5) line; ignored",
        "conf.d/20-bad.cnf:3: .include /etc/missing: not in the scanned tree",
    ]
    assert rows(detection) == {
        ("conf.d/10-groups.cnf", 1, "[sys] / Groups", "X25519", "config.openssl.groups"),
        ("conf.d/20-bad.cnf", 2, "[sys] / CipherString", "AES-128-GCM", "config.openssl.cipherstring"),
        ("conf.d/20-bad.cnf", 2, "[sys] / CipherString", "AES-256-GCM", "config.openssl.cipherstring"),
        ("conf.d/20-bad.cnf", 2, "[sys] / CipherString", "RSA-PKCS1-1.5", "config.openssl.cipherstring"),
    }


@pytest.mark.parametrize(
    ("rel", "content", "wanted"),
    [
        ("etc/ssl/openssl.cnf", "openssl_conf = x", False),
        ("etc/ssl/openssl.cnf", "ssl_conf = ssl_sect", True),
        ("etc/mysql/my.cnf", "[mysqld]\nssl_cipher = x", False),
        ("x/client.cnf", "CipherString = DEFAULT", True),
        ("etc/crypto-policies/back-ends/opensslcnf.config", "Ciphersuites = TLS_AES_256_GCM_SHA384", True),
        ("app.conf", "CipherString = DEFAULT", False),
    ],
)
def test_wants(rel: str, content: str, wanted: bool) -> None:
    assert OpenSslConfDetector().wants(ScannedFile(rel, content.encode())) is wanted
