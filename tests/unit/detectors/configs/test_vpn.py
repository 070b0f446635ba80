"""WireGuard (fixed protocol, keys, PresharedKey per peer) and OpenVPN (groups, ciphers, auth, dh files and
inline blocks, tls-crypt, includes, defaults, bad input)."""

from __future__ import annotations

import base64
import textwrap
from pathlib import Path

import pytest
from tests.config_tools import CONTEXT, places, scanned, tree

from qready.detectors.base import Detection
from qready.detectors.configs import CONFIG_DETECTORS
from qready.detectors.configs.vpn import VpnConfigDetector
from qready.model import ProtocolConfig

Row = tuple[str, int | None, str | None, str]
KEY = base64.b64encode(bytes(range(32))).decode()
OPENSSL_GROUPS = [
    "ECDH-P-256",
    "ECDH-P-384",
    "ECDH-P-521",
    "FFDH-ffdhe2048",
    "FFDH-ffdhe3072",
    "X25519",
    "X25519MLKEM768",
    "X448",
]
DATA_CIPHERS = ["AES-128-GCM", "AES-256-GCM", "ChaCha20-Poly1305"]


def detect(root: Path, rel: str) -> Detection:
    return VpnConfigDetector().detect(scanned(root, rel), CONTEXT)


def only_asset(detection: Detection) -> ProtocolConfig:
    [asset] = detection.assets
    assert isinstance(asset, ProtocolConfig)
    return asset


def dh_pem(bits: int) -> str:
    """PEM DH PARAMETERS with a `bits`-bit prime (all ones: the size is all that is read) and generator 2."""
    prime = b"\x00" + b"\xff" * (bits // 8)
    length = len(prime).to_bytes(2, "big")
    body = b"\x02\x82" + length + prime + b"\x02\x01\x02"
    der = b"\x30\x82" + len(body).to_bytes(2, "big") + body
    lines = textwrap.wrap(base64.b64encode(der).decode(), 64)
    return "-----BEGIN DH PARAMETERS-----\n" + "\n".join(lines) + "\n-----END DH PARAMETERS-----\n"


def test_registered() -> None:
    assert VpnConfigDetector in CONFIG_DETECTORS
    assert VpnConfigDetector.name == "config-vpn"


WG = f"""\
[Interface]
Address = 10.0.0.1/24
PrivateKey = {KEY}   # not for sharing
ListenPort = 51820

[Peer]
PublicKey = {KEY}
PresharedKey = {KEY}
AllowedIPs = 10.0.0.2/32

[Peer]
# no PresharedKey
PublicKey = {KEY}
AllowedIPs = 10.0.0.3/32

[Peer]
AllowedIPs = 10.0.0.4/32
"""


def test_wireguard(tmp_path: Path) -> None:
    tree(tmp_path, {"etc/wireguard/wg0.conf": WG})
    detection = detect(tmp_path, "etc/wireguard/wg0.conf")
    rel = "etc/wireguard/wg0.conf"
    assert places(detection) == {
        (rel, 1, "[Interface]", "config.wireguard.interface"): ["BLAKE2s-256", "ChaCha20-Poly1305", "X25519"],
        (rel, 3, "[Interface] / PrivateKey", "config.wireguard.privatekey"): ["X25519"],
        (rel, 7, "[Peer] 1 / PublicKey", "config.wireguard.publickey"): ["X25519"],
        (rel, 13, "[Peer] 2 / PublicKey", "config.wireguard.publickey"): ["X25519"],
    }
    psk = {f.location.line: dict(f.provenance).get("presharedkey") for f in detection.findings}  # type: ignore[union-attr]
    assert psk == {1: None, 3: None, 7: "set", 13: "absent"}
    private = next(f for f in detection.findings if f.rule_id == "config.wireguard.privatekey")
    assert KEY not in private.evidence
    assert private.evidence == "PrivateKey (redacted)"
    asset = only_asset(detection)
    assert asset.protocol == "wireguard"
    assert asset.version == "Noise_IKpsk2_25519_ChaChaPoly_BLAKE2s; PresharedKey on 1 of 3 peers"
    assert asset.names == ("X25519", "ChaCha20-Poly1305", "BLAKE2s-256")
    assert detection.problems == []


def test_wireguard_bad_lines(tmp_path: Path) -> None:
    tree(tmp_path, {"wg1.conf": "junk before\n[Interface]\nPrivateKey = x\nnot a setting\n"})
    detection = detect(tmp_path, "wg1.conf")
    assert sorted(places(detection)) == [
        ("wg1.conf", 2, "[Interface]", "config.wireguard.interface"),
        ("wg1.conf", 3, "[Interface] / PrivateKey", "config.wireguard.privatekey"),
    ]
    assert detection.problems == [
        "wg1.conf:1: not a section header or Key = Value line; ignored",
        "wg1.conf:4: not a section header or Key = Value line; ignored",
    ]


SERVER = """\
# server
port 1194
dev tun
ca keys/ca.crt
cert keys/server.crt
key keys/server.key # secret
dh keys/dh3072.pem
tls-crypt-v2 keys/tc2.key
;tls-groups secp521r1
tls-groups "X25519MLKEM768:X25519:prime256v1"
data-ciphers AES-256-GCM:CHACHA20-POLY1305:BF-CBC
auth SHA512
tls-cipher TLS-ECDHE-RSA-WITH-AES-128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384
tls-ciphersuites TLS_AES_256_GCM_SHA384
tls-version-min 1.3 or-highest
config extra.conf
"""


def test_openvpn_server(tmp_path: Path) -> None:
    tree(
        tmp_path,
        {
            "etc/openvpn/server.conf": SERVER,
            "etc/openvpn/extra.conf": "ecdh-curve secp384r1\nauth none\n",
            "etc/openvpn/keys/ca.crt": "c",
            "etc/openvpn/keys/server.crt": "c",
            "etc/openvpn/keys/server.key": "k",
            "etc/openvpn/keys/dh3072.pem": dh_pem(3072),
            "etc/openvpn/keys/tc2.key": "k",
        },
    )
    detection = detect(tmp_path, "etc/openvpn/server.conf")
    rel = "etc/openvpn/server.conf"
    assert places(detection) == {
        (rel, 7, "dh", "config.openvpn.dh"): ["FFDH-3072"],
        (rel, 8, "tls-crypt", "config.openvpn.tls-crypt"): ["AES-256-CTR", "HMAC-SHA-256"],
        (rel, 10, "tls-groups", "config.openvpn.tls-groups"): ["ECDH-P-256", "X25519", "X25519MLKEM768"],
        (rel, 11, "data-ciphers", "config.openvpn.data-ciphers"): [
            "AES-256-GCM",
            "Blowfish",
            "ChaCha20-Poly1305",
        ],
        (rel, 12, "auth", "config.openvpn.auth"): ["HMAC-SHA-512"],
        (rel, 13, "tls-cipher", "config.openvpn.tls-cipher"): [
            "AES-128-GCM",
            "AES-256-GCM",
            "ECDH",
            "FFDH",
            "RSA",
        ],
        (rel, 14, "tls-ciphersuites", "config.openvpn.tls-ciphersuites"): ["AES-256-GCM"],
        ("etc/openvpn/extra.conf", 1, "ecdh-curve", "config.openvpn.ecdh-curve"): ["ECDH-P-384"],
    }
    asset = only_asset(detection)
    assert asset.protocol == "openvpn"
    assert asset.version == "tls-version-min 1.3"
    assert asset.files == tuple(
        f"etc/openvpn/keys/{name}" for name in ("ca.crt", "server.crt", "server.key", "dh3072.pem", "tc2.key")
    )
    assert detection.problems == []


def test_openvpn_client_inline_blocks_and_defaults(tmp_path: Path) -> None:
    text = "client\nremote vpn.example.com 1194\ndh none\n<ca>\n-----BEGIN CERTIFICATE-----\nAA==\n"
    text += (
        "-----END CERTIFICATE-----\n</ca>\n<dh>\n" + dh_pem(2048) + "</dh>\n<tls-crypt>\nkey\n</tls-crypt>\n"
    )
    tree(tmp_path, {"alice.ovpn": text})
    detection = detect(tmp_path, "alice.ovpn")
    assert places(detection) == {
        ("alice.ovpn", None, "data-ciphers", "config.openvpn.data-ciphers"): DATA_CIPHERS,
        ("alice.ovpn", None, "tls-groups", "config.openvpn.tls-groups"): OPENSSL_GROUPS,
        ("alice.ovpn", 9, "dh", "config.openvpn.dh"): ["FFDH-2048"],
        ("alice.ovpn", 19, "tls-crypt", "config.openvpn.tls-crypt"): ["AES-256-CTR", "HMAC-SHA-256"],
    }
    defaults = {f.evidence for f in detection.findings if f.location.line is None}  # type: ignore[union-attr]
    assert defaults == {
        "data-ciphers AES-256-GCM:AES-128-GCM:CHACHA20-POLY1305 (OpenVPN 2.6 default)",
        "tls-groups X25519MLKEM768:X25519:secp256r1:X448:secp384r1:secp521r1:ffdhe2048:ffdhe3072 "
        "(OpenVPN: OpenSSL 3.5 default)",
    }
    assert only_asset(detection).files == ("alice.ovpn",)


def test_openvpn_bad_input(tmp_path: Path) -> None:
    text = 'remote a 1194\ncipher "AES-256-CBC\ndh missing.pem\n'
    text += "config ../../outside.conf\nconfig self.ovpn\n<key>\nx\n"
    tree(tmp_path / "t", {"self.ovpn": text})
    (tmp_path / "outside.conf").write_text("cipher DES-CBC\n")
    detection = detect(tmp_path / "t", "self.ovpn")
    assert places(detection) == {
        ("self.ovpn", 3, "dh", "config.openvpn.dh"): ["FFDH"],
        ("self.ovpn", None, "data-ciphers", "config.openvpn.data-ciphers"): DATA_CIPHERS,
        ("self.ovpn", None, "tls-groups", "config.openvpn.tls-groups"): OPENSSL_GROUPS,
    }
    assert detection.problems == [
        "self.ovpn:2: unbalanced quotes; line ignored",
        "self.ovpn:6: <key> is never closed",
        "self.ovpn:4: include ../../outside.conf: outside the scanned tree, not read",
        "self.ovpn:5: include self.ovpn: include cycle, not read again",
    ]


@pytest.mark.parametrize(
    ("rel", "content", "wanted"),
    [
        ("etc/wireguard/wg0.conf", WG, True),
        ("home/bob/office.ovpn", "client\n", True),
        ("etc/openvpn/server/server.conf", "port 1194\ndev tun\n", True),
        ("etc/openvpn/client/branch.conf", "client\nremote vpn 1194\n", True),
        ("srv/tunnel.conf", "remote vpn 1194\ndev tap0\n", True),
        ("etc/nginx/nginx.conf", "http {\n  server { listen 443; }\n}\n", False),
        ("etc/app/settings.conf", "remote_host = db\n[Interface]\n", False),
        ("etc/ssh/sshd_config", "PrivateKey\n", False),
    ],
)
def test_wants(tmp_path: Path, rel: str, content: str, wanted: bool) -> None:
    tree(tmp_path, {rel: content})
    assert VpnConfigDetector().wants(scanned(tmp_path, rel)) is wanted
