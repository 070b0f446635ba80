"""nginx: grammar, http -> server inheritance, ssl_conf_command, defaults, includes, blocks, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.config_tools import (
    CONTEXT,
    OPENSSL_DEFAULT_GROUPS,
    OPENSSL_HIGH,
    algorithms_at,
    assets,
    rows,
    scanned,
    tree,
)

from qready.detectors.base import Detection
from qready.detectors.configs import CONFIG_DETECTORS
from qready.detectors.configs.nginx import NginxDetector
from qready.detectors.configs.nginx_parse import tokens
from qready.discovery import ScannedFile
from qready.model import Confidence, FileLocation

NGINX_CONF = """\
user www-data;
events { worker_connections 768; }
http {
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_ciphers "ECDHE+AESGCM:!aNULL"; # inherited by every server
    include /etc/nginx/sites-enabled/*;
}
"""
SITE = """\
server {
    listen 443 ssl;
    server_name example.org www.example.org;
    ssl_certificate /etc/ssl/example.pem;
    ssl_certificate_key /etc/ssl/private/example.key;
    ssl_ecdh_curve X25519MLKEM768:X25519:prime256v1;
    include snippets/ssl.conf;
}
server {
    listen 80;
    server_name example.org;
    return 301 https://$host$request_uri;
}
server {
    listen 8443 ssl;
    server_name legacy.example.org;
    ssl_ciphers 'DHE-RSA-DES-CBC3-SHA';
    ssl_certificate /etc/ssl/legacy.pem;
}
"""
FILES: dict[str, str | bytes] = {
    "etc/nginx/nginx.conf": NGINX_CONF,
    "etc/nginx/sites-enabled/example.org": SITE,
    "etc/nginx/snippets/ssl.conf": "ssl_conf_command SignatureAlgorithms ECDSA+SHA256:ed25519;\n",
    "etc/ssl/example.pem": "cert",
    "etc/ssl/private/example.key": "key",
    "etc/ssl/legacy.pem": "cert",
}
NGINX = "etc/nginx/nginx.conf"
SITES = "etc/nginx/sites-enabled/example.org"
MAIN_SERVER = "server example.org 443"
LEGACY = "server legacy.example.org 8443"


def _detect(root: Path, rel: str) -> Detection:
    return NginxDetector().detect(scanned(root, rel), CONTEXT)


def test_registered() -> None:
    assert NginxDetector in CONFIG_DETECTORS


def test_whole_configuration(tmp_path: Path) -> None:
    tree(tmp_path, FILES)
    detection = _detect(tmp_path, NGINX)
    assert detection.problems == []
    assert algorithms_at(detection, NGINX, 5) == ["AES-128-GCM", "AES-256-GCM", "ECDH", "ECDSA", "RSA"]
    assert {r for r in rows(detection) if r[0] == SITES} == {
        (SITES, 6, f"{MAIN_SERVER} / ssl_ecdh_curve", "X25519MLKEM768", "config.nginx.ssl_ecdh_curve"),
        (SITES, 6, f"{MAIN_SERVER} / ssl_ecdh_curve", "X25519", "config.nginx.ssl_ecdh_curve"),
        (SITES, 6, f"{MAIN_SERVER} / ssl_ecdh_curve", "ECDH-P-256", "config.nginx.ssl_ecdh_curve"),
        (SITES, 17, f"{LEGACY} / ssl_ciphers", "FFDH", "config.nginx.ssl_ciphers"),
        (SITES, 17, f"{LEGACY} / ssl_ciphers", "RSA", "config.nginx.ssl_ciphers"),
        (SITES, 17, f"{LEGACY} / ssl_ciphers", "3DES-168-CBC", "config.nginx.ssl_ciphers"),
        (SITES, 17, f"{LEGACY} / ssl_ciphers", "HMAC-SHA-1", "config.nginx.ssl_ciphers"),
    }
    rule = "config.nginx.ssl_conf_command.signaturealgorithms"
    item = f"{MAIN_SERVER} / ssl_conf_command SignatureAlgorithms"
    assert {r for r in rows(detection) if r[0] == "etc/nginx/snippets/ssl.conf"} == {
        ("etc/nginx/snippets/ssl.conf", 1, item, "ECDSA-P-256-SHA-256", rule),
        ("etc/nginx/snippets/ssl.conf", 1, item, "Ed25519", rule),
    }


def test_default_curve_for_a_server_without_one(tmp_path: Path) -> None:
    tree(tmp_path, FILES)
    detection = _detect(tmp_path, NGINX)
    assert algorithms_at(detection, NGINX, None, f"{LEGACY} / ssl_ecdh_curve") == list(OPENSSL_DEFAULT_GROUPS)
    defaults = [f for f in detection.findings if f.location.line is None]  # type: ignore[union-attr]
    assert {f.evidence for f in defaults} == {"ssl_ecdh_curve auto (nginx 1.27 default: OpenSSL 3.5 default)"}
    assert {f.confidence for f in defaults} == {Confidence.MEDIUM}
    assert {f.provenance for f in defaults} == {(("value", "default"),)}


def test_one_asset_per_tls_server(tmp_path: Path) -> None:
    tree(tmp_path, FILES)
    main, legacy = assets(_detect(tmp_path, NGINX))
    assert main.protocol == "tls" and main.version == "TLSv1.2 TLSv1.3"
    assert main.names == (
        "AES-128-GCM",
        "AES-256-GCM",
        "ECDH",
        "ECDSA",
        "RSA",
        "X25519MLKEM768",
        "X25519",
        "ECDH-P-256",
        "ECDSA-P-256-SHA-256",
        "Ed25519",
    )
    assert main.files == ("etc/ssl/example.pem", "etc/ssl/private/example.key")
    assert FileLocation(SITES, 1, MAIN_SERVER) in main.locations
    assert sorted(legacy.names) == sorted(
        ["3DES-168-CBC", "FFDH", "HMAC-SHA-1", "RSA", *OPENSSL_DEFAULT_GROUPS]
    )
    assert legacy.version == "TLSv1.2 TLSv1.3"  # inherited from http
    assert legacy.files == ("etc/ssl/legacy.pem",)


def test_included_file_reports_nothing_on_its_own(tmp_path: Path) -> None:
    tree(tmp_path, FILES)
    assert _detect(tmp_path, SITES) == Detection()
    assert _detect(tmp_path, "etc/nginx/snippets/ssl.conf") == Detection()


def test_file_not_included_is_read_alone_with_defaults(tmp_path: Path) -> None:
    tree(
        tmp_path,
        {**FILES, "etc/nginx/sites-available/old": "server { listen 443 ssl; ssl_protocols TLSv1; }\n"},
    )
    detection = _detect(tmp_path, "etc/nginx/sites-available/old")
    item = "server (line 1) 443"
    assert algorithms_at(detection, "etc/nginx/sites-available/old", None, f"{item} / ssl_ciphers") == list(
        OPENSSL_HIGH
    )
    (asset,) = assets(detection)
    assert asset.version == "TLSv1"


def test_stream_server_and_conf_command_groups(tmp_path: Path) -> None:
    conf = """\
stream {
    server {
        listen 5432 ssl;
        ssl_conf_command Groups X25519MLKEM768:SecP256r1MLKEM768;
        ssl_conf_command Ciphersuites TLS_AES_256_GCM_SHA384;
        proxy_pass db;
    }
}
"""
    tree(tmp_path, {"nginx.conf": conf})
    detection = _detect(tmp_path, "nginx.conf")
    item = "stream server (line 2) 5432"
    assert rows(detection) == {
        (
            "nginx.conf",
            4,
            f"{item} / ssl_conf_command Groups",
            "X25519MLKEM768",
            "config.nginx.ssl_conf_command.groups",
        ),
        (
            "nginx.conf",
            4,
            f"{item} / ssl_conf_command Groups",
            "SecP256r1MLKEM768",
            "config.nginx.ssl_conf_command.groups",
        ),
        (
            "nginx.conf",
            5,
            f"{item} / ssl_conf_command Ciphersuites",
            "AES-256-GCM",
            "config.nginx.ssl_conf_command.ciphersuites",
        ),
    } | {
        ("nginx.conf", None, f"{item} / ssl_ciphers", name, "config.nginx.ssl_ciphers")
        for name in OPENSSL_HIGH
    }
    (asset,) = assets(detection)
    assert asset.version == "TLSv1.2 TLSv1.3"  # nginx's default ssl_protocols


def test_tokens_quotes_comments_variables() -> None:
    text = "a \"b c\" 'd;e' ${x}y # gone\n f\\ g;"
    assert [(t.text, t.line, t.quoted) for t in tokens(text)] == [
        ("a", 1, False),
        ("b c", 1, True),
        ("d;e", 1, True),
        ("${x}y", 1, False),
        ("f\\", 2, False),
        ("g", 2, False),
        (";", 2, False),
    ]


def test_unbalanced_braces_keep_what_was_read(tmp_path: Path) -> None:
    tree(tmp_path, {"nginx.conf": "http {\n  ssl_ecdh_curve secp384r1;\n  server {\n"})
    detection = _detect(tmp_path, "nginx.conf")
    assert detection.problems == ["nginx.conf: unexpected end of file, expecting ';' or '}'"]
    assert rows(detection) == {
        ("nginx.conf", 2, "http / ssl_ecdh_curve", "ECDH-P-384", "config.nginx.ssl_ecdh_curve")
    }


def test_unterminated_quote_and_stray_brace(tmp_path: Path) -> None:
    tree(tmp_path, {"nginx.conf": "ssl_ecdh_curve X448;\n}\n", "b/nginx.conf": 'ssl_ciphers "HIGH;\n'})
    assert _detect(tmp_path, "nginx.conf").problems == ["nginx.conf: line 2: unexpected '}'"]
    assert _detect(tmp_path, "b/nginx.conf").problems == ["b/nginx.conf: line 2: unterminated quote"]


def test_include_cycle_and_outside(tmp_path: Path) -> None:
    tree(
        tmp_path,
        {
            "conf/nginx.conf": "http { include a.conf; include ../../outside.conf; }\n",
            "conf/a.conf": "ssl_ecdh_curve X25519;\ninclude a.conf;\n",
        },
    )
    detection = _detect(tmp_path, "conf/nginx.conf")
    assert detection.problems == [
        "conf/a.conf:2: include conf/a.conf: include cycle, not read again",
        "conf/nginx.conf:1: include ../../outside.conf: outside the scanned tree, not read",
    ]
    assert rows(detection) == {
        ("conf/a.conf", 1, "http / ssl_ecdh_curve", "X25519", "config.nginx.ssl_ecdh_curve")
    }


@pytest.mark.parametrize(
    ("rel", "content", "wanted"),
    [
        ("etc/nginx/nginx.conf", "http { }", True),
        ("etc/nginx/conf.d/tls.conf", "ssl_protocols TLSv1.3;", True),
        ("etc/nginx/sites-enabled/site", "server {\n listen 80; }", True),
        ("etc/apache2/sites-enabled/site.conf", "<VirtualHost *:443>\nserver {", False),
        ("app/settings.conf", "ssl_protocols TLSv1.3;", False),
        ("etc/nginx/mime.types", "types { text/html html; }", False),
        ("etc/nginx/nginx.conf", b"\x00\x01ssl_", False),
        ("deploy/sites-available/default", "ssl_certificate /etc/ssl/site.pem;", True),  # an unnamed tree
        ("deploy/conf.d/site.conf", "server { listen 443 ssl; }", True),
        ("deploy/conf.d/site.conf", "ssl_protocols TLSv1.3;", False),  # no server block: whose is it?
        ("etc/haproxy/conf.d/nginx-like.conf", "server { listen 443; }", False),
        ("etc/dovecot/nginx/ssl.conf", "ssl_protocols TLSv1.3;", False),
    ],
)
def test_wants(rel: str, content: str | bytes, wanted: bool) -> None:
    data = content.encode() if isinstance(content, str) else content
    assert NginxDetector().wants(ScannedFile(rel, data)) is wanted


def test_tls13_only_server_gets_no_default_cipher_list(tmp_path: Path) -> None:
    conf = (
        "http {\n  server {\n    listen 443 ssl;\n    server_name api;\n    ssl_protocols TLSv1.3;\n  }\n}\n"
    )
    tree(tmp_path, {"nginx.conf": conf})
    detection = _detect(tmp_path, "nginx.conf")
    # ssl_ciphers only configures TLS 1.2 and below: only the default groups apply to a TLS 1.3 server
    assert rows(detection) == {
        ("nginx.conf", None, "server api 443 / ssl_ecdh_curve", name, "config.nginx.ssl_ecdh_curve")
        for name in OPENSSL_DEFAULT_GROUPS
    }
    (asset,) = assets(detection)
    assert asset.version == "TLSv1.3"
