"""HAProxy: global ssl-default-* settings, bind options overriding them, crt files, one asset per ssl bind."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.config_tools import CONTEXT, assets, rows, scanned, tree

from qready.detectors.base import Detection
from qready.detectors.configs import CONFIG_DETECTORS
from qready.detectors.configs.haproxy import HaproxyDetector
from qready.discovery import ScannedFile
from qready.model import FileLocation

CFG = """\
global
    log /dev/log local0
    ssl-default-bind-ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256
    ssl-default-bind-ciphersuites TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384
    ssl-default-bind-options ssl-min-ver TLSv1.2 no-tls-tickets
    ssl-default-server-ciphers "AES256-SHA"   # to the back ends

defaults
    mode http

frontend www
    bind :80
    bind :443 ssl crt /etc/haproxy/certs/ alpn h2,http/1.1 curves X25519MLKEM768:X25519 ssl-min-ver TLSv1.3
    bind :8443 ssl crt /etc/haproxy/site.pem ecdhe secp384r1 ciphers DHE-RSA-AES256-GCM-SHA384
    default_backend app

backend app
    server a 10.0.0.1:443 ssl verify none
"""
FILES: dict[str, str | bytes] = {
    "etc/haproxy/haproxy.cfg": CFG,
    "etc/haproxy/certs/a.pem": "a",
    "etc/haproxy/certs/b.pem": "b",
    "etc/haproxy/site.pem": "c",
}
PATH = "etc/haproxy/haproxy.cfg"


def _detect(root: Path) -> Detection:
    return HaproxyDetector().detect(scanned(root, PATH), CONTEXT)


def test_registered() -> None:
    assert HaproxyDetector in CONFIG_DETECTORS


def test_findings(tmp_path: Path) -> None:
    tree(tmp_path, FILES)
    detection = _detect(tmp_path)
    assert detection.problems == []
    bind = "config.haproxy.bind"
    assert rows(detection) == {
        (PATH, 3, "global / ssl-default-bind-ciphers", "ECDH", "config.haproxy.ssl-default-bind-ciphers"),
        (PATH, 3, "global / ssl-default-bind-ciphers", "ECDSA", "config.haproxy.ssl-default-bind-ciphers"),
        (PATH, 3, "global / ssl-default-bind-ciphers", "RSA", "config.haproxy.ssl-default-bind-ciphers"),
        (
            PATH,
            3,
            "global / ssl-default-bind-ciphers",
            "AES-128-GCM",
            "config.haproxy.ssl-default-bind-ciphers",
        ),
        (
            PATH,
            4,
            "global / ssl-default-bind-ciphersuites",
            "AES-128-GCM",
            "config.haproxy.ssl-default-bind-ciphersuites",
        ),
        (
            PATH,
            4,
            "global / ssl-default-bind-ciphersuites",
            "AES-256-GCM",
            "config.haproxy.ssl-default-bind-ciphersuites",
        ),
        (
            PATH,
            6,
            "global / ssl-default-server-ciphers",
            "RSA-PKCS1-1.5",
            "config.haproxy.ssl-default-server-ciphers",
        ),
        (
            PATH,
            6,
            "global / ssl-default-server-ciphers",
            "AES-256-CBC",
            "config.haproxy.ssl-default-server-ciphers",
        ),
        (
            PATH,
            6,
            "global / ssl-default-server-ciphers",
            "HMAC-SHA-1",
            "config.haproxy.ssl-default-server-ciphers",
        ),
        (PATH, 13, "frontend www / bind curves", "X25519MLKEM768", f"{bind}.curves"),
        (PATH, 13, "frontend www / bind curves", "X25519", f"{bind}.curves"),
        (PATH, 14, "frontend www / bind ciphers", "FFDH", f"{bind}.ciphers"),
        (PATH, 14, "frontend www / bind ciphers", "RSA", f"{bind}.ciphers"),
        (PATH, 14, "frontend www / bind ciphers", "AES-256-GCM", f"{bind}.ciphers"),
        (PATH, 14, "frontend www / bind ecdhe", "ECDH-P-384", f"{bind}.ecdhe"),
    }


def test_one_asset_per_ssl_bind(tmp_path: Path) -> None:
    tree(tmp_path, FILES)
    first, second = assets(_detect(tmp_path))
    # bind :443 overrides no cipher list: the global defaults apply
    assert first.names == ("X25519MLKEM768", "X25519", "AES-128-GCM", "ECDH", "ECDSA", "RSA", "AES-256-GCM")
    assert first.files == ("etc/haproxy/certs/a.pem", "etc/haproxy/certs/b.pem")
    assert first.version == "ssl-min-ver TLSv1.3"
    assert FileLocation(PATH, 13, "frontend www / bind :443") in first.locations
    assert second.names == ("AES-256-GCM", "FFDH", "RSA", "ECDH-P-384", "AES-128-GCM")
    assert second.files == ("etc/haproxy/site.pem",)
    assert second.version == "ssl-min-ver TLSv1.2"  # ssl-default-bind-options


def test_bad_quotes_are_a_problem(tmp_path: Path) -> None:
    tree(tmp_path, {PATH: 'global\n  ssl-default-bind-curves "X25519\n  ssl-default-bind-curves P-256\n'})
    detection = _detect(tmp_path)
    assert detection.problems == [f"{PATH}:2: unbalanced quotes; line ignored"]
    assert rows(detection) == {
        (PATH, 3, "global / ssl-default-bind-curves", "ECDH-P-256", "config.haproxy.ssl-default-bind-curves")
    }


@pytest.mark.parametrize(
    ("rel", "wanted"),
    [("etc/haproxy/haproxy.cfg", True), ("haproxy/edge.cfg", True), ("app/setup.cfg", False)],
)
def test_wants(rel: str, wanted: bool) -> None:
    assert HaproxyDetector().wants(ScannedFile(rel, b"global\nfrontend x\n")) is wanted
