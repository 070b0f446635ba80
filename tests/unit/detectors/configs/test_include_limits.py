"""Every format with includes, at its limits: an include cycle ends with a problem, an include leading out of
the scanned tree is a problem and its content is never read, and what the rest of the file says is kept.

(OpenSSH, nginx, Apache, strongSwan ipsec.conf and OpenVPN have the same cases in their own test modules;
these are the formats whose include limits had no test there.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.config_tools import CONTEXT, scanned, tree

from qready.detectors.base import Detection, Detector
from qready.detectors.configs.mail import MailTlsDetector
from qready.detectors.configs.openssl_cnf import OpenSslConfDetector
from qready.detectors.configs.strongswan import StrongSwanDetector
from qready.detectors.configs.terraform import TerraformDetector

CYCLE = "include cycle, not read again"
OUT = "outside the scanned tree, not read"
DOVECOT = "etc/dovecot/dovecot.conf"
SWANCTL = "etc/swanctl/swanctl.conf"
OUTSIDE = {
    "secret.cnf": "[sd]\nGroups = ffdhe2048\n",
    "outside.conf": "ssl_cipher_list = RC4-SHA\nconnections { evil { proposals = 3des-md5-modp768 } }\n",
}


def _detect(tmp_path: Path, detector: Detector, files: dict[str, str | bytes], rel: str) -> Detection:
    tree(tmp_path, OUTSIDE)  # beside the scanned tree, never inside it
    tree(tmp_path / "tree", files)
    return detector.detect(scanned(tmp_path / "tree", rel), CONTEXT)


def _names(detection: Detection) -> set[str]:
    return {f.algorithm.name for f in detection.findings}


OPENSSL_CNF = """\
openssl_conf = init
.include ../../../secret.cnf
.include conf.d
[init]
ssl_conf = ssl
[ssl]
system_default = sd
[sd]
Groups = X25519
"""


@pytest.mark.parametrize(
    ("detector", "files", "rel", "problems", "kept", "never"),
    [
        (
            OpenSslConfDetector(),
            {"etc/ssl/openssl.cnf": OPENSSL_CNF, "etc/ssl/conf.d/a.cnf": ".include openssl.cnf\n"},
            "etc/ssl/openssl.cnf",
            [
                "etc/ssl/openssl.cnf:2: .include ../../../secret.cnf: outside the scanned tree, not read",
                "etc/ssl/conf.d/a.cnf:1: include etc/ssl/openssl.cnf: include cycle, not read again",
            ],
            "X25519",
            "FFDH-ffdhe2048",
        ),
        (
            MailTlsDetector(),
            {
                DOVECOT: "ssl = yes\nssl_curve_list = X25519\n!include ../../../outside.conf\n"
                "!include dovecot.conf\n"
            },
            "etc/dovecot/dovecot.conf",
            [
                f"{DOVECOT}:3: include ../../../outside.conf: {OUT}",
                f"{DOVECOT}:4: include {DOVECOT}: {CYCLE}",
            ],
            "X25519",
            "RC4",
        ),
        (
            StrongSwanDetector(),
            {
                "etc/swanctl/swanctl.conf": (
                    "connections {\n  gw {\n    proposals = aes256-sha256-x25519\n  }\n}\n"
                    "include conf.d/*.conf\ninclude ../../../outside.conf\n"
                ),
                "etc/swanctl/conf.d/loop.conf": "include swanctl.conf\n",
            },
            "etc/swanctl/swanctl.conf",
            [
                f"etc/swanctl/conf.d/loop.conf:1: include {SWANCTL}: {CYCLE}",
                f"{SWANCTL}:7: include ../../../outside.conf: {OUT}",
            ],
            "X25519",
            "3DES-168-CBC",
        ),
    ],
    ids=["openssl-cnf", "dovecot", "swanctl"],
)
def test_include_cycle_and_outside_the_tree(
    tmp_path: Path,
    detector: Detector,
    files: dict[str, str | bytes],
    rel: str,
    problems: list[str],
    kept: str,
    never: str,
) -> None:
    detection = _detect(tmp_path, detector, files, rel)
    assert sorted(detection.problems) == sorted(problems)
    assert kept in _names(detection)
    assert never not in _names(detection)


def test_terraform_module_calling_itself_ends_and_a_module_outside_is_refused(tmp_path: Path) -> None:
    main = (
        'module "self" {\n  source = "./"\n  algorithm = "RSA"\n}\n'
        'module "escape" {\n  source = "../../modules/x"\n  algorithm = "RSA"\n}\n'
        'resource "tls_private_key" "k" {\n  algorithm = var.algorithm\n}\n'
        'variable "algorithm" {\n  default = "ECDSA"\n}\n'
    )
    (tmp_path / "modules" / "x").mkdir(parents=True)
    (tmp_path / "modules" / "x" / "main.tf").write_text(
        'resource "tls_private_key" "x" {\n  algorithm = "RSA"\n}\n'
    )
    detection = _detect(tmp_path, TerraformDetector(), {"infra/main.tf": main}, "infra/main.tf")
    assert detection.problems == ["infra/main.tf: module ../../modules/x: outside the scanned tree, not read"]
    assert _names(detection) == {"ECDSA-P-224"}  # the resource's own default; nothing from the module outside
