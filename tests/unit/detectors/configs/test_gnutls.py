"""GnuTLS system configuration: priority strings and allow-list overrides."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.config_tools import CONTEXT, assets, rows, scanned, tree

from qready.detectors.base import Detection
from qready.detectors.configs import CONFIG_DETECTORS
from qready.detectors.configs.gnutls import GnutlsConfigDetector, priority_algorithms
from qready.discovery import ScannedFile
from qready.model import FileLocation

CONFIG = """\
# /etc/gnutls/config
[global]
override-mode = allowlist

[priorities]
SYSTEM = NORMAL:-VERS-ALL:+VERS-TLS1.3:+GROUP-X25519-MLKEM768:+GROUP-X25519:-GROUP-FFDHE2048:%COMPAT
LEGACY_APP = NORMAL:+VERS-TLS1.2:+3DES-CBC:+RSA:+SHA1:+SIGN-RSA-SHA256

[overrides]
tls-enabled-group = GROUP-SECP256R1-MLKEM768
secure-sig = ECDSA-SECP384R1-SHA384
enabled-version = TLS1.3
this is not a setting
"""
PATH = "etc/gnutls/config"


def _detect(root: Path) -> Detection:
    return GnutlsConfigDetector().detect(scanned(root, PATH), CONTEXT)


def test_registered() -> None:
    assert GnutlsConfigDetector in CONFIG_DETECTORS


NORMAL_CIPHERS = ["AES-256-GCM", "ChaCha20-Poly1305", "AES-256-CCM", "AES-256-CBC", "AES-128-GCM",
                  "AES-128-CCM", "AES-128-CBC", "HMAC-SHA-1"]  # fmt: skip
NORMAL_KX = ["ECDH", "ECDSA", "RSA", "RSA-PKCS1-1.5", "FFDH"]
NORMAL_SIGNS = ["RSA-PKCS1-1.5-SHA-256", "RSA-PSS-SHA-256", "ECDSA-P-256-SHA-256", "Ed25519",
                "RSA-PKCS1-1.5-SHA-384", "RSA-PSS-SHA-384", "ECDSA-P-384-SHA-384", "RSA-PKCS1-1.5-SHA-512",
                "RSA-PSS-SHA-512", "ECDSA-P-521-SHA-512"]  # fmt: skip
NORMAL_GROUPS = ["ECDH-P-256", "ECDH-P-384", "ECDH-P-521", "X25519", "FFDH-ffdhe2048", "FFDH-ffdhe3072",
                 "FFDH-ffdhe4096", "FFDH-ffdhe6144", "FFDH-ffdhe8192"]  # fmt: skip
SHA1_SIGNS = ["RSA-PKCS1-1.5-SHA-1", "ECDSA-SHA-1"]
NORMAL = NORMAL_CIPHERS + NORMAL_KX + NORMAL_SIGNS + SHA1_SIGNS + NORMAL_GROUPS


def test_priority_strings_and_overrides(tmp_path: Path) -> None:
    tree(tmp_path, {PATH: CONFIG})
    detection = _detect(tmp_path)
    assert detection.problems == [f"{PATH}:13: not a `name = value` line; ignored"]
    system, legacy, allow = assets(detection)
    # NORMAL expanded, FFDHE2048 removed, the hybrid added at the end (GnuTLS appends added elements)
    assert list(system.names) == [n for n in NORMAL if n != "FFDH-ffdhe2048"] + ["X25519MLKEM768"]
    assert system.version == "-VERS-ALL +VERS-TLS1.3"
    assert FileLocation(PATH, 6, "[priorities] / SYSTEM") in system.locations
    assert list(legacy.names) == [*NORMAL, "3DES-168-CBC"]  # +RSA, +SHA1 and the signature were in NORMAL
    assert legacy.version == "+VERS-TLS1.2"
    assert allow.names == ("SecP256r1MLKEM768", "ECDSA-P-384-SHA-384")
    assert {r for r in rows(detection) if r[1] in (10, 11)} == {
        (PATH, 10, "[overrides] / tls-enabled-group", "SecP256r1MLKEM768", "config.gnutls.tls-enabled-group"),
        (PATH, 11, "[overrides] / secure-sig", "ECDSA-P-384-SHA-384", "config.gnutls.secure-sig"),
    }
    assert {r[1] for r in rows(detection)} == {6, 7, 10, 11}
    assert system.advice == "post-quantum key exchange offered: X25519MLKEM768"
    assert legacy.advice is not None and legacy.advice.startswith("no post-quantum key exchange")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "+ECDHE-ECDSA:+AES-128-GCM:+CHACHA20-POLY1305",
            ["ECDH", "ECDSA", "AES-128-GCM", "ChaCha20-Poly1305"],
        ),
        (
            "+CURVE-SECP521R1:+GROUP-FFDHE3072:+SIGN-EdDSA-Ed25519",
            ["ECDH-P-521", "FFDH-ffdhe3072", "Ed25519"],
        ),
        ("+SIGN-RSA-PSS-RSAE-SHA256:+SIGN-MLDSA65:+DHE-RSA", ["RSA-PSS-SHA-256", "ML-DSA-65", "FFDH", "RSA"]),
        (
            "SECURE128:-ARCFOUR-128:!MD5:%COMPAT:@SYSTEM",
            NORMAL_CIPHERS + NORMAL_KX + NORMAL_SIGNS + NORMAL_GROUPS,  # no SHA-1 signatures
        ),
        (
            "SUITEB192",
            ["AES-256-GCM", "ECDH", "ECDSA", "ECDSA-P-384-SHA-384", "ECDH-P-384"],
        ),
        (
            "PFS:-GROUP-ALL:+GROUP-X25519-MLKEM768:-CIPHER-ALL:+AES-256-GCM:-SIGN-ALL:-MAC-ALL:-KX-ALL:+ECDHE-RSA",
            ["X25519MLKEM768", "AES-256-GCM", "ECDH", "RSA"],
        ),
        ("NONE:+VERS-TLS1.3:+AES-128-GCM:+GROUP-X25519-MLKEM768", ["AES-128-GCM", "X25519MLKEM768"]),
        ("@SYSTEM", []),
    ],
    ids=[
        "kx-ciphers",
        "groups-signs",
        "pss-mldsa-dhe",
        "secure128",
        "suiteb192",
        "pfs-all-removed",
        "none",
        "system",
    ],
)
def test_priority_elements(value: str, expected: list[str]) -> None:
    assert [a.name for a in priority_algorithms(CONTEXT.catalog, value)] == expected


@pytest.mark.parametrize(
    ("rel", "content", "wanted"),
    [
        ("etc/gnutls/config", "[priorities]\nSYSTEM=NORMAL", True),
        ("etc/crypto-policies/back-ends/gnutls.config", "[overrides]\n", True),
        ("etc/app/config", "[priorities]", False),
    ],
)
def test_wants(rel: str, content: str, wanted: bool) -> None:
    assert GnutlsConfigDetector().wants(ScannedFile(rel, content.encode())) is wanted
