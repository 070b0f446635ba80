"""Terraform (HCL): the keys a configuration generates and the TLS policies it sets.

- `tls_private_key` (resource or ephemeral): `algorithm` RSA/ECDSA/ED25519 with `rsa_bits` (default 2048) or
  `ecdsa_curve` (default P224), the hashicorp/tls provider's documented defaults; function keygen.
- `tls_self_signed_cert`, `tls_cert_request` (`private_key_pem`) and `tls_locally_signed_cert`
  (`ca_private_key_pem`): the signature the provider makes with the referenced `tls_private_key` (Go
  crypto/x509's choice per key); function sign.
- `aws_kms_key` (`customer_master_key_spec`/`key_spec`, default SYMMETRIC_DEFAULT), `aws_acm_certificate`
  (`key_algorithm`, default RSA_2048 for requested certificates), `google_kms_crypto_key`
  (`version_template.algorithm`; GOOGLE_SYMMETRIC_ENCRYPTION without one), `azurerm_key_vault_key`
  (`key_type`, `key_size`, `curve`): function keygen.
- `aws_lb_listener`/`aws_alb_listener` `ssl_policy` (ELBSecurityPolicy-2016-08 when an HTTPS/TLS listener
  names none): findings and a TLS ProtocolConfig asset.

Values resolve through the module's variables (defaults) and locals. A `module` block whose `source` is a
directory of the scanned tree is instantiated with the caller's arguments: a setting that reads an argument
the caller passes is reported at that argument's line, as `module.<name> / <resource>`. Registry and remote
modules, nested module calls, `count`/`for_each` and expressions beyond `var.`/`local.` lookups are not
evaluated.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from qready.detectors.base import DetectContext, Detection, Route
from qready.detectors.configs.common import Setting
from qready.detectors.configs.iac import (
    algorithm,
    as_int,
    default_spec,
    elb_listener,
    keygen,
    label,
    spec_algorithm,
    table,
)
from qready.detectors.configs.terraform_hcl import (
    MAX_BYTES,
    Attr,
    Block,
    HclError,
    Module,
    load_module,
    parse,
)
from qready.discovery import ScannedFile
from qready.knowledge import Catalog
from qready.model import Algorithm

_SNIFF = re.compile(
    rb'(resource|ephemeral)\s+"(tls_private_key|tls_self_signed_cert|tls_locally_signed_cert|tls_cert_request'
    rb'|aws_kms_key|aws_acm_certificate|google_kms_crypto_key|azurerm_key_vault_key|aws_a?lb_listener)"'
    rb'|module\s+"'
)
_KEY_REFERENCE = re.compile(r"\$\{\s*tls_private_key\.([A-Za-z_][A-Za-z0-9_-]*)\.private_key_pem\s*\}")
_MODULE_META = frozenset({"source", "version", "providers", "count", "for_each", "depends_on"})
_TLS_LISTENER = ("HTTPS", "TLS")


@dataclass(frozen=True)
class Use:
    """One setting's meaning: the algorithm it generates, signs with or enables, and where it is written."""

    rule: str
    key: str
    value: str
    line: int | None
    found: Algorithm | None
    function: str = "keygen"  # keygen | sign | policy (an ELB security policy: findings and a ProtocolConfig)
    default: str | None = None  # the value is a documented default (nothing written)
    defaulted: bool = False  # a parameter (size, curve) is a documented default
    variables: frozenset[str] = frozenset()


@dataclass
class _Eval:
    module: Module
    catalog: Catalog

    def get(self, block: Block, name: str) -> tuple[Any, Attr | None, frozenset[str]]:
        attr = block.attrs.get(name)
        if attr is None:
            return None, None, frozenset()
        value, used = self.module.value(attr.value)  # None: an expression not resolved (no finding)
        return value, attr, used


def tls_private_key(ev: _Eval, block: Block) -> list[Use]:
    value, attr, used = ev.get(block, "algorithm")
    if attr is None or value is None:
        return []
    defaults = table("tls-provider")
    name = str(value).upper()
    found: Algorithm | None = None
    if name == "RSA":
        bits, written, more = ev.get(block, "rsa_bits")
        size = as_int(str(bits)) if written else int(defaults["rsa_bits"])
        found, detail = (algorithm(ev.catalog, "RSA", size=size) if size else None), f"rsa_bits {size}"
    elif name == "ECDSA":
        curve, written, more = ev.get(block, "ecdsa_curve")
        spelled = str(curve).upper() if written else str(defaults["ecdsa_curve"])
        named = defaults["curves"].get(spelled)
        found, detail = (
            (algorithm(ev.catalog, "ECDSA", curve=named) if named else None),
            f"ecdsa_curve {spelled}",
        )
    elif name == "ED25519":
        written, more, detail = attr, frozenset(), ""
        found = algorithm(ev.catalog, "Ed25519")
    if found is None:
        return []
    text = f"{value}, {detail}" if detail else str(value)
    return [Use("config.terraform.tls_private_key", "algorithm", text, attr.line, found, "keygen", None,
                written is None, used | more)]  # fmt: skip


def _signer(ev: _Eval, block: Block, key: str, rule: str) -> list[Use]:
    attr = block.attrs.get(key)
    match = _KEY_REFERENCE.fullmatch(str(attr.value).strip()) if attr else None
    source = ev.module.resources("tls_private_key").get(match.group(1)) if match else None
    uses = tls_private_key(ev, source) if source is not None else []
    if attr is None or not uses or uses[0].found is None:
        return []
    key_use, signature = uses[0], _signature(ev.catalog, uses[0].found)
    if signature is None:
        return []
    value = (
        f"tls_private_key.{match.group(1) if match else ''} ({key_use.found.name if key_use.found else ''})"
    )
    return [Use(rule, key, value, attr.line, signature, "sign", None, key_use.defaulted, key_use.variables)]


def _signature(catalog: Catalog, key: Algorithm) -> Algorithm | None:
    by_key: dict[str, str] = table("go-x509-signature")["by-key"]
    if key.curve in by_key:
        return algorithm(catalog, by_key[key.curve], curve=key.curve)
    if key.name == "Ed25519":
        return algorithm(catalog, by_key["Ed25519"])
    return algorithm(catalog, by_key["RSA"], size=key.key_size) if key.family == "RSA" else None


def _spec(
    ev: _Eval, block: Block, keys: tuple[str, ...], service: str, rule: str, default: bool
) -> list[Use]:
    for key in keys:
        value, attr, used = ev.get(block, key)
        if attr is not None:
            found = spec_algorithm(ev.catalog, service, str(value)) if value is not None else None
            return [Use(rule, key, str(value), attr.line, found, variables=used)] if found else []
    if not default:
        return []
    spec = default_spec(service)
    return [Use(rule, keys[0], spec, None, spec_algorithm(ev.catalog, service, spec), default=label(service))]


def aws_kms_key(ev: _Eval, block: Block) -> list[Use]:
    keys = ("customer_master_key_spec", "key_spec")
    return _spec(ev, block, keys, "aws-kms", "config.terraform.aws_kms_key", True)


def aws_acm_certificate(ev: _Eval, block: Block) -> list[Use]:
    if "private_key" in block.attrs or "certificate_body" in block.attrs:
        return []  # an imported certificate: its key is generated elsewhere
    return _spec(ev, block, ("key_algorithm",), "aws-acm", "config.terraform.aws_acm_certificate", True)


def google_kms_crypto_key(ev: _Eval, block: Block) -> list[Use]:
    rule = "config.terraform.google_kms_crypto_key"
    template = block.first("version_template")
    if template is not None:
        return _spec(ev, template, ("algorithm",), "gcp-kms", rule, False)
    purpose, _, _ = ev.get(block, "purpose")
    symmetric = str(purpose or "ENCRYPT_DECRYPT") == "ENCRYPT_DECRYPT"
    return _spec(ev, block, ("version_template.algorithm",), "gcp-kms", rule, symmetric)


def azurerm_key_vault_key(ev: _Eval, block: Block) -> list[Use]:
    kind, attr, used = ev.get(block, "key_type")
    azure = table("azure-key")
    family = azure["types"].get(str(kind)) if kind is not None else None
    if attr is None or family is None:
        return []
    size_value, _, more = ev.get(block, "key_size")
    curve_value, _, curved = ev.get(block, "curve")
    size = as_int(str(size_value)) if size_value is not None else None
    if family == "ECDSA" and curve_value is not None:
        named = azure["curves"].get(str(curve_value))
        found = algorithm(ev.catalog, family, curve=named) if named else None
        detail = f"curve {curve_value}"
    else:
        found, detail = algorithm(ev.catalog, family, size=size), f"key_size {size}" if size else ""
    if found is None:
        return []
    value = f"{kind}, {detail}" if detail else str(kind)
    rule = "config.terraform.azurerm_key_vault_key"
    return [Use(rule, "key_type", value, attr.line, found, variables=used | more | curved)]


def aws_lb_listener(ev: _Eval, block: Block) -> list[Use]:
    rule = "config.terraform.aws_lb_listener.ssl_policy"
    policy, attr, used = ev.get(block, "ssl_policy")
    if attr is not None:
        return (
            [Use(rule, "ssl_policy", str(policy), attr.line, None, "policy", variables=used)]
            if policy
            else []
        )
    protocol, _, _ = ev.get(block, "protocol")
    if str(protocol or "").upper() not in _TLS_LISTENER:
        return []
    return [Use(rule, "ssl_policy", default_spec("elb"), None, None, "policy", label("elb"))]


Handler = Callable[[_Eval, Block], list[Use]]
HANDLERS: dict[str, Handler] = {
    "tls_private_key": tls_private_key,
    "tls_self_signed_cert": lambda ev, b: _signer(
        ev, b, "private_key_pem", "config.terraform.tls_self_signed_cert"
    ),
    "tls_cert_request": lambda ev, b: _signer(ev, b, "private_key_pem", "config.terraform.tls_cert_request"),
    "tls_locally_signed_cert": lambda ev, b: _signer(
        ev, b, "ca_private_key_pem", "config.terraform.tls_locally_signed_cert"
    ),
    "aws_kms_key": aws_kms_key,
    "aws_acm_certificate": aws_acm_certificate,
    "google_kms_crypto_key": google_kms_crypto_key,
    "azurerm_key_vault_key": azurerm_key_vault_key,
    "aws_lb_listener": aws_lb_listener,
    "aws_alb_listener": aws_lb_listener,
}


def uses(ev: _Eval, blocks: list[Block]) -> list[tuple[Block, Use]]:
    found: list[tuple[Block, Use]] = []
    for block in blocks:
        if block.labels[0] in ("resource", "ephemeral") and len(block.labels) == 3:
            handler = HANDLERS.get(block.labels[1])
            found += [(block, use) for use in handler(ev, block)] if handler else []
    return found


def _report(detection: Detection, catalog: Catalog, use: Use, path: str, block: str, value: str) -> None:
    setting = Setting(use.key, value, path, use.line, block, use.default)
    if use.function == "policy":
        elb_listener(catalog, detection, setting, use.rule)
    elif use.found is not None:
        detection.findings.append(keygen(setting, use.found, use.rule, use.defaulted, use.function))


def _module_call(file: ScannedFile, ev: _Eval, call: Block, detection: Detection) -> None:
    """A local module instantiated with the caller's arguments: the settings that read an argument."""
    source = call.attrs.get("source")
    path = str(source.value).strip() if source else ""
    if not path.startswith(("./", "../")) or len(call.labels) < 2:
        return
    blocks = load_module(file, f"{path.rstrip('/')}/*.tf", detection.problems)
    arguments: dict[str, Any] = {}
    lines: dict[str, int | None] = {}
    for name, attr in call.attrs.items():
        value = ev.module.value(attr.value)[0]
        if name not in _MODULE_META and value is not None:
            arguments[name], lines[name] = value, attr.line
    instance = _Eval(Module(blocks).with_arguments(arguments), ev.catalog)
    for block, use in uses(instance, blocks):
        passed = sorted(use.variables & arguments.keys())
        if passed:
            where = f"module.{call.labels[1]} / {'.'.join(block.labels[1:])}"
            value = f"{use.value} ({passed[0]} = {arguments[passed[0]]})"
            moved = Use(**{**use.__dict__, "line": lines[passed[0]]})
            _report(detection, ev.catalog, moved, call.path, where, value)


class TerraformDetector:
    name: ClassVar[str] = "config-terraform"
    route: ClassVar[Route] = Route(suffixes=frozenset({".tf"}))

    def wants(self, file: ScannedFile) -> bool:
        if file.suffix != ".tf" or file.is_binary or len(file.data) > MAX_BYTES:
            return False
        return _SNIFF.search(file.data) is not None

    def detect(self, file: ScannedFile, context: DetectContext) -> Detection:
        detection = Detection()
        try:
            own = parse(file.text, file.rel)
        except HclError as exc:
            detection.problems.append(f"{file.rel}: invalid HCL: {exc}")
            return detection
        siblings = load_module(file, "*.tf", detection.problems)
        ev = _Eval(Module(own + siblings), context.catalog)
        for block, use in uses(ev, own):
            _report(detection, context.catalog, use, file.rel, ".".join(block.labels[1:]), use.value)
        for call in own:
            if call.labels[0] == "module":
                _module_call(file, ev, call, detection)
        return detection
