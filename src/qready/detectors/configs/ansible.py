"""Ansible playbooks, task files and roles: the keys community.crypto tasks generate.

- `community.crypto.openssl_privatekey` (also `_pipe` and the short `openssl_privatekey`): `type` RSA
  (default), DSA, ECC, Ed25519, Ed448, X25519, X448; `size` (default 4096); `curve` for ECC. Function keygen.
- `community.crypto.openssh_keypair`: `type` rsa (default), dsa, ecdsa, ed25519; `size` (RSA 4096, DSA 1024,
  ECDSA 256 by default). Function keygen.
- `community.crypto.x509_certificate` with `provider: selfsigned` (`selfsigned_digest`, default sha256) and
  `community.crypto.openssl_csr` (`digest`, default sha256): the signature made with the key at
  `privatekey_path`, when a task of the same file generates that key. Function sign.

Tasks are found wherever they sit (plays, `block`/`rescue`/`always`, task files); arguments are a mapping, a
task's `args`, or `key=value` free form. `{{ var }}` and `{{ var | default(x) }}` resolve through the file's
`vars:` and, for a role's tasks, the role's `defaults/main.yml` and `vars/main.yml`. Defaults of the module
documentation (iac_specs.toml) apply to parameters left out; such a finding keeps the task's line.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from typing import ClassVar

from yaml.nodes import MappingNode, Node, ScalarNode

from qready.detectors.base import DetectContext, Detection, Route
from qready.detectors.configs.common import Setting
from qready.detectors.configs.iac import algorithm, as_int, keygen, table
from qready.detectors.configs.yaml_nodes import child, documents, entries, line, mappings, text
from qready.discovery import ScannedFile
from qready.discovery.tree import OutsideTree, TreeView
from qready.knowledge import Catalog
from qready.model import Algorithm

MAX_BYTES = 2 * 1024 * 1024
_SUFFIXES = (".yml", ".yaml")
_SNIFF = re.compile(rb"\b(openssl_privatekey|openssh_keypair|x509_certificate|openssl_csr)(_pipe)?\s*:")
_JINJA = re.compile(r"\{\{\s*([A-Za-z_]\w*)\s*(?:\|\s*default\(\s*['\"]?([^'\")]*)['\"]?\s*\))?\s*\}\}")
_PRIVATEKEY = ("openssl_privatekey", "openssl_privatekey_pipe")
_SIGNERS = {
    "x509_certificate": ("selfsigned_digest", "x509_certificate"),
    "openssl_csr": ("digest", "openssl_csr"),
}
_ROLE_VARS = ("../defaults/main.yml", "../defaults/main.yaml", "../vars/main.yml", "../vars/main.yaml")


@dataclass
class _Task:
    module: str  # openssl_privatekey, openssh_keypair, ...
    key: ScalarNode  # the module key (the task's line)
    args: dict[str, tuple[str, int]]  # parameter -> (value as written, line)
    block: str


@dataclass
class _Playbook:
    file: ScannedFile
    catalog: Catalog
    detection: Detection = field(default_factory=Detection)
    variables: dict[str, str] = field(default_factory=dict)
    keys: dict[str, Algorithm] = field(default_factory=dict)  # privatekey path -> generated key

    def value(self, raw: str | None) -> str | None:
        """A parameter's value with `{{ var }}` / `{{ var | default(x) }}` resolved; None if unresolved."""
        if raw is None:
            return None
        unresolved = False

        def substitute(match: re.Match[str]) -> str:
            nonlocal unresolved
            found = self.variables.get(match.group(1), match.group(2))
            unresolved = unresolved or found is None
            return found or ""

        resolved = _JINJA.sub(substitute, raw)
        return None if unresolved or "{{" in resolved else resolved

    def setting(self, task: _Task, name: str, default: object) -> tuple[str | None, int, bool]:
        """(value, line, defaulted) of one parameter."""
        if name in task.args:
            written, where = task.args[name]
            return self.value(written), where, False  # None: a variable not defined here (no finding)
        return (None if default is None else str(default)), line(task.key), True


def _module_name(key: str) -> str:
    return key.rsplit(".", 1)[-1]


def _args(task: MappingNode, value: Node) -> dict[str, tuple[str, int]]:
    args: dict[str, tuple[str, int]] = {}
    for holder in (value, child(task, "args")):
        for key, item in entries(holder):
            written = text(item)
            if written is not None:
                args[str(key.value)] = (written, line(key))
    if isinstance(value, ScalarNode) and isinstance(value.value, str):
        try:
            words = shlex.split(value.value)
        except ValueError:
            words = []
        for word in words:
            name, _, written = word.partition("=")
            if written:
                args[name] = (written, line(value))
    return args


def _tasks(doc: Node) -> list[_Task]:
    found: list[_Task] = []
    for mapping in mappings(doc):
        for key, value in entries(mapping):
            module = _module_name(str(key.value))
            if module in (*_PRIVATEKEY, "openssh_keypair", *_SIGNERS):
                name = text(child(mapping, "name")) or f"task (line {line(key)})"
                found.append(_Task(module, key, _args(mapping, value), f"task {name!r}"))
                break
    return found


def _openssl_key(book: _Playbook, task: _Task) -> tuple[Algorithm | None, str, int, bool]:
    defaults = table("ansible-openssl-privatekey")
    kind, where, kind_default = book.setting(task, "type", defaults["type"])
    if kind is None:
        return None, "", where, False
    match kind.upper():
        case "RSA" | "DSA":
            size_text, _, size_default = book.setting(task, "size", defaults["size"])
            size = as_int(size_text)
            found = algorithm(book.catalog, kind.upper(), size=size) if size else None
            return found, f"{kind}, size {size}", where, kind_default or size_default
        case "ECC":
            curve, _, _ = book.setting(task, "curve", None)
            found = algorithm(book.catalog, "ECDSA", curve=curve) if curve else None
            return found, f"ECC, curve {curve}", where, kind_default
        case "ED25519" | "ED448" | "X25519" | "X448":
            return algorithm(book.catalog, kind.upper().replace("ED", "Ed")), f"{kind}", where, kind_default
    return None, f"{kind}", where, kind_default


def _openssh_key(book: _Playbook, task: _Task) -> tuple[Algorithm | None, str, int, bool]:
    defaults = table("ansible-openssh-keypair")
    kind, where, kind_default = book.setting(task, "type", defaults["type"])
    kind = (kind or "").lower()
    size_default = defaults.get(f"{kind}_size")
    size_text, _, size_defaulted = book.setting(task, "size", size_default)
    size = as_int(size_text)
    if kind in ("rsa", "dsa") and size:
        found = algorithm(book.catalog, kind.upper(), size=size)
    elif kind == "ecdsa":
        curve = defaults["curves"].get(str(size))
        found = algorithm(book.catalog, "ECDSA", curve=curve) if curve else None
    elif kind == "ed25519":
        found, size_defaulted = algorithm(book.catalog, "Ed25519"), False
    else:
        found = None
    detail = kind + (f", size {size}" if kind != "ed25519" else "")
    return found, detail, where, kind_default or size_defaulted


def _generate(book: _Playbook, task: _Task) -> None:
    if task.module == "openssh_keypair":
        found, detail, where, defaulted = _openssh_key(book, task)
    else:
        found, detail, where, defaulted = _openssl_key(book, task)
    if found is None:
        return
    setting = Setting("type", detail, book.file.rel, where, task.block)
    module = "openssh_keypair" if task.module == "openssh_keypair" else "openssl_privatekey"
    book.detection.findings.append(keygen(setting, found, f"config.ansible.{module}", defaulted))
    path = book.value(task.args.get("path", ("", 0))[0])
    if path and task.module != "openssh_keypair":
        book.keys[path] = found


def _sign(book: _Playbook, task: _Task) -> None:
    """A self-signed certificate or a CSR: the signature the key at privatekey_path makes."""
    digest_key, rule = _SIGNERS[task.module]
    if (
        task.module == "x509_certificate"
        and book.value(task.args.get("provider", ("", 0))[0]) != "selfsigned"
    ):
        return
    path = book.value(task.args.get("privatekey_path", ("", 0))[0])
    key = book.keys.get(path or "")
    if key is None:
        return
    digest, where, defaulted = book.setting(task, digest_key, "sha256")
    bits = (digest or "").lower().removeprefix("sha")
    found: Algorithm | None = None
    if key.name in ("Ed25519", "Ed448"):
        found = key
    elif key.family == "RSA":
        found = algorithm(book.catalog, f"RSA-PKCS1-1.5-SHA-{bits}", size=key.key_size)
    elif key.family == "ECDSA" and key.curve:
        found = algorithm(book.catalog, f"ECDSA-SHA-{bits}", curve=key.curve)
    if found is not None:
        setting = Setting(digest_key, f"{digest} with {key.name} ({path})", book.file.rel, where, task.block)
        book.detection.findings.append(keygen(setting, found, f"config.ansible.{rule}", defaulted, "sign"))


def _role_variables(file: ScannedFile) -> dict[str, str]:
    """A role's defaults and vars, for a file under the role's `tasks/`."""
    if "/tasks/" not in f"/{file.rel}":
        return {}
    view = TreeView(file)
    found: dict[str, str] = {}
    for reference in _ROLE_VARS:
        try:
            targets = view.resolve(reference)
            for target in targets:
                for doc in documents(view.read(target).decode("utf-8", "replace"), target.rel, []):
                    found.update(_scalars(doc))
        except (OutsideTree, OSError):
            continue
    return found


def _scalars(node: Node | None) -> dict[str, str]:
    return {str(k.value): v for k, item in entries(node) if (v := text(item)) is not None}


class AnsibleDetector:
    name: ClassVar[str] = "config-ansible"
    route: ClassVar[Route] = Route(suffixes=frozenset(_SUFFIXES))

    def wants(self, file: ScannedFile) -> bool:
        if file.suffix not in _SUFFIXES or file.is_binary or len(file.data) > MAX_BYTES:
            return False
        return _SNIFF.search(file.data) is not None

    def detect(self, file: ScannedFile, context: DetectContext) -> Detection:
        book = _Playbook(file, context.catalog)
        book.variables.update(_role_variables(file))
        docs = documents(file.text, file.rel, book.detection.problems)
        for doc in docs:
            for mapping in mappings(doc):
                book.variables.update(_scalars(child(mapping, "vars")))
        tasks = [task for doc in docs for task in _tasks(doc)]
        for task in tasks:
            if task.module in (*_PRIVATEKEY, "openssh_keypair"):
                _generate(book, task)
        for task in tasks:
            if task.module in _SIGNERS:
                _sign(book, task)
        return book.detection
