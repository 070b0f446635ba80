"""Terraform: tls_private_key defaults, variables and locals, signatures of tls_* certificates, cloud key
specs, ELB policies, local module instances, and bad input."""

from __future__ import annotations

from pathlib import Path

from tests.config_tools import CONTEXT, scanned

from qready.detectors.base import Detection
from qready.detectors.configs.terraform import TerraformDetector
from qready.detectors.configs.terraform_hcl import Module, parse
from qready.model import Confidence, FileLocation, ProtocolConfig

DETECTOR = TerraformDetector()
Row = tuple[str, int | None, str | None, str, str, str | None]


def write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def detect(root: Path, rel: str) -> Detection:
    file = scanned(root, rel)
    assert DETECTOR.wants(file)
    return DETECTOR.detect(file, CONTEXT)


def rows(detection: Detection) -> set[Row]:
    found = set()
    for finding in detection.findings:
        assert isinstance(finding.location, FileLocation)
        loc = finding.location
        found.add((loc.path, loc.line, loc.item, finding.algorithm.name, finding.rule_id, finding.function))
    return found


KEYS = """\
variable "bits" {
  default = 4096
}

locals {
  family = "ECDSA"
  curve  = "P${var.size}"
}

variable "size" {
  default = "521"
}

resource "tls_private_key" "a" {
  algorithm = "RSA"
  rsa_bits  = var.bits
}

resource "tls_private_key" "b" {
  algorithm   = local.family
  ecdsa_curve = local.curve
}

resource "tls_private_key" "c" {
  algorithm = "ECDSA"
}

resource "tls_private_key" "d" {
  algorithm = var.undefined_somewhere_else
}

resource "tls_self_signed_cert" "b" {
  private_key_pem = tls_private_key.b.private_key_pem
}

resource "tls_locally_signed_cert" "x" {
  ca_private_key_pem = file("ca.key")
}
"""
KEY_RULE = "config.terraform.tls_private_key"


def test_private_keys_variables_locals_and_defaults(tmp_path: Path) -> None:
    write(tmp_path, {"main.tf": KEYS})
    detection = detect(tmp_path, "main.tf")
    assert rows(detection) == {
        ("main.tf", 15, "tls_private_key.a / algorithm", "RSA-4096", KEY_RULE, "keygen"),
        ("main.tf", 20, "tls_private_key.b / algorithm", "ECDSA-P-521", KEY_RULE, "keygen"),
        ("main.tf", 25, "tls_private_key.c / algorithm", "ECDSA-P-224", KEY_RULE, "keygen"),
        (
            "main.tf",
            33,
            "tls_self_signed_cert.b / private_key_pem",
            "ECDSA-P-521-SHA-512",
            "config.terraform.tls_self_signed_cert",
            "sign",
        ),
    }
    by_line = {f.location.line: f for f in detection.findings if isinstance(f.location, FileLocation)}
    assert by_line[25].confidence is Confidence.MEDIUM  # ecdsa_curve P224 is the provider's default
    assert by_line[25].evidence == "algorithm ECDSA, ecdsa_curve P224"
    assert by_line[15].confidence is Confidence.HIGH
    assert detection.problems == []  # unresolved expressions give no finding, and are not failures


def test_values_from_sibling_files_of_the_module(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "variables.tf": 'variable "spec" {\n  default = "HMAC_512"\n}\n',
            "kms.tf": 'resource "aws_kms_key" "mac" {\n  key_usage = "GENERATE_VERIFY_MAC"\n'
            + "  key_spec = var.spec\n}\n",
        },
    )
    assert rows(detect(tmp_path, "kms.tf")) == {
        ("kms.tf", 3, "aws_kms_key.mac / key_spec", "HMAC-SHA-512", "config.terraform.aws_kms_key", "keygen")
    }


CLOUD = """\
resource "aws_kms_key" "default" {}

resource "aws_acm_certificate" "imported" {
  private_key      = file("k.pem")
  certificate_body = file("c.pem")
}

resource "google_kms_crypto_key" "signing" {
  purpose = "ASYMMETRIC_SIGN"
}

resource "google_kms_crypto_key" "kem" {
  purpose = "KEY_ENCAPSULATION"
  version_template {
    algorithm = "ML_KEM_768"
  }
}

resource "azurerm_key_vault_key" "ec" {
  key_type = "EC"
}

resource "azurerm_key_vault_key" "aes" {
  key_type = "oct-HSM"
  key_size = 256
}

resource "aws_kms_key" "unknown" {
  customer_master_key_spec = "NOT_A_SPEC"
}
"""


def test_cloud_key_specs(tmp_path: Path) -> None:
    write(tmp_path, {"cloud.tf": CLOUD})
    detection = detect(tmp_path, "cloud.tf")
    assert rows(detection) == {
        (
            "cloud.tf",
            None,
            "aws_kms_key.default / customer_master_key_spec",
            "AES-256-GCM",
            "config.terraform.aws_kms_key",
            "keygen",
        ),
        (
            "cloud.tf",
            15,
            "google_kms_crypto_key.kem / algorithm",
            "ML-KEM-768",
            "config.terraform.google_kms_crypto_key",
            "keygen",
        ),
        (
            "cloud.tf",
            20,
            "azurerm_key_vault_key.ec / key_type",
            "ECDSA",
            "config.terraform.azurerm_key_vault_key",
            "keygen",
        ),
        (
            "cloud.tf",
            24,
            "azurerm_key_vault_key.aes / key_type",
            "AES-256",
            "config.terraform.azurerm_key_vault_key",
            "keygen",
        ),
    }
    default = next(f for f in detection.findings if f.location.line is None)
    assert default.evidence == "customer_master_key_spec SYMMETRIC_DEFAULT (AWS KMS default)"


def test_listener_policies(tmp_path: Path) -> None:
    text = """\
resource "aws_lb_listener" "plain" {
  protocol = "HTTP"
}

resource "aws_alb_listener" "pq" {
  protocol   = "HTTPS"
  ssl_policy = "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09"
}

resource "aws_lb_listener" "custom" {
  protocol   = "TLS"
  ssl_policy = "ELBSecurityPolicy-FS-1-2-Res-2020-10"
}
"""
    write(tmp_path, {"lb.tf": text})
    detection = detect(tmp_path, "lb.tf")
    rule = "config.terraform.aws_lb_listener.ssl_policy"
    item = "aws_alb_listener.pq / ssl_policy"
    assert rows(detection) == {
        ("lb.tf", 7, item, name, rule, "reference")
        for name in ("X25519MLKEM768", "SecP256r1MLKEM768", "SecP384r1MLKEM1024")
    }
    versions = sorted((a.version or "", a.names) for a in detection.assets if isinstance(a, ProtocolConfig))
    assert versions == [("", ()), ("TLSv1.3", ("X25519MLKEM768", "SecP256r1MLKEM768", "SecP384r1MLKEM1024"))]


MODULE_MAIN = """\
resource "tls_private_key" "k" {
  algorithm = var.algorithm
  rsa_bits  = var.bits
}
"""
MODULE_VARIABLES = """\
variable "algorithm" {
  default = "RSA"
}
variable "bits" {
  default = 2048
}
"""
ROOT = """\
module "strong" {
  source = "./modules/key"
  bits   = 4096
}

module "same" {
  source = "./modules/key"
}

module "registry" {
  source  = "terraform-aws-modules/kms/aws"
  version = "~> 3.0"
}

module "escape" {
  source = "../../outside"
}
"""


def test_local_module_instances(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "infra/main.tf": ROOT,
            "infra/modules/key/main.tf": MODULE_MAIN,
            "infra/modules/key/variables.tf": MODULE_VARIABLES,
        },
    )
    (tmp_path.parent / "outside").mkdir(exist_ok=True)
    (tmp_path.parent / "outside" / "main.tf").write_text(MODULE_MAIN)
    root = detect(tmp_path, "infra/main.tf")
    assert rows(root) == {
        (
            "infra/main.tf",
            3,
            "module.strong / tls_private_key.k / algorithm",
            "RSA-4096",
            KEY_RULE,
            "keygen",
        )
    }
    assert root.findings[0].evidence == "algorithm RSA, rsa_bits 4096 (bits = 4096)"
    assert root.problems == ["infra/main.tf: module ../../outside: outside the scanned tree, not read"]
    module = detect(tmp_path, "infra/modules/key/main.tf")
    assert rows(module) == {
        ("infra/modules/key/main.tf", 2, "tls_private_key.k / algorithm", "RSA-2048", KEY_RULE, "keygen")
    }


def test_invalid_hcl_is_a_problem(tmp_path: Path) -> None:
    write(tmp_path, {"bad.tf": 'resource "tls_private_key" "x" {\n  algorithm = "RSA"\n'})
    detection = detect(tmp_path, "bad.tf")
    assert (detection.findings, detection.assets) == ([], [])
    assert len(detection.problems) == 1 and detection.problems[0].startswith("bad.tf: invalid HCL: ")


def test_wants_only_terraform_with_relevant_blocks(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "a.tf": 'resource "aws_s3_bucket" "b" {}\n',
            "b.tf": 'resource "aws_kms_key" "k" {}\n',
            "c.tf.json": '{"resource": {"aws_kms_key": {"k": {}}}}',
            "d.hcl": 'resource "aws_kms_key" "k" {}\n',
        },
    )
    assert [DETECTOR.wants(scanned(tmp_path, rel)) for rel in ("a.tf", "b.tf", "c.tf.json", "d.hcl")] == [
        False,
        True,
        False,
        False,
    ]


def test_module_value_lookups_are_bounded() -> None:
    blocks = parse('locals {\n  a = local.b\n  b = local.a\n  c = "x-${local.d}"\n  d = 1\n}\n', "l.tf")
    module = Module(blocks)
    assert module.value("${local.a}") == (None, frozenset())
    assert module.value("${local.c}") == ("x-1", frozenset())
    assert module.value("${upper(local.d)}") == (None, frozenset())
