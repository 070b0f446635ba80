"""OpenSSH sshd_config / ssh_config: grammar, first value wins, modifiers, defaults, includes, blocks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tests.config_tools import CONTEXT

from qready.detectors.base import Detection
from qready.detectors.configs import CONFIG_DETECTORS, openssh_parse
from qready.detectors.configs.openssh import OpenSshConfigDetector, effective_names
from qready.detectors.configs.openssh_parse import LineError, split_arguments, split_line
from qready.discovery import ScannedFile
from qready.model import Confidence, FileLocation, ProtocolConfig

DEFAULT = "OpenSSH 10.0 default"
Row = tuple[str, int | None, str | None, str, str]

SERVER_KEX = (
    "mlkem768x25519-sha256",
    "sntrup761x25519-sha512",
    "X25519",
    "ECDH-P-256",
    "ECDH-P-384",
    "ECDH-P-521",
)
CLIENT_KEX = (*SERVER_KEX, "FFDH", "FFDH-modp4096", "FFDH-modp8192", "FFDH-modp2048")
HOST_KEY = (
    "Ed25519",
    "ECDSA-P-256-SHA-256",
    "ECDSA-P-384-SHA-384",
    "ECDSA-P-521-SHA-512",
    "RSA-PKCS1-1.5-SHA-512",
    "RSA-PKCS1-1.5-SHA-256",
)
CIPHERS = ("ChaCha20-Poly1305", "AES-128-GCM", "AES-256-GCM", "AES-128-CTR", "AES-192-CTR", "AES-256-CTR")
MACS = ("UMAC-64", "UMAC-128", "HMAC-SHA-256", "HMAC-SHA-512", "HMAC-SHA-1")


def _tree(root: Path, files: dict[str, str | bytes]) -> None:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content)


def _file(root: Path, rel: str) -> ScannedFile:
    path = root / rel
    return ScannedFile(rel=rel, data=path.read_bytes(), path=str(path), root=os.path.realpath(root))


def _detect(root: Path, rel: str) -> Detection:
    return OpenSshConfigDetector().detect(_file(root, rel), CONTEXT)


def _rows(detection: Detection, *, defaults: bool = False) -> list[Row]:
    """(path, line, item, rule, algorithm) of every finding; the pure defaults (no line) only when asked."""
    rows = []
    for finding in detection.findings:
        location = finding.location
        assert isinstance(location, FileLocation)
        assert finding.function == "reference"
        if location.line is None and not defaults:
            continue
        rows.append((location.path, location.line, location.item, finding.rule_id, finding.algorithm.name))
    return rows


def _defaults(path: str, keyword: str, names: tuple[str, ...]) -> list[Row]:
    return [(path, None, keyword, f"config.openssh.{keyword.lower()}", name) for name in names]


def _asset(detection: Detection) -> ProtocolConfig:
    (asset,) = detection.assets
    assert isinstance(asset, ProtocolConfig)
    return asset


def test_registered_in_the_config_registry() -> None:
    assert OpenSshConfigDetector in CONFIG_DETECTORS
    assert OpenSshConfigDetector.name == "config-openssh"


def test_explicit_server_lists_at_their_lines(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        {
            "sshd_config": (
                "# hardened\n"
                "KexAlgorithms mlkem768x25519-sha256,curve25519-sha256,diffie-hellman-group14-sha1\n"
                "HostKeyAlgorithms ssh-ed25519,rsa-sha2-512\n"
                "\n"
                "Ciphers aes256-gcm@openssh.com,3des-cbc\n"
                "MACs hmac-sha2-512-etm@openssh.com,hmac-md5\n"
                "CASignatureAlgorithms ssh-ed25519\n"
                "HostbasedAcceptedAlgorithms ecdsa-sha2-nistp384\n"
                "PubkeyAcceptedAlgorithms sk-ssh-ed25519@openssh.com,ssh-xmss@openssh.com\n"
            )
        },
    )
    detection = _detect(tmp_path, "sshd_config")
    assert _rows(detection, defaults=True) == [
        ("sshd_config", 2, "KexAlgorithms", "config.openssh.kexalgorithms", "mlkem768x25519-sha256"),
        ("sshd_config", 2, "KexAlgorithms", "config.openssh.kexalgorithms", "X25519"),
        ("sshd_config", 2, "KexAlgorithms", "config.openssh.kexalgorithms", "FFDH-modp2048"),
        ("sshd_config", 3, "HostKeyAlgorithms", "config.openssh.hostkeyalgorithms", "Ed25519"),
        ("sshd_config", 3, "HostKeyAlgorithms", "config.openssh.hostkeyalgorithms", "RSA-PKCS1-1.5-SHA-512"),
        ("sshd_config", 5, "Ciphers", "config.openssh.ciphers", "AES-256-GCM"),
        ("sshd_config", 5, "Ciphers", "config.openssh.ciphers", "3DES-168-CBC"),
        ("sshd_config", 6, "MACs", "config.openssh.macs", "HMAC-SHA-512"),
        ("sshd_config", 6, "MACs", "config.openssh.macs", "HMAC-MD5"),
        ("sshd_config", 7, "CASignatureAlgorithms", "config.openssh.casignaturealgorithms", "Ed25519"),
        (
            "sshd_config",
            8,
            "HostbasedAcceptedAlgorithms",
            "config.openssh.hostbasedacceptedalgorithms",
            "ECDSA-P-384-SHA-384",
        ),
        ("sshd_config", 9, "PubkeyAcceptedAlgorithms", "config.openssh.pubkeyacceptedalgorithms", "Ed25519"),
        ("sshd_config", 9, "PubkeyAcceptedAlgorithms", "config.openssh.pubkeyacceptedalgorithms", "XMSS"),
    ]
    first = detection.findings[0]
    assert (
        first.evidence == "KexAlgorithms mlkem768x25519-sha256,curve25519-sha256,diffie-hellman-group14-sha1"
    )
    assert (first.confidence, first.provenance, first.symbol) == (
        Confidence.HIGH,
        (("value", "configured"),),
        "KexAlgorithms",
    )
    assert detection.problems == []


def test_absent_lists_are_the_server_defaults(tmp_path: Path) -> None:
    _tree(tmp_path, {"etc/ssh/sshd_config": "Port 22\nPermitRootLogin no\n"})
    detection = _detect(tmp_path, "etc/ssh/sshd_config")
    path = "etc/ssh/sshd_config"
    assert sorted(_rows(detection, defaults=True)) == sorted(
        _defaults(path, "KexAlgorithms", SERVER_KEX)
        + _defaults(path, "HostKeyAlgorithms", HOST_KEY)
        + _defaults(path, "Ciphers", CIPHERS)
        + _defaults(path, "MACs", MACS)
    )
    kex = next(f for f in detection.findings if f.rule_id == "config.openssh.kexalgorithms")
    assert (kex.evidence, kex.confidence, kex.provenance) == (
        "KexAlgorithms (OpenSSH 10.0 default)",
        Confidence.MEDIUM,
        (("value", "default"),),
    )
    asset = _asset(detection)
    assert (asset.protocol, asset.version, asset.files) == ("ssh", None, ())
    assert asset.names[:2] == ("mlkem768x25519-sha256", "sntrup761x25519-sha512")
    assert FileLocation(path, None, "KexAlgorithms") in asset.locations


def test_client_default_key_exchange_still_offers_finite_field_groups(tmp_path: Path) -> None:
    _tree(tmp_path, {"home/ana/.ssh/config": "Host git\n    HostName git.example.org\n"})
    detection = _detect(tmp_path, "home/ana/.ssh/config")
    kex = [r for r in _rows(detection, defaults=True) if r[2] == "KexAlgorithms"]
    assert kex == _defaults("home/ana/.ssh/config", "KexAlgorithms", CLIENT_KEX)


def test_modifiers_apply_to_the_default_list(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        {
            "sshd_config": (
                "KexAlgorithms -ecdh-sha2-*,sntrup761x25519-sha512*\n"
                "Ciphers ^aes256-ctr,chacha20-poly1305@openssh.com\n"
                "MACs +hmac-sha1-96\n"
                "HostKeyAlgorithms -*-cert-v01@openssh.com,sk-*,rsa-sha2-256\n"
            )
        },
    )
    detection = _detect(tmp_path, "sshd_config")
    rows = [(r[1], r[4]) for r in _rows(detection)]
    assert rows == [
        (1, "mlkem768x25519-sha256"),
        (1, "X25519"),
        (2, "AES-256-CTR"),
        (2, "ChaCha20-Poly1305"),
        (2, "AES-128-GCM"),
        (2, "AES-256-GCM"),
        (2, "AES-128-CTR"),
        (2, "AES-192-CTR"),
        (3, "HMAC-SHA-1"),
        (3, "UMAC-64"),
        (3, "UMAC-128"),
        (3, "HMAC-SHA-256"),
        (3, "HMAC-SHA-512"),
        (4, "Ed25519"),
        (4, "ECDSA-P-256-SHA-256"),
        (4, "ECDSA-P-384-SHA-384"),
        (4, "ECDSA-P-521-SHA-512"),
        (4, "RSA-PKCS1-1.5-SHA-512"),
    ]
    kinds = {(f.location.line, f.algorithm.name): f.evidence for f in detection.findings}  # type: ignore[union-attr]
    assert kinds[(2, "AES-256-CTR")] == "Ciphers ^aes256-ctr,chacha20-poly1305@openssh.com"
    assert (
        kinds[(2, "AES-128-GCM")]
        == "Ciphers ^aes256-ctr,chacha20-poly1305@openssh.com (OpenSSH 10.0 default)"
    )
    assert kinds[(1, "X25519")] == "KexAlgorithms -ecdh-sha2-*,sntrup761x25519-sha512* (OpenSSH 10.0 default)"
    # hmac-sha1-96 is HMAC-SHA-1, already kept from the default list: one finding, the configured one
    assert kinds[(3, "HMAC-SHA-1")] == "MACs +hmac-sha1-96"


def test_effective_names() -> None:
    default = ("a", "b-1", "b-2", "c")
    assert effective_names("x,a", default) == (["x", "a"], [])
    assert effective_names("+x,a", default) == (["x"], ["a", "b-1", "b-2", "c"])
    assert effective_names("^c,x", default) == (["c", "x"], ["a", "b-1", "b-2"])
    assert effective_names("-b-*,c", default) == ([], ["a"])
    assert effective_names("-x", None) == ([], [])
    assert effective_names("+x,,y,x", None) == (["x", "y"], [])


def test_first_value_wins_and_keywords_are_case_insensitive(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        {
            "sshd_config": (
                "KEXALGORITHMS=curve25519-sha256 # trailing comment\n"
                "kexalgorithms diffie-hellman-group1-sha1\n"
                '  ciphers = "aes128-ctr,aes256-ctr"\n'
                "Ciphers arcfour\n"
                "MACs\t'hmac-sha2-256'\n"
                "#KexAlgorithms diffie-hellman-group1-sha1\n"
                "HostKeyAlgorithms ssh-ed25519\n"
            )
        },
    )
    detection = _detect(tmp_path, "sshd_config")
    assert [(r[1], r[2], r[4]) for r in _rows(detection, defaults=True)] == [
        (1, "KexAlgorithms", "X25519"),
        (3, "Ciphers", "AES-128-CTR"),
        (3, "Ciphers", "AES-256-CTR"),
        (5, "MACs", "HMAC-SHA-256"),
        (7, "HostKeyAlgorithms", "Ed25519"),
    ]


def test_old_keytypes_names_and_match_blocks(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        {
            "sshd_config": (
                "KexAlgorithms curve25519-sha256\n"
                "HostKeyAlgorithms ssh-ed25519\nCiphers aes128-ctr\nMACs hmac-sha2-256\n"
                "PubkeyAcceptedKeyTypes ssh-ed25519\n"
                "Match User legacy Address 10.0.0.0/8\n"
                "    PubkeyAcceptedAlgorithms +ssh-rsa\n"
                "    PubkeyAcceptedAlgorithms ssh-dss\n"
                "    KexAlgorithms diffie-hellman-group1-sha1\n"
                "Match all\n"
                "    PubkeyAcceptedAlgorithms ecdsa-sha2-nistp256\n"
                "Match Group admins\n"
                "    PubkeyAcceptedAlgorithms ssh-rsa\n"
            )
        },
    )
    detection = _detect(tmp_path, "sshd_config")
    rows = [(r[1], r[2], r[4]) for r in _rows(detection) if r[3] == "config.openssh.pubkeyacceptedalgorithms"]
    legacy = "Match User legacy Address 10.0.0.0/8 / PubkeyAcceptedAlgorithms"
    assert rows == [
        (5, "PubkeyAcceptedKeyTypes", "Ed25519"),
        (7, legacy, "RSA"),
        (7, legacy, "Ed25519"),
        (7, legacy, "ECDSA-P-256-SHA-256"),
        (7, legacy, "ECDSA-P-384-SHA-384"),
        (7, legacy, "ECDSA-P-521-SHA-512"),
        (7, legacy, "RSA-PKCS1-1.5-SHA-512"),
        (7, legacy, "RSA-PKCS1-1.5-SHA-256"),
        (11, "Match all / PubkeyAcceptedAlgorithms", "ECDSA-P-256-SHA-256"),
    ]
    kex = [(r[1], r[2], r[4]) for r in _rows(detection) if r[3] == "config.openssh.kexalgorithms"]
    assert kex == [
        (1, "KexAlgorithms", "X25519"),
        (9, "Match User legacy Address 10.0.0.0/8 / KexAlgorithms", "FFDH-modp1024"),
    ]
    assert detection.problems == [
        "sshd_config:9: KexAlgorithms: sshd refuses this keyword inside a Match block"
    ]


def test_client_host_blocks_and_shadowing(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        {
            "ssh_config": (
                "Host legacy-router\n"
                "    KexAlgorithms +diffie-hellman-group14-sha1\n"
                "    HostKeyAlgorithms=+ssh-rsa\n"
                "Host *.internal !bastion\n"
                "    Ciphers aes256-ctr\n"
                "Host *\n"
                "    Ciphers aes128-gcm@openssh.com\n"
                "    MACs hmac-sha2-256-etm@openssh.com\n"
                "Host late\n"
                "    Ciphers 3des-cbc\n"
                "    GSSAPIKexAlgorithms gss-curve25519-sha256-,gss-group14-sha256-\n"
            )
        },
    )
    detection = _detect(tmp_path, "ssh_config")
    rows = [(r[1], r[2], r[4]) for r in _rows(detection)]
    assert [r for r in rows if r[0] != 2 and r[0] != 3] == [
        (5, "Host *.internal !bastion / Ciphers", "AES-256-CTR"),
        (7, "Host * / Ciphers", "AES-128-GCM"),
        (8, "Host * / MACs", "HMAC-SHA-256"),
        (11, "Host late / GSSAPIKexAlgorithms", "X25519"),
        (11, "Host late / GSSAPIKexAlgorithms", "FFDH-modp2048"),
    ]
    # group14-sha1 is FFDH-modp2048, already in the default list as group14-sha256: configured, listed first
    assert [r for r in rows if r[0] == 2] == [
        (2, "Host legacy-router / KexAlgorithms", name) for name in ("FFDH-modp2048", *CLIENT_KEX[:-1])
    ]
    assert ("Host legacy-router / HostKeyAlgorithms", "RSA") in [(r[1], r[2]) for r in rows if r[0] == 3]
    # Host * set Ciphers and MACs for every host: only KexAlgorithms and HostKeyAlgorithms keep their defaults
    defaults = {r[2] for r in _rows(detection, defaults=True) if r[1] is None}
    assert defaults == {"KexAlgorithms", "HostKeyAlgorithms"}


def test_includes_relative_absolute_glob_and_order(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        {
            "etc/ssh/sshd_config": (
                "Include /etc/ssh/sshd_config.d/*.conf\n"
                "KexAlgorithms curve25519-sha256\n"
                "Include extra/crypto.conf\n"
            ),
            "etc/ssh/sshd_config.d/10-pq.conf": "KexAlgorithms mlkem768x25519-sha256\n",
            "etc/ssh/sshd_config.d/20-ciphers.conf": "\n\nCiphers chacha20-poly1305@openssh.com\n",
            "etc/ssh/sshd_config.d/README": "Ciphers 3des-cbc\n",
            "etc/ssh/extra/crypto.conf": "MACs hmac-sha2-512\nHostKeyAlgorithms ssh-ed25519\n",
        },
    )
    detection = _detect(tmp_path, "etc/ssh/sshd_config")
    assert _rows(detection, defaults=True) == [
        (
            "etc/ssh/sshd_config.d/10-pq.conf",
            1,
            "KexAlgorithms",
            "config.openssh.kexalgorithms",
            "mlkem768x25519-sha256",
        ),
        (
            "etc/ssh/sshd_config.d/20-ciphers.conf",
            3,
            "Ciphers",
            "config.openssh.ciphers",
            "ChaCha20-Poly1305",
        ),
        ("etc/ssh/extra/crypto.conf", 1, "MACs", "config.openssh.macs", "HMAC-SHA-512"),
        ("etc/ssh/extra/crypto.conf", 2, "HostKeyAlgorithms", "config.openssh.hostkeyalgorithms", "Ed25519"),
    ]
    assert detection.problems == []


def test_include_inside_a_block_keeps_the_block(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        {
            "sshd_config": "Match User ci\n    Include ci.conf\n    PubkeyAcceptedAlgorithms ssh-ed25519\n",
            "ci.conf": (
                "PubkeyAcceptedAlgorithms ecdsa-sha2-nistp256\n"
                "Match Group ops\n"
                "CASignatureAlgorithms ssh-ed25519\n"
            ),
        },
    )
    detection = _detect(tmp_path, "sshd_config")
    assert [(r[0], r[1], r[2], r[4]) for r in _rows(detection)] == [
        ("ci.conf", 1, "Match User ci / PubkeyAcceptedAlgorithms", "ECDSA-P-256-SHA-256"),
        ("ci.conf", 3, "Match Group ops / CASignatureAlgorithms", "Ed25519"),
    ]


def test_include_cycle_outside_tree_and_missing(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    _tree(
        tmp_path,
        {
            "outside/secret.conf": "Ciphers 3des-cbc\n",
            "tree/sshd_config": (
                "Include a.conf\nInclude missing/*.conf\nInclude linked.conf\nInclude ~/.ssh/x\n"
            ),
            "tree/a.conf": "Include b.conf\nCiphers aes128-ctr\n",
            "tree/b.conf": "Include a.conf\nMACs hmac-sha2-256\n",
        },
    )
    (tmp_path / "tree" / "linked.conf").symlink_to(outside / "secret.conf")
    detection = _detect(tmp_path / "tree", "sshd_config")
    assert [(r[0], r[1], r[4]) for r in _rows(detection)] == [
        ("b.conf", 2, "HMAC-SHA-256"),
        ("a.conf", 2, "AES-128-CTR"),
    ]
    assert detection.problems == [
        "b.conf:1: include cycle through a.conf; not read again",
        "sshd_config:3: Include linked.conf: outside the scanned tree, not read",
        "sshd_config:4: Include ~/.ssh/x: a home directory path, not resolved",
    ]


def test_include_depth_is_bounded(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {"sshd_config": "Include c0.conf\n"}
    for n in range(20):
        files[f"c{n}.conf"] = f"Include c{n + 1}.conf\n"
    files["c20.conf"] = "Ciphers aes128-ctr\n"
    _tree(tmp_path, files)
    detection = _detect(tmp_path, "sshd_config")
    # OpenSSH reads files down to depth 16 (the top file is depth 0): c15.conf (depth 16) may not include
    assert detection.problems == ["c15.conf:1: includes nested deeper than 16; not read"]
    assert [r for r in _rows(detection) if r[3] == "config.openssh.ciphers"] == []


def test_host_key_and_certificate_files_are_linked(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        {
            "etc/ssh/sshd_config": (
                "HostKey /etc/ssh/ssh_host_ed25519_key\n"
                "HostKey /etc/ssh/ssh_host_rsa_key\n"
                "HostKey /etc/ssh/ssh_host_missing_key\n"
                "HostCertificate /etc/ssh/ssh_host_ed25519_key-cert.pub\n"
                "TrustedUserCAKeys ca/user_ca.pub\n"
            ),
            "etc/ssh/ssh_host_ed25519_key": "k",
            "etc/ssh/ssh_host_rsa_key": "k",
            "etc/ssh/ssh_host_ed25519_key-cert.pub": "c",
            "etc/ssh/ca/user_ca.pub": "c",
        },
    )
    asset = _asset(_detect(tmp_path, "etc/ssh/sshd_config"))
    assert asset.files == (
        "etc/ssh/ssh_host_ed25519_key",
        "etc/ssh/ssh_host_rsa_key",
        "etc/ssh/ssh_host_ed25519_key-cert.pub",
        "etc/ssh/ca/user_ca.pub",
    )


def test_default_host_keys_when_none_is_configured(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        {
            "etc/ssh/sshd_config": "Port 2222\n",
            "etc/ssh/ssh_host_ecdsa_key": "k",
            "etc/ssh/ssh_host_ed25519_key": "k",
        },
    )
    asset = _asset(_detect(tmp_path, "etc/ssh/sshd_config"))
    assert asset.files == ("etc/ssh/ssh_host_ecdsa_key", "etc/ssh/ssh_host_ed25519_key")


def test_client_identity_files(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        {
            "ssh_config": (
                "Host deploy\n    IdentityFile keys/deploy_ed25519\n    IdentityFile ~/.ssh/id_rsa\n"
                "    CertificateFile keys/deploy_ed25519-cert.pub\n    IdentityFile %d/.ssh/id_%r\n"
            ),
            "keys/deploy_ed25519": "k",
            "keys/deploy_ed25519-cert.pub": "c",
        },
    )
    detection = _detect(tmp_path, "ssh_config")
    assert _asset(detection).files == ("keys/deploy_ed25519", "keys/deploy_ed25519-cert.pub")
    assert detection.problems == []


def test_fragment_included_by_the_main_file_is_reported_there(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        {
            "etc/ssh/sshd_config": "Include sshd_config.d/*.conf\n",
            "etc/ssh/sshd_config.d/50-crypto.conf": "Ciphers aes256-gcm@openssh.com\n",
            "other/sshd_config.d/50-crypto.conf": "Ciphers aes128-gcm@openssh.com\n",
        },
    )
    assert _detect(tmp_path, "etc/ssh/sshd_config.d/50-crypto.conf") == Detection()
    alone = _detect(tmp_path, "other/sshd_config.d/50-crypto.conf")
    assert _rows(alone, defaults=True) == [
        ("other/sshd_config.d/50-crypto.conf", 1, "Ciphers", "config.openssh.ciphers", "AES-128-GCM")
    ]
    assert _asset(alone).names == ("AES-128-GCM",)


def test_unknown_names_are_left_out(tmp_path: Path) -> None:
    _tree(tmp_path, {"sshd_config": "Ciphers aes128-ctr,none,rot13@example.org\n"})
    detection = _detect(tmp_path, "sshd_config")
    assert [r[4] for r in _rows(detection)] == ["AES-128-CTR"]
    assert "rot13@example.org" not in _asset(detection).names
    assert detection.problems == []


def test_bad_lines_are_problems_and_the_rest_is_kept(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        {
            "sshd_config": (
                'Ciphers "aes128-ctr\n'
                "KexAlgorithms\n"
                "MACs hmac-sha2-256, hmac-sha2-512\n"
                "HostKeyAlgorithms " + "x" * 20000 + "\n"
                "Include bin.conf\n"
                "KexAlgorithms curve25519-sha256\n"
            ),
            "bin.conf": b"\x00\x01Ciphers 3des-cbc",
        },
    )
    detection = _detect(tmp_path, "sshd_config")
    assert [(r[1], r[4]) for r in _rows(detection)] == [
        (3, "HMAC-SHA-256"),
        (3, "HMAC-SHA-512"),
        (6, "X25519"),
    ]
    assert detection.problems == [
        "sshd_config:1: unbalanced quotes; line ignored",
        "sshd_config:2: no argument after keyword 'KexAlgorithms'; line ignored",
        "sshd_config:4: line too long; line ignored",
        "sshd_config:5: Include bin.conf: a binary file, not read",
        "sshd_config:3: MACs: blanks inside the list (OpenSSH refuses extra arguments); read as one list",
    ]


def test_crlf_lines(tmp_path: Path) -> None:
    _tree(tmp_path, {"sshd_config": b"Port 22\r\nCiphers aes128-ctr\r\n"})
    assert [(r[1], r[4]) for r in _rows(_detect(tmp_path, "sshd_config"))] == [(2, "AES-128-CTR")]


def test_huge_configurations_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(openssh_parse, "MAX_DIRECTIVES", 3)
    _tree(
        tmp_path,
        {
            "sshd_config": "Include more.conf\nCiphers aes128-ctr\nMACs hmac-sha1\n" + 'X "\n' * 80,
            "more.conf": "Port 22\nPort 23\nPort 24\nPort 25\n",
        },
    )
    detection = _detect(tmp_path, "sshd_config")
    assert _rows(detection) == []
    assert detection.problems == ["more.conf:4: more than 3 directives, the rest is not read"]
    monkeypatch.setattr(openssh_parse, "MAX_DIRECTIVES", 50_000)
    detection = _detect(tmp_path, "sshd_config")
    assert [(r[1], r[4]) for r in _rows(detection)] == [(2, "AES-128-CTR"), (3, "HMAC-SHA-1")]
    assert len(detection.problems) == 51
    assert detection.problems[0] == "sshd_config:4: unbalanced quotes; line ignored"
    assert detection.problems[-1] == "sshd_config: more than 50 problems, the rest are not listed"


def test_split_arguments_follows_argv_split() -> None:
    assert split_arguments(r'a "b c" \"d\" e\ f # comment') == ["a", "b c", '"d"', "e f"]
    assert split_arguments("x#y 'q#r'") == ["x#y", "q#r"]
    with pytest.raises(LineError):
        split_arguments("'open")
    assert split_line("   # only a comment") is None
    assert split_line("Ciphers=aes128-ctr") == ("Ciphers", ["aes128-ctr"])
    assert split_line("Ciphers = aes128-ctr") == ("Ciphers", ["aes128-ctr"])


@pytest.mark.parametrize(
    ("rel", "content", "wanted"),
    [
        ("etc/ssh/sshd_config", "Port 22\n", True),
        ("etc/ssh/ssh_config", "", True),
        ("etc/ssh/sshd_config.d/50-cloud-init.conf", "PasswordAuthentication no\n", True),
        ("etc/ssh/ssh_config.d/20-systemd.conf", "", True),
        ("home/bob/.ssh/config", "Host *\n", True),
        ("etc/ssh/sshd_config.d/notes.txt", "Ciphers aes128-ctr\n", False),
        (
            "deploy/hardened-sshd.txt",
            "# CIS\nProtocol 2\nKexAlgorithms curve25519-sha256\nPermitRootLogin no\n",
            True,
        ),
        ("deploy/client.cfg", "Host bastion\n  HostName 10.0.0.1\n  IdentityFile ~/.ssh/id_ed25519\n", True),
        ("deploy/port.cfg", "Port 22\nUser root\n", False),
        ("README.md", "# SSH\nSet KexAlgorithms in sshd_config.\nCiphers aes128-ctr\n", False),
        ("app.yaml", "Ciphers: aes128-ctr\nKexAlgorithms: curve25519-sha256\n", False),
        ("nginx.conf", "include mime.types;\nssl_ciphers HIGH;\n", False),
        ("settings.ini", "[ssh]\nCiphers = aes128-ctr\nMACs = hmac-sha1\n", False),
    ],
)
def test_wants(tmp_path: Path, rel: str, content: str, wanted: bool) -> None:
    _tree(tmp_path, {rel: content})
    assert OpenSshConfigDetector().wants(_file(tmp_path, rel)) is wanted


def test_does_not_want_binary_files(tmp_path: Path) -> None:
    _tree(tmp_path, {"etc/ssh/sshd_config": b"\x00\x01\x02 Ciphers aes128-ctr"})
    assert OpenSshConfigDetector().wants(_file(tmp_path, "etc/ssh/sshd_config")) is False


def test_sniffed_files_get_no_defaults_and_guess_their_role(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        {
            "crypto-policies/opensshserver.config": (
                "Ciphers aes256-gcm@openssh.com\nKexAlgorithms +diffie-hellman-group14-sha1\n"
            ),
        },
    )
    detection = _detect(tmp_path, "crypto-policies/opensshserver.config")
    rows = [(r[1], r[4]) for r in _rows(detection, defaults=True)]
    # no line-less defaults; the `+` list is the server default list (no finite-field groups) plus group14
    assert rows == [(1, "AES-256-GCM"), (2, "FFDH-modp2048"), *((2, name) for name in SERVER_KEX)]


def test_a_configuration_says_how_to_turn_post_quantum_key_exchange_on() -> None:
    from qready.detectors.configs.common import pq_advice

    catalog = CONTEXT.catalog
    classical = (catalog.resolve("curve25519-sha256", "ssh"), catalog.resolve("ssh-ed25519", "ssh"))
    advice = pq_advice("ssh", classical)
    assert advice is not None and advice.startswith("no post-quantum key exchange: add mlkem768x25519-sha256")
    assert "OpenSSH release notes" in advice
    hybrid = (catalog.resolve("mlkem768x25519-sha256", "ssh"), *classical)
    assert pq_advice("ssh", hybrid) == "post-quantum key exchange offered: mlkem768x25519-sha256"
    assert pq_advice("ssh", (catalog.resolve("ssh-ed25519", "ssh"),)) is None, "no key exchange: no advice"
