"""CloudFormation: KMS key specs, ACM key algorithms and ELB listener policies, with intrinsic functions
(YAML tags and JSON `Ref`), parameter defaults, documented defaults and bad input."""

from __future__ import annotations

import os
from pathlib import Path

from tests.config_tools import CONTEXT

from qready.detectors.base import Detection
from qready.detectors.configs.cloudformation import CloudFormationDetector
from qready.discovery import ScannedFile
from qready.model import Confidence, FileLocation, ProtocolConfig

DETECTOR = CloudFormationDetector()
Row = tuple[int | None, str | None, str, str, str | None]


def scanned(root: Path, rel: str, text: str) -> ScannedFile:
    path = root / rel
    path.write_text(text)
    return ScannedFile(rel=rel, data=path.read_bytes(), path=str(path), root=os.path.realpath(root))


def detect(root: Path, rel: str, text: str) -> Detection:
    file = scanned(root, rel, text)
    assert DETECTOR.wants(file)
    return DETECTOR.detect(file, CONTEXT)


def rows(detection: Detection) -> set[Row]:
    found = set()
    for finding in detection.findings:
        assert isinstance(finding.location, FileLocation)
        loc = finding.location
        found.add((loc.line, loc.item, finding.algorithm.name, finding.rule_id, finding.function))
    return found


TEMPLATE = """\
Parameters:
  Spec:
    Type: String
    Default: ECC_NIST_P521
  NoDefault:
    Type: String
Resources:
  Signing:
    Type: AWS::KMS::Key
    Properties:
      KeySpec: !Ref Spec
  FromSub:
    Type: AWS::KMS::Key
    Properties:
      KeySpec: !Sub "${AWS::Region}-spec"
  Unset:
    Type: AWS::KMS::Key
    Properties:
      KeySpec: !Ref NoDefault
  Plain:
    Type: "AWS::KMS::Key"
    Properties: {KeySpec: SM2}
  Cert:
    Type: AWS::CertificateManager::Certificate
    Properties:
      DomainName: !Join [".", [www, example, com]]
      KeyAlgorithm: RSA_3072
  HttpOnly:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      Protocol: HTTP
"""
KMS = "config.cloudformation.kms-key.keyspec"


def test_keys_with_intrinsics_and_parameters(tmp_path: Path) -> None:
    detection = detect(tmp_path, "template.yaml", TEMPLATE)
    assert rows(detection) == {
        (11, "Signing / KeySpec", "ECDSA-P-521", KMS, "keygen"),
        (22, "Plain / KeySpec", "SM2", KMS, "keygen"),
        (27, "Cert / KeyAlgorithm", "RSA-3072", "config.cloudformation.certificate.keyalgorithm", "keygen"),
    }
    signing = next(f for f in detection.findings if f.location.line == 11)
    assert signing.evidence == "KeySpec ECC_NIST_P521 (Ref Spec)"
    assert (detection.assets, detection.problems) == ([], [])


def test_json_template_defaults(tmp_path: Path) -> None:
    text = """{
  "Resources": {
    "Key": {"Type": "AWS::KMS::Key", "Properties": {"Description": "default key"}},
    "Listener": {
      "Type": "AWS::ElasticLoadBalancingV2::Listener",
      "Properties": {"Protocol": {"Ref": "ListenerProtocol"}, "Port": 443}
    }
  },
  "Parameters": {"ListenerProtocol": {"Type": "String", "Default": "HTTPS"}}
}
"""
    detection = detect(tmp_path, "stack.json", text)
    defaults = rows(detection)
    assert (None, "Key / KeySpec", "AES-256-GCM", KMS, "keygen") in defaults
    listener = {row[2] for row in defaults if row[1] == "Listener / SslPolicy"}
    assert listener == {
        "ECDH",
        "ECDSA",
        "RSA",
        "RSA-PKCS1-1.5",
        "AES-128-GCM",
        "AES-256-GCM",
        "AES-128-CBC",
        "AES-256-CBC",
        "HMAC-SHA-1",
    }
    assert all(f.confidence is Confidence.MEDIUM for f in detection.findings)
    (asset,) = detection.assets
    assert isinstance(asset, ProtocolConfig)
    assert asset.version == "TLSv1 TLSv1.1 TLSv1.2"


def test_invalid_template_is_a_problem(tmp_path: Path) -> None:
    text = "Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties: {KeySpec: [RSA_2048\n"
    detection = detect(tmp_path, "broken.yaml", text)
    assert detection.findings == []
    (problem,) = detection.problems
    assert problem.startswith("broken.yaml: invalid YAML at line ")


def test_wants(tmp_path: Path) -> None:
    files = {
        "a.yaml": "Resources:\n  B:\n    Type: AWS::S3::Bucket\n",
        "b.template": "Resources:\n  K:\n    Type: AWS::KMS::Key\n",
        "c.txt": "Resources:\n  K:\n    Type: AWS::KMS::Key\n",
        "d.yml": "Type: AWS::KMS::KeyAlias\n",
    }
    wanted = [DETECTOR.wants(scanned(tmp_path, rel, text)) for rel, text in files.items()]
    assert wanted == [False, True, False, False]
