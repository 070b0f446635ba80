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


def test_priority_strings_and_overrides(tmp_path: Path) -> None:
    tree(tmp_path, {PATH: CONFIG})
    detection = _detect(tmp_path)
    assert detection.problems == [f"{PATH}:13: not a `name = value` line; ignored"]
    assert rows(detection) == {
        (PATH, 6, "[priorities] / SYSTEM", "X25519MLKEM768", "config.gnutls.priority"),
        (PATH, 6, "[priorities] / SYSTEM", "X25519", "config.gnutls.priority"),
        (PATH, 7, "[priorities] / LEGACY_APP", "3DES-168-CBC", "config.gnutls.priority"),
        (PATH, 7, "[priorities] / LEGACY_APP", "RSA-PKCS1-1.5", "config.gnutls.priority"),
        (PATH, 7, "[priorities] / LEGACY_APP", "HMAC-SHA-1", "config.gnutls.priority"),
        (PATH, 7, "[priorities] / LEGACY_APP", "RSA-PKCS1-1.5-SHA-256", "config.gnutls.priority"),
        (PATH, 10, "[overrides] / tls-enabled-group", "SecP256r1MLKEM768", "config.gnutls.tls-enabled-group"),
        (PATH, 11, "[overrides] / secure-sig", "ECDSA-P-384-SHA-384", "config.gnutls.secure-sig"),
    }
    system, legacy, allow = assets(detection)
    assert system.names == ("X25519MLKEM768", "X25519")
    assert FileLocation(PATH, 6, "[priorities] / SYSTEM") in system.locations
    assert legacy.names == ("3DES-168-CBC", "RSA-PKCS1-1.5", "HMAC-SHA-1", "RSA-PKCS1-1.5-SHA-256")
    assert allow.names == ("SecP256r1MLKEM768", "ECDSA-P-384-SHA-384")


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
        ("SECURE128:-ARCFOUR-128:!MD5:%COMPAT:@SYSTEM", []),
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
