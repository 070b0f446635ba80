"""The TLS server configuration corpus (tests/corpus/config/tls: nginx, Apache httpd, HAProxy, openssl.cnf,
GnuTLS, Postfix, Dovecot as they sit under /etc): every configuration finding and ProtocolConfig asset, exact.

Lines with `None` are documented defaults (nginx `ssl_ecdh_curve auto` and openssl.cnf system_default without
Groups: OpenSSL 3.5's group list). Included files (sites-enabled, snippets, conf.d) are reported in place, at
their own lines, inside the server block or section that includes them.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from tests.config_tools import OPENSSL_DEFAULT_GROUPS, OPENSSL_HIGH

from qready.engine import scan
from qready.model import FileLocation, ProtocolConfig

CORPUS = Path(__file__).parents[1] / "corpus" / "config" / "tls"
TLS_RULES = ("config.nginx.", "config.apache.", "config.haproxy.", "config.openssl.", "config.gnutls.")
TLS_RULES += ("config.postfix.", "config.dovecot.")

# GnuTLS NORMAL (lib/priority.c) plus the groups added after it
GNUTLS_NORMAL = (
    "AES-128-CBC",
    "AES-128-CCM",
    "AES-128-GCM",
    "AES-256-CBC",
    "AES-256-CCM",
    "AES-256-GCM",
    "ChaCha20-Poly1305",
    "ECDH",
    "ECDH-P-256",
    "ECDH-P-384",
    "ECDH-P-521",
    "ECDSA",
    "ECDSA-P-256-SHA-256",
    "ECDSA-P-384-SHA-384",
    "ECDSA-P-521-SHA-512",
    "ECDSA-SHA-1",
    "Ed25519",
    "FFDH",
    "FFDH-ffdhe2048",
    "FFDH-ffdhe3072",
    "FFDH-ffdhe4096",
    "FFDH-ffdhe6144",
    "FFDH-ffdhe8192",
    "HMAC-SHA-1",
    "RSA",
    "RSA-PKCS1-1.5",
    "RSA-PKCS1-1.5-SHA-1",
    "RSA-PKCS1-1.5-SHA-256",
    "RSA-PKCS1-1.5-SHA-384",
    "RSA-PKCS1-1.5-SHA-512",
    "RSA-PSS-SHA-256",
    "RSA-PSS-SHA-384",
    "RSA-PSS-SHA-512",
    "X25519",
    "X25519MLKEM768",
)

EXPECTED_FINDINGS = {
    ("etc/apache2/apache2.conf", 9, "SSLCipherSuite", "config.apache.sslciphersuite"): OPENSSL_HIGH,
    (
        "etc/apache2/sites-enabled/portal-ssl.conf",
        10,
        "VirtualHost _default_:443 / SSLOpenSSLConfCmd Groups",
        "config.apache.sslopensslconfcmd.groups",
    ): ("ECDH-P-256", "X25519", "X25519MLKEM768"),
    (
        "etc/apache2/sites-enabled/portal-ssl.conf",
        11,
        "VirtualHost _default_:443 / SSLCipherSuite",
        "config.apache.sslciphersuite",
    ): ("AES-256-GCM", "ECDH", "ECDSA", "FFDH", "RSA"),
    (
        "etc/apache2/sites-enabled/portal-ssl.conf",
        13,
        "VirtualHost _default_:443 / SSLCipherSuite",
        "config.apache.sslciphersuite",
    ): ("AES-256-GCM", "ChaCha20-Poly1305"),
    ("etc/dovecot/conf.d/10-ssl.conf", 8, "ssl_curve_list", "config.dovecot.ssl_curve_list"): (
        "ECDH-P-256",
        "X25519",
        "X25519MLKEM768",
    ),
    ("etc/dovecot/conf.d/10-ssl.conf", 9, "ssl_cipher_list", "config.dovecot.ssl_cipher_list"): (
        "AES-128-GCM",
        "AES-256-GCM",
        "ECDH",
        "ECDSA",
        "RSA",
    ),
    ("etc/gnutls/config", 6, "[priorities] / SYSTEM", "config.gnutls.priority"): GNUTLS_NORMAL,
    (
        "etc/haproxy/haproxy.cfg",
        9,
        "global / ssl-default-bind-curves",
        "config.haproxy.ssl-default-bind-curves",
    ): ("ECDH-P-256", "ECDH-P-384", "X25519", "X25519MLKEM768"),
    (
        "etc/haproxy/haproxy.cfg",
        10,
        "global / ssl-default-bind-ciphers",
        "config.haproxy.ssl-default-bind-ciphers",
    ): ("AES-128-GCM", "AES-256-GCM", "ECDH", "ECDSA", "RSA"),
    (
        "etc/haproxy/haproxy.cfg",
        11,
        "global / ssl-default-bind-ciphersuites",
        "config.haproxy.ssl-default-bind-ciphersuites",
    ): ("AES-128-GCM", "AES-256-GCM", "ChaCha20-Poly1305"),
    ("etc/haproxy/haproxy.cfg", 28, "frontend partners / bind ciphers", "config.haproxy.bind.ciphers"): (
        "AES-256-CBC",
        "RSA-PKCS1-1.5",
    ),
    ("etc/haproxy/haproxy.cfg", 28, "frontend partners / bind curves", "config.haproxy.bind.curves"): (
        "ECDH-P-521",
    ),
    (
        "etc/nginx/nginx.conf",
        None,
        "server legacy-api.internal 8443 / ssl_ecdh_curve",
        "config.nginx.ssl_ecdh_curve",
    ): OPENSSL_DEFAULT_GROUPS,
    (
        "etc/nginx/sites-enabled/legacy-api",
        6,
        "server legacy-api.internal 8443 / ssl_ciphers",
        "config.nginx.ssl_ciphers",
    ): OPENSSL_HIGH,
    (
        "etc/nginx/snippets/tls-modern.conf",
        1,
        "server shop.example.com 443 / ssl_ecdh_curve",
        "config.nginx.ssl_ecdh_curve",
    ): ("ECDH-P-256", "ECDH-P-384", "X25519", "X25519MLKEM768"),
    (
        "etc/nginx/snippets/tls-modern.conf",
        2,
        "server shop.example.com 443 / ssl_ciphers",
        "config.nginx.ssl_ciphers",
    ): ("AES-128-GCM", "ChaCha20-Poly1305", "ECDH", "ECDSA", "RSA"),
    ("etc/postfix/main.cf", 11, "tls_high_cipherlist", "config.postfix.tls_high_cipherlist"): (
        "AES-128-GCM",
        "AES-256-GCM",
        "DSA",
        "ECDH",
        "ECDSA",
        "FFDH",
        "RSA",
    ),
    ("etc/postfix/main.cf", 13, "tls_eecdh_auto_curves", "config.postfix.tls_eecdh_auto_curves"): (
        "ECDH-P-256",
        "ECDH-P-384",
        "X25519",
        "X25519MLKEM768",
    ),
    # level may: opportunistic TLS uses smtpd_tls_ciphers, "medium" by default, whose list is not written
    ("etc/postfix/main.cf", None, "tls_medium_cipherlist", "config.postfix.tls_medium_cipherlist"): (
        "3DES-168-CBC",
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
        "DSA",
        "ECDH",
        "ECDSA",
        "FFDH",
        "HMAC-MD5",
        "HMAC-SHA-1",
        "IDEA",
        "RC4",
        "RSA",
        "RSA-PKCS1-1.5",
        "SEED",
    ),
    ("etc/postfix/main.cf", None, "tls_ffdhe_auto_groups", "config.postfix.tls_ffdhe_auto_groups"): (
        "FFDH-ffdhe2048",
        "FFDH-ffdhe3072",
    ),
    (
        "etc/ssl/openssl.cnf",
        None,
        "[system_default_sect] / Groups",
        "config.openssl.groups",
    ): OPENSSL_DEFAULT_GROUPS,
    ("etc/ssl/openssl.cnf", 24, "[system_default_sect] / CipherString", "config.openssl.cipherstring"): (
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
    ),
}

# (version, algorithm names, key/certificate files)
EXPECTED_ASSETS = [
    (
        "MinProtocol TLSv1.2",
        (
            "AES-128-CBC",
            "AES-128-GCM",
            "AES-256-CBC",
            "AES-256-GCM",
            "ChaCha20-Poly1305",
            "ECDH",
            "ECDH-P-256",
            "ECDH-P-384",
            "ECDH-P-521",
            "ECDSA",
            "FFDH",
            "FFDH-ffdhe2048",
            "FFDH-ffdhe3072",
            "HMAC-SHA-1",
            "RSA",
            "RSA-PKCS1-1.5",
            "X25519",
            "X25519MLKEM768",
            "X448",
        ),
        (),
    ),
    (
        "-VERS-ALL +VERS-TLS1.3 +VERS-TLS1.2",
        GNUTLS_NORMAL,
        (),
    ),
    (
        "ssl-min-ver TLSv1.2",
        (
            "AES-128-GCM",
            "AES-256-GCM",
            "ChaCha20-Poly1305",
            "ECDH",
            "ECDH-P-256",
            "ECDH-P-384",
            "ECDSA",
            "RSA",
            "X25519",
            "X25519MLKEM768",
        ),
        ("etc/haproxy/certs/edge.pem", "etc/haproxy/certs/partners.pem"),
    ),
    (
        "ssl-min-ver TLSv1.2",
        ("AES-128-GCM", "AES-256-CBC", "AES-256-GCM", "ChaCha20-Poly1305", "ECDH-P-521", "RSA-PKCS1-1.5"),
        ("etc/haproxy/certs/partners.pem",),
    ),
    (
        "TLSv1.2 TLSv1.3",
        (
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
            "DSA",
            "ECDH",
            "ECDH-P-256",
            "ECDH-P-384",
            "ECDH-P-521",
            "ECDSA",
            "FFDH",
            "FFDH-ffdhe2048",
            "FFDH-ffdhe3072",
            "HMAC-SHA-1",
            "RSA",
            "RSA-PKCS1-1.5",
            "X25519",
            "X25519MLKEM768",
            "X448",
        ),
        ("etc/ssl/certs/legacy-api.pem", "etc/ssl/private/legacy-api.key"),
    ),
    (
        "!SSLv2, !SSLv3, !TLSv1, !TLSv1.1",
        (
            "3DES-168-CBC",
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
            "DSA",
            "ECDH",
            "ECDH-P-256",
            "ECDH-P-384",
            "ECDSA",
            "FFDH",
            "FFDH-ffdhe2048",
            "FFDH-ffdhe3072",
            "HMAC-MD5",
            "HMAC-SHA-1",
            "IDEA",
            "RC4",
            "RSA",
            "RSA-PKCS1-1.5",
            "SEED",
            "X25519",
            "X25519MLKEM768",
        ),
        ("etc/ssl/certs/mail.example.com.pem", "etc/ssl/private/mail.example.com.key"),
    ),
    (
        "ssl_min_protocol TLSv1.2",
        ("AES-128-GCM", "AES-256-GCM", "ECDH", "ECDH-P-256", "ECDSA", "RSA", "X25519", "X25519MLKEM768"),
        ("etc/ssl/certs/mail.example.com.pem", "etc/ssl/private/mail.example.com.key"),
    ),
    (
        "all -SSLv3",
        (
            "AES-256-GCM",
            "ChaCha20-Poly1305",
            "ECDH",
            "ECDH-P-256",
            "ECDSA",
            "FFDH",
            "RSA",
            "X25519",
            "X25519MLKEM768",
        ),
        ("etc/ssl/certs/portal.example.com.pem", "etc/ssl/private/portal.example.com.key"),
    ),
    (
        "TLSv1.2 TLSv1.3",
        (
            "AES-128-GCM",
            "ChaCha20-Poly1305",
            "ECDH",
            "ECDH-P-256",
            "ECDH-P-384",
            "ECDSA",
            "RSA",
            "X25519",
            "X25519MLKEM768",
        ),
        ("etc/ssl/certs/shop.example.com.pem", "etc/ssl/private/shop.example.com.key"),
    ),
]


def test_findings() -> None:
    inventory = scan(CORPUS)
    found: dict[tuple[str, int | None, str | None, str], list[str]] = defaultdict(list)
    for finding in inventory.findings:
        if finding.rule_id.startswith(TLS_RULES):
            assert isinstance(finding.location, FileLocation)
            assert finding.function == "reference"
            location = finding.location
            found[(location.path, location.line, location.item, finding.rule_id)].append(
                finding.algorithm.name
            )
    assert {key: tuple(sorted(names)) for key, names in found.items()} == EXPECTED_FINDINGS


def test_assets_and_linked_files() -> None:
    inventory = scan(CORPUS)
    configs = sorted(
        (a for a in inventory.assets if isinstance(a, ProtocolConfig) and a.protocol == "tls"),
        key=lambda a: a.files + a.names,
    )
    assert [(a.version, tuple(sorted(a.names)), a.files) for a in configs] == EXPECTED_ASSETS
    for config in configs:
        for path in config.files:
            assert (CORPUS / path).is_file()


def test_no_problems() -> None:
    inventory = scan(CORPUS)
    assert [
        (o.target, o.reason) for o in inventory.outcomes if o.reason and o.detector.startswith("config")
    ] == []
