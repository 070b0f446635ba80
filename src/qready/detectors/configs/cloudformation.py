"""AWS CloudFormation templates (YAML or JSON): the keys they make AWS generate and the TLS policies they set.

- `AWS::KMS::Key` `KeySpec` (default SYMMETRIC_DEFAULT, AES-256-GCM) and
  `AWS::CertificateManager::Certificate` `KeyAlgorithm` (default RSA_2048): function keygen, specs resolved
  through iac_specs.toml.
- `AWS::ElasticLoadBalancingV2::Listener` `SslPolicy` (ELBSecurityPolicy-2016-08 when an HTTPS/TLS listener
  names none): findings and a TLS ProtocolConfig asset.

Intrinsic functions are node tags (`!Ref`, `!Sub`, `!If`) that never stop the YAML loader; `!Ref Param` and
`{"Ref": "Param"}` resolve to the parameter's `Default`. Other intrinsics (`!If`, `!FindInMap`) are not
evaluated: such a property gives no finding. Nested stacks and macros (`Transform`) are not expanded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from yaml.nodes import Node, ScalarNode

from qready.detectors.base import DetectContext, Detection, Route
from qready.detectors.configs.common import Setting
from qready.detectors.configs.iac import default_spec, elb_listener, keygen, label, spec_algorithm
from qready.detectors.configs.yaml_nodes import child, documents, entries, entry, line, text
from qready.discovery import ScannedFile
from qready.knowledge import Catalog

MAX_BYTES = 4 * 1024 * 1024
_SUFFIXES = (".yaml", ".yml", ".json", ".template")
_SNIFF = re.compile(rb"AWS::(KMS::Key|CertificateManager::Certificate|ElasticLoadBalancingV2::Listener)\b")
_TLS_PROTOCOLS = ("HTTPS", "TLS")
# resource type -> (property, spec table, rule id)
_KEYS = {
    "AWS::KMS::Key": ("KeySpec", "aws-kms", "config.cloudformation.kms-key.keyspec"),
    "AWS::CertificateManager::Certificate": (
        "KeyAlgorithm",
        "aws-acm",
        "config.cloudformation.certificate.keyalgorithm",
    ),
}
_LISTENER = "AWS::ElasticLoadBalancingV2::Listener"
_LISTENER_RULE = "config.cloudformation.listener.sslpolicy"


@dataclass
class _Template:
    file: ScannedFile
    catalog: Catalog
    parameters: Node | None
    detection: Detection

    def value(self, node: Node) -> tuple[str | None, str]:
        """(value, as written) of a property: a plain scalar, or `!Ref`/`Ref` to a parameter's Default."""
        plain = text(node)
        if plain is not None:
            return plain, plain
        ref = node.value if isinstance(node, ScalarNode) and node.tag == "!Ref" else text(child(node, "Ref"))
        if not isinstance(ref, str):
            return None, "(intrinsic function)"
        return text(child(self.parameters, ref, "Default")), f"Ref {ref}"

    def setting(self, resource: str, prop: str, node: Node, key: Node) -> Setting | None:
        value, written = self.value(node)
        if value is None:
            return None  # an intrinsic function other than Ref: not evaluated, no finding
        shown = value if written == value else f"{value} ({written})"
        return Setting(prop, shown, self.file.rel, line(key), resource)

    def key(self, resource: str, properties: Node | None, kind: str) -> None:
        prop, service, rule = _KEYS[kind]
        found = entry(properties, prop)
        if found is None:
            setting = Setting(prop, default_spec(service), self.file.rel, None, resource, label(service))
            spec = setting.value
        else:
            written = self.setting(resource, prop, found[1], found[0])
            if written is None:
                return
            setting, spec = written, self.value(found[1])[0] or ""
        algorithm = spec_algorithm(self.catalog, service, spec)
        if algorithm is not None:
            self.detection.findings.append(keygen(setting, algorithm, rule))

    def listener(self, resource: str, properties: Node | None) -> None:
        found = entry(properties, "SslPolicy")
        if found is not None:
            policy = self.value(found[1])[0]
            if policy is None:
                return
            setting = Setting("SslPolicy", policy, self.file.rel, line(found[0]), resource)
            elb_listener(self.catalog, self.detection, setting, _LISTENER_RULE)
            return
        protocol = child(properties, "Protocol")
        if ((self.value(protocol)[0] if protocol else None) or "").upper() in _TLS_PROTOCOLS:
            default = Setting("SslPolicy", default_spec("elb"), self.file.rel, None, resource, label("elb"))
            elb_listener(self.catalog, self.detection, default, _LISTENER_RULE)


class CloudFormationDetector:
    name: ClassVar[str] = "config-cloudformation"
    route: ClassVar[Route] = Route(suffixes=frozenset(_SUFFIXES))

    def wants(self, file: ScannedFile) -> bool:
        if file.suffix not in _SUFFIXES or file.is_binary or len(file.data) > MAX_BYTES:
            return False
        return _SNIFF.search(file.data) is not None and b"Resources" in file.data

    def detect(self, file: ScannedFile, context: DetectContext) -> Detection:
        detection = Detection()
        for doc in documents(file.text, file.rel, detection.problems)[:1]:
            template = _Template(file, context.catalog, child(doc, "Parameters"), detection)
            for name, resource in entries(child(doc, "Resources")):
                kind = text(child(resource, "Type")) or ""
                properties = child(resource, "Properties")
                if kind in _KEYS:
                    template.key(str(name.value), properties, kind)
                elif kind == _LISTENER:
                    template.listener(str(name.value), properties)
        return detection
