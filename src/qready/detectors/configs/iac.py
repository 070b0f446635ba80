"""What the infrastructure-as-code detectors (Kubernetes, Terraform, CloudFormation, Ansible) share: key
specifications of cloud services and tools resolved to catalog algorithms through iac_specs.toml (each table
sourced), the documented defaults that apply when a template leaves a value out, the finding for a setting
that generates a key, and the Elastic Load Balancing security policies."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from qready.detectors.base import Detection
from qready.detectors.configs.common import Setting, findings, protocol_config
from qready.detectors.configs.tls import group_algorithms, suite_list_algorithms
from qready.knowledge import Catalog
from qready.model import Algorithm, Confidence, FileLocation, Finding


@cache
def specs() -> dict[str, Any]:
    text = resources.files("qready.detectors.configs").joinpath("iac_specs.toml").read_text("utf-8")
    return tomllib.loads(text)


def table(name: str) -> dict[str, Any]:
    return dict(specs()[name])


def label(name: str) -> str:
    """The default label of a table (`hashicorp/tls 4.x default`)."""
    return str(specs()[name]["label"])


def algorithm(
    catalog: Catalog, name: str, size: int | None = None, curve: str | None = None
) -> Algorithm | None:
    """A catalog algorithm, sized or on a curve; None for a curve the catalog does not know."""
    if curve is not None:
        known = catalog.curve(curve)
        return catalog.find(name, "name", curve=known.id) if known else None
    return catalog.find(name, "name", size=size)


def row_algorithm(catalog: Catalog, row: list[Any]) -> Algorithm | None:
    """A spec row: [name], [name, size] or [name, curve]."""
    if len(row) > 1 and isinstance(row[1], int):
        return algorithm(catalog, row[0], size=row[1])
    if len(row) > 1:
        return algorithm(catalog, row[0], curve=str(row[1]))
    return algorithm(catalog, row[0])


def spec_algorithm(catalog: Catalog, service: str, spec: str) -> Algorithm | None:
    """The algorithm a service's key spec names (`aws-kms`, `RSA_2048`): exact match, then ignoring case."""
    rows: dict[str, list[Any]] = specs()[service]["specs"]
    row = rows.get(spec.strip())
    if row is None:
        folded = {key.casefold(): value for key, value in rows.items()}
        row = folded.get(spec.strip().casefold())
    return None if row is None else row_algorithm(catalog, row)


def default_spec(service: str) -> str:
    return str(specs()[service]["default"])


def as_int(value: str | None) -> int | None:
    if value is None:
        return None
    text = value.strip().strip("\"'")
    return int(text) if re.fullmatch(r"\d{1,6}", text) else None


def keygen(
    setting: Setting, found: Algorithm, rule_id: str, defaulted: bool = False, function: str = "keygen"
) -> Finding:
    """The finding for a setting that generates a key (or, with `function="sign"`, signs with one).
    `defaulted` marks a key whose size or curve comes from a documented default though the setting itself is
    written."""
    default = setting.default is not None or defaulted
    return Finding(
        rule_id=rule_id,
        algorithm=found,
        location=setting.location,
        evidence=setting.evidence,
        symbol=setting.key,
        confidence=Confidence.MEDIUM if default else Confidence.HIGH,
        provenance=(("parameterSetIdentifier", "default" if default else "configured"),),
        function=function,
    )


def elb_policy(catalog: Catalog, name: str) -> tuple[list[Algorithm], str | None] | None:
    """The algorithms and TLS versions an Elastic Load Balancing security policy enables, None if unknown."""
    row = specs()["elb"]["policies"].get(name.strip())
    if row is None:
        return None
    found = group_algorithms(catalog, row.get("groups", ""))[0]
    found += suite_list_algorithms(catalog, row.get("ciphers", ""))[0]
    return found, str(row["versions"])


def elb_listener(catalog: Catalog, detection: Detection, setting: Setting, rule_id: str) -> None:
    """An ELB listener's security policy: its findings and one TLS ProtocolConfig asset (with no algorithms
    for a policy the table does not describe)."""
    policy = elb_policy(catalog, setting.value) or ([], None)  # a policy not tabulated: the endpoint alone
    detection.findings.extend(findings(setting, policy[0], rule_id))
    where: list[FileLocation] = [setting.location]
    detection.assets.append(protocol_config("tls", policy[1], policy[0], where))
