"""Apache httpd mod_ssl: directives, VirtualHost blocks, main-server inheritance, SSLOpenSSLConfCmd,
defaults, Include/IncludeOptional against ServerRoot, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.config_tools import CONTEXT, algorithms_at, assets, rows, scanned, tree

from qready.detectors.base import Detection
from qready.detectors.configs import CONFIG_DETECTORS
from qready.detectors.configs.apache import ApacheDetector
from qready.discovery import ScannedFile
from qready.model import FileLocation

MAIN = """\
# Debian layout
ServerRoot "/etc/apache2"
SSLProtocol all -SSLv3 -TLSv1 -TLSv1.1
SSLCipherSuite ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:\\
DHE-RSA-AES128-GCM-SHA256
IncludeOptional sites-enabled/*.conf
IncludeOptional conf-enabled/*.conf
"""
SITE = """\
<IfModule mod_ssl.c>
    <VirtualHost _default_:443>
        ServerName shop.example.com
        SSLEngine on
        SSLCertificateFile      /etc/ssl/certs/shop.crt
        SSLCertificateKeyFile   /etc/ssl/private/shop.key
        SSLOpenSSLConfCmd Groups X25519MLKEM768:X25519:secp384r1
        SSLCipherSuite TLSv1.3 TLS_AES_256_GCM_SHA384
    </VirtualHost>
    <VirtualHost *:8443>
        SSLEngine on
        SSLCipherSuite "RC4-SHA:AES256-SHA"
    </VirtualHost>
    <VirtualHost *:80>
        ServerName plain.example.com
    </VirtualHost>
</IfModule>
"""
FILES: dict[str, str | bytes] = {
    "etc/apache2/apache2.conf": MAIN,
    "etc/apache2/sites-enabled/default-ssl.conf": SITE,
    "etc/ssl/certs/shop.crt": "cert",
    "etc/ssl/private/shop.key": "key",
}
MAIN_PATH = "etc/apache2/apache2.conf"
SITE_PATH = "etc/apache2/sites-enabled/default-ssl.conf"
SHOP = "VirtualHost _default_:443"
ALT = "VirtualHost *:8443"
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


def _detect(root: Path, rel: str) -> Detection:
    return ApacheDetector().detect(scanned(root, rel), CONTEXT)


def test_registered() -> None:
    assert ApacheDetector in CONFIG_DETECTORS


def test_findings(tmp_path: Path) -> None:
    tree(tmp_path, FILES)
    detection = _detect(tmp_path, MAIN_PATH)
    assert detection.problems == []
    written = {r for r in rows(detection) if r[1] is not None}
    assert written == {
        (MAIN_PATH, 4, "SSLCipherSuite", "ECDH", "config.apache.sslciphersuite"),
        (MAIN_PATH, 4, "SSLCipherSuite", "ECDSA", "config.apache.sslciphersuite"),
        (MAIN_PATH, 4, "SSLCipherSuite", "RSA", "config.apache.sslciphersuite"),
        (MAIN_PATH, 4, "SSLCipherSuite", "FFDH", "config.apache.sslciphersuite"),
        (MAIN_PATH, 4, "SSLCipherSuite", "AES-128-GCM", "config.apache.sslciphersuite"),
        (
            SITE_PATH,
            7,
            f"{SHOP} / SSLOpenSSLConfCmd Groups",
            "X25519MLKEM768",
            "config.apache.sslopensslconfcmd.groups",
        ),
        (
            SITE_PATH,
            7,
            f"{SHOP} / SSLOpenSSLConfCmd Groups",
            "X25519",
            "config.apache.sslopensslconfcmd.groups",
        ),
        (
            SITE_PATH,
            7,
            f"{SHOP} / SSLOpenSSLConfCmd Groups",
            "ECDH-P-384",
            "config.apache.sslopensslconfcmd.groups",
        ),
        (SITE_PATH, 8, f"{SHOP} / SSLCipherSuite", "AES-256-GCM", "config.apache.sslciphersuite"),
        (SITE_PATH, 12, f"{ALT} / SSLCipherSuite", "RSA-PKCS1-1.5", "config.apache.sslciphersuite"),
        (SITE_PATH, 12, f"{ALT} / SSLCipherSuite", "RC4", "config.apache.sslciphersuite"),
        (SITE_PATH, 12, f"{ALT} / SSLCipherSuite", "AES-256-CBC", "config.apache.sslciphersuite"),
        (SITE_PATH, 12, f"{ALT} / SSLCipherSuite", "HMAC-SHA-1", "config.apache.sslciphersuite"),
    }
    # neither TLS virtual host sets the groups: OpenSSL 3.5's defaults, once per host
    defaults = {r for r in rows(detection) if r[1] is None}
    assert defaults == {
        (MAIN_PATH, None, f"{ALT} / SSLOpenSSLConfCmd Groups", name, "config.apache.sslopensslconfcmd.groups")
        for name in DEFAULT_GROUPS
    }


def test_assets_per_tls_virtual_host(tmp_path: Path) -> None:
    tree(tmp_path, FILES)
    shop, alt = assets(_detect(tmp_path, MAIN_PATH))
    assert shop.version == "all -SSLv3 -TLSv1 -TLSv1.1"
    assert sorted(shop.names) == sorted(
        [
            "AES-128-GCM",
            "ECDH",
            "ECDSA",
            "FFDH",
            "RSA",
            "X25519MLKEM768",
            "X25519",
            "ECDH-P-384",
            "AES-256-GCM",
        ]
    )
    assert shop.files == ("etc/ssl/certs/shop.crt", "etc/ssl/private/shop.key")
    assert FileLocation(SITE_PATH, 3, SHOP) in shop.locations
    assert sorted(alt.names) == sorted(["AES-256-CBC", "HMAC-SHA-1", "RC4", "RSA-PKCS1-1.5", *DEFAULT_GROUPS])
    assert alt.files == ()


def test_included_site_reports_nothing_alone(tmp_path: Path) -> None:
    tree(tmp_path, FILES)
    assert _detect(tmp_path, SITE_PATH) == Detection()


def test_lone_vhost_gets_mod_ssl_default_cipher_suite(tmp_path: Path) -> None:
    tree(tmp_path, {"vhost.conf": "<VirtualHost *:443>\nSSLEngine on\n</VirtualHost>\n"})
    detection = _detect(tmp_path, "vhost.conf")
    item = "VirtualHost *:443 / SSLCipherSuite"
    assert algorithms_at(detection, "vhost.conf", None, item) == [
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
    assert {f.evidence for f in detection.findings if f.location.line is None} == {  # type: ignore[union-attr]
        "SSLCipherSuite DEFAULT (Apache httpd 2.4 default: OpenSSL 3.5 default)",
        "SSLOpenSSLConfCmd Groups X25519MLKEM768:X25519:secp256r1:X448:secp384r1:secp521r1:ffdhe2048:"
        "ffdhe3072 (OpenSSL 3.5 default)",
    }


def test_bad_input(tmp_path: Path) -> None:
    tree(
        tmp_path,
        {
            "httpd.conf": 'SSLCipherSuite "HIGH\nInclude conf/loop.conf\nInclude /outside/../../x.conf\n',
            "conf/loop.conf": "Include conf/loop.conf\nSSLOpenSSLConfCmd Curves P-521\n",
        },
    )
    detection = _detect(tmp_path, "httpd.conf")
    assert detection.problems == [
        "httpd.conf:1: unbalanced quotes; line ignored",
        "conf/loop.conf:1: include conf/loop.conf: include cycle, not read again",
        "httpd.conf:3: include /outside/../../x.conf: outside the scanned tree, not read",
    ]
    assert rows(detection) == {
        (
            "conf/loop.conf",
            2,
            "SSLOpenSSLConfCmd Curves",
            "ECDH-P-521",
            "config.apache.sslopensslconfcmd.curves",
        )
    }


@pytest.mark.parametrize(
    ("rel", "content", "wanted"),
    [
        ("etc/httpd/conf/httpd.conf", "ServerRoot /etc/httpd\nSSLEngine on", True),
        ("etc/httpd/conf.d/ssl.conf", "<VirtualHost _default_:443>", True),
        ("etc/apache2/apache2.conf", "ServerRoot /etc/apache2", False),
        ("etc/nginx/sites-enabled/x.conf", "SSLEngine on", False),
        ("notes/readme.md", "SSLEngine on", False),
    ],
)
def test_wants(rel: str, content: str, wanted: bool) -> None:
    assert ApacheDetector().wants(ScannedFile(rel, content.encode())) is wanted
