"""Postfix main.cf and Dovecot: settings, continuation lines, `<file` values, !include, blocks, assets."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.config_tools import CONTEXT, algorithms_at, assets, rows, scanned, tree

from qready.detectors.base import Detection
from qready.detectors.configs import CONFIG_DETECTORS
from qready.detectors.configs.mail import MailTlsDetector
from qready.discovery import ScannedFile
from qready.model import FileLocation

MAIN_CF = """\
# TLS parameters
smtpd_tls_cert_file = /etc/ssl/certs/mail.pem
smtpd_tls_key_file = $smtpd_tls_cert_file
smtpd_tls_eccert_file=/etc/ssl/certs/mail-ec.pem
smtpd_tls_security_level = may
smtpd_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1
tls_high_cipherlist = ECDHE+AESGCM:
    DHE+AESGCM:!aNULL
tls_eecdh_auto_curves = X25519MLKEM768 X25519 prime256v1
tls_ssl_options = NO_RENEGOTIATION
"""
DOVECOT = """\
ssl = required
ssl_cert = </etc/dovecot/private/dovecot.pem
ssl_key = </etc/dovecot/private/dovecot.key
ssl_min_protocol = TLSv1.2
ssl_cipher_list = ALL:!kRSA:!SRP:!kDHd:!DSS:!aNULL:!eNULL:!EXPORT:!DES:!3DES:!MD5:!PSK:!RC4:!ADH:!LOW@STRENGTH
!include conf.d/*.conf
protocol imap {
  ssl_curve_list = P-384
}
"""
FILES: dict[str, str | bytes] = {
    "etc/postfix/main.cf": MAIN_CF,
    "etc/ssl/certs/mail.pem": "c",
    "etc/ssl/certs/mail-ec.pem": "c",
    "etc/dovecot/dovecot.conf": DOVECOT,
    "etc/dovecot/conf.d/10-ssl.conf": "ssl_curve_list = X25519MLKEM768:X25519 # hybrid first\n",
    "etc/dovecot/private/dovecot.pem": "c",
    "etc/dovecot/private/dovecot.key": "k",
}
POSTFIX = "etc/postfix/main.cf"
DOVE = "etc/dovecot/dovecot.conf"
SSL_CONF = "etc/dovecot/conf.d/10-ssl.conf"


def _detect(root: Path, rel: str) -> Detection:
    return MailTlsDetector().detect(scanned(root, rel), CONTEXT)


def test_registered() -> None:
    assert MailTlsDetector in CONFIG_DETECTORS


def test_postfix(tmp_path: Path) -> None:
    tree(tmp_path, FILES)
    detection = _detect(tmp_path, POSTFIX)
    assert detection.problems == []
    high = "config.postfix.tls_high_cipherlist"
    curves = "config.postfix.tls_eecdh_auto_curves"
    assert {row for row in rows(detection) if row[1] is not None} == {
        (POSTFIX, 7, "tls_high_cipherlist", "ECDH", high),
        (POSTFIX, 7, "tls_high_cipherlist", "ECDSA", high),
        (POSTFIX, 7, "tls_high_cipherlist", "RSA", high),
        (POSTFIX, 7, "tls_high_cipherlist", "FFDH", high),
        (POSTFIX, 7, "tls_high_cipherlist", "DSA", high),
        (POSTFIX, 7, "tls_high_cipherlist", "AES-128-GCM", high),
        (POSTFIX, 7, "tls_high_cipherlist", "AES-256-GCM", high),
        (POSTFIX, 9, "tls_eecdh_auto_curves", "X25519MLKEM768", curves),
        (POSTFIX, 9, "tls_eecdh_auto_curves", "X25519", curves),
        (POSTFIX, 9, "tls_eecdh_auto_curves", "ECDH-P-256", curves),
    }
    # opportunistic TLS (level may) uses smtpd_tls_ciphers, "medium" by default: its list is not written
    defaults = {(f.location.item, f.evidence) for f in detection.findings if f.location.line is None}
    assert defaults == {
        (
            "tls_medium_cipherlist",
            "tls_medium_cipherlist aNULL:-aNULL:HIGH:MEDIUM:+RC4:@STRENGTH (Postfix 3.9 default)",
        ),
        ("tls_ffdhe_auto_groups", "tls_ffdhe_auto_groups ffdhe2048 ffdhe3072 (Postfix 3.9 default)"),
    }
    (asset,) = assets(detection)
    assert asset.version == "!SSLv2, !SSLv3, !TLSv1, !TLSv1.1"
    assert asset.files == ("etc/ssl/certs/mail.pem", "etc/ssl/certs/mail-ec.pem")
    assert FileLocation(POSTFIX, None, "smtpd") in asset.locations
    assert FileLocation(POSTFIX, 9, "tls_eecdh_auto_curves") in asset.locations
    assert FileLocation(POSTFIX, 7, "tls_high_cipherlist") not in asset.locations  # written, grade not high
    assert {"X25519MLKEM768", "FFDH-ffdhe2048", "RC4", "IDEA"} <= set(asset.names)
    assert "DSA" in asset.names  # from the default medium list (kDHE + aDSS suites)


def _postfix_asset_lists(root: Path, text: str) -> tuple[set[str], set[str]]:
    """(the lists the server's asset draws on, the lists reported as defaults)."""
    tree(root, {"main.cf": text})
    detection = _detect(root, "main.cf")
    (asset,) = assets(detection)
    lists = {loc.item for loc in asset.locations if isinstance(loc, FileLocation) and loc.item != "smtpd"}
    defaults = {f.location.item for f in detection.findings if f.location.line is None}
    return {str(item) for item in lists}, {str(item) for item in defaults}


@pytest.mark.parametrize(
    ("text", "in_use", "defaulted"),
    [
        (
            "smtpd_tls_security_level = encrypt\nsmtpd_tls_mandatory_ciphers = high\n"
            "smtpd_tls_ciphers = null\nsmtpd_tls_eecdh_grade = strong\n",
            {"tls_high_cipherlist", "tls_eecdh_strong_curve"},
            {"tls_high_cipherlist", "tls_eecdh_strong_curve"},
        ),
        (
            "smtpd_use_tls = yes\nsmtpd_tls_ciphers = export\nsmtpd_tls_eecdh_grade = ultra\n"
            "tls_eecdh_ultra_curve = secp521r1\ntls_export_cipherlist = ALL:+RC4\n",
            {"tls_medium_cipherlist", "tls_eecdh_ultra_curve"},
            {"tls_medium_cipherlist"},
        ),
        (
            "smtpd_tls_cert_file = /x.pem\nsmtpd_tls_ciphers = null\nsmtpd_tls_eecdh_grade = none\n",
            {"tls_null_cipherlist"},
            {"tls_null_cipherlist"},
        ),
    ],
    ids=["mandatory-high-strong", "export-is-medium-ultra-written", "null-no-ecdhe"],
)
def test_postfix_cipher_and_curve_grades(
    tmp_path: Path, text: str, in_use: set[str], defaulted: set[str]
) -> None:
    assert _postfix_asset_lists(tmp_path, text) == (in_use, defaulted)


def test_postfix_grade_defaults_name_their_curves(tmp_path: Path) -> None:
    tree(tmp_path, {"main.cf": "smtpd_tls_security_level = may\nsmtpd_tls_eecdh_grade = ultra\n"})
    detection = _detect(tmp_path, "main.cf")
    ultra = [f for f in detection.findings if f.rule_id == "config.postfix.tls_eecdh_ultra_curve"]
    assert [(f.algorithm.name, f.evidence) for f in ultra] == [
        ("ECDH-P-384", "tls_eecdh_ultra_curve secp384r1 (Postfix 3.9 default)")
    ]


def test_postfix_without_a_server_has_no_asset_and_last_assignment_wins(tmp_path: Path) -> None:
    text = "tls_high_cipherlist = RC4-SHA\ntls_high_cipherlist = ECDHE+AESGCM\n"
    tree(tmp_path, {"main.cf": text})
    detection = _detect(tmp_path, "main.cf")
    assert assets(detection) == []
    assert {row[1] for row in rows(detection)} == {2}
    assert "RC4" not in {f.algorithm.name for f in detection.findings}


def test_dovecot(tmp_path: Path) -> None:
    tree(tmp_path, FILES)
    detection = _detect(tmp_path, DOVE)
    assert detection.problems == []
    assert {r for r in rows(detection) if r[2] != "ssl_cipher_list"} == {
        (SSL_CONF, 1, "ssl_curve_list", "X25519MLKEM768", "config.dovecot.ssl_curve_list"),
        (SSL_CONF, 1, "ssl_curve_list", "X25519", "config.dovecot.ssl_curve_list"),
        (DOVE, 8, "protocol imap / ssl_curve_list", "ECDH-P-384", "config.dovecot.ssl_curve_list"),
    }
    assert algorithms_at(detection, DOVE, 5) == [
        "AES-128-CBC",
        "AES-128-CCM",
        "AES-128-GCM",
        "AES-256-CBC",
        "AES-256-CCM",
        "AES-256-GCM",
        "ARIA-128",
        "ARIA-256",
        "Camellia-128-CBC",
        "Camellia-256-CBC",
        "ChaCha20-Poly1305",
        "ECDH",
        "ECDSA",
        "FFDH",
        "HMAC-SHA-1",
        "RSA",
        "SEED",  # DHE-RSA-SEED-SHA of OpenSSL 1.1.1 builds; IDEA-CBC-SHA is kRSA, removed
    ]
    (asset,) = assets(detection)
    assert asset.version == "ssl_min_protocol TLSv1.2"
    assert asset.files == ("etc/dovecot/private/dovecot.pem", "etc/dovecot/private/dovecot.key")
    assert "ECDH-P-384" not in asset.names  # only for IMAP: the asset is the global configuration
    assert "X25519MLKEM768" in asset.names


def test_dovecot_included_file_alone_reports_nothing(tmp_path: Path) -> None:
    tree(tmp_path, FILES)
    assert _detect(tmp_path, SSL_CONF) == Detection()


def test_dovecot_ssl_off_and_include_cycle(tmp_path: Path) -> None:
    tree(tmp_path, {"dovecot.conf": "ssl = no\nssl_cipher_list = HIGH\n!include dovecot.conf\n"})
    detection = _detect(tmp_path, "dovecot.conf")
    assert detection.problems == ["dovecot.conf:3: include dovecot.conf: include cycle, not read again"]
    assert detection.assets == []


@pytest.mark.parametrize(
    ("rel", "content", "wanted"),
    [
        ("etc/postfix/main.cf", "smtpd_tls_cert_file = x", True),
        ("etc/postfix/main.cf", "myhostname = x", False),
        ("etc/dovecot/conf.d/10-ssl.conf", "ssl = yes", True),
        ("etc/dovecot/dovecot.conf", "protocols = imap", False),
        ("etc/other/10-ssl.conf", "ssl = yes", False),
    ],
)
def test_wants(rel: str, content: str, wanted: bool) -> None:
    assert MailTlsDetector().wants(ScannedFile(rel, content.encode())) is wanted
