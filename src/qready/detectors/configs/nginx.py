"""nginx TLS configuration: `ssl_ciphers`, `ssl_ecdh_curve`, `ssl_conf_command Groups|Ciphersuites|...`,
`ssl_protocols` and the `ssl_certificate`/`ssl_certificate_key`/`ssl_dhparam` files, per `server` block of
`http`, `stream` and `mail`, with http-level values inherited the way nginx merges them (a directive set in a
server replaces the inherited one). Every directive is a finding at its line; every TLS server block (a
`listen ... ssl|quic`, `ssl on` or a certificate) is one ProtocolConfig asset, with nginx's documented
defaults (tls_defaults.toml) where a value is not written.

A file the tree's main `nginx.conf` (in its directory or above) reads through `include` gives nothing of its
own: the main file reports it in place, inside its `http`/`server` context. Other files (a `sites-available`
file not enabled, a lone `conf.d` file) are read on their own, relative includes resolved against the
directory of that main file, nginx's prefix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import ClassVar

from qready.detectors.base import DetectContext, Detection
from qready.detectors.configs.common import Setting
from qready.detectors.configs.includes import Includer, find_root
from qready.detectors.configs.nginx_parse import Directive, NginxReader
from qready.detectors.configs.tls import CONF_COMMANDS, Endpoint, default_setting, tls13_only, tls_findings
from qready.discovery import ScannedFile
from qready.knowledge import Catalog
from qready.model import FileLocation, Finding

MAX_BYTES = 8 * 1024 * 1024
_DIRS = ("sites-enabled", "sites-available", "conf.d", "snippets", "streams-enabled")
_FOLDERS = frozenset(_DIRS)
_OTHERS = frozenset({"apache2", "httpd", "dovecot", "postfix", "haproxy"})
_SERVER = re.compile(rb"(^|[\s;{}])(server\s*\{|ssl_certificate\s)")
_BLOCKS = ("http", "stream", "mail")
_SNIFF = re.compile(rb"(^|[\s;{}])(ssl_[a-z_]+\s|(server|http|stream)\s*\{)")
# directive -> (slot in a scope, value kind); ssl_conf_command commands -> kind (SSL_CONF_cmd(3) names)
_SLOTS = {
    "ssl_ciphers": "ciphers",
    "ssl_ecdh_curve": "curve",
    "ssl_conf_command": "conf",
    "ssl_protocols": "protocols",
    "ssl_certificate": "certificate",
    "ssl_certificate_key": "certificate_key",
    "ssl_dhparam": "dhparam",
}
_KINDS = {"ssl_ciphers": "ciphers", "ssl_ecdh_curve": "groups"}
_FILES = ("certificate", "certificate_key", "dhparam")

Scope = dict[str, list[Directive]]


def _label(server: Directive) -> str:
    names = next((d.args for d in server.children or () if d.name == "server_name" and d.args), None)
    listen = next((d.args[0] for d in server.children or () if d.name == "listen" and d.args), None)
    label = f"server {names[0]}" if names else f"server (line {server.line})"
    return f"{label} {listen}" if listen else label


def _is_tls(server: Directive, scope: Scope) -> bool:
    for directive in server.children or ():
        if directive.name == "listen" and ({"ssl", "quic"} & set(directive.args)):
            return True
        if directive.name == "ssl" and directive.args[:1] == ["on"]:
            return True
    return bool(scope.get("certificate"))


@dataclass
class _Walk:
    file: ScannedFile
    catalog: Catalog
    includer: Includer
    with_defaults: bool
    detection: Detection = field(default_factory=Detection)
    _done: dict[int, list[Finding]] = field(default_factory=dict)

    def findings(self, directive: Directive, block: str | None) -> list[Finding]:
        """The findings of one directive, made once however many servers inherit it."""
        if id(directive) in self._done:
            return self._done[id(directive)]
        found: list[Finding] = []
        if directive.name == "ssl_conf_command" and len(directive.args) >= 2:
            kind = CONF_COMMANDS.get(directive.args[0].lower())
            if kind:
                key = f"ssl_conf_command {directive.args[0]}"
                setting = Setting(key, directive.args[1], directive.path, directive.line, block)
                rule = f"config.nginx.ssl_conf_command.{directive.args[0].lower()}"
                found = tls_findings(self.catalog, kind, setting, rule)
        elif directive.name in _KINDS and directive.args:
            setting = Setting(directive.name, " ".join(directive.args), directive.path, directive.line, block)
            found = tls_findings(
                self.catalog, _KINDS[directive.name], setting, f"config.nginx.{directive.name}"
            )
        self._done[id(directive)] = found
        self.detection.findings.extend(found)
        return found

    def walk(self, directives: list[Directive], scope: Scope, context: str | None) -> None:
        scope = _merge(scope, directives)
        for directive in directives:
            if directive.name in _SLOTS:
                self.findings(directive, context)
            elif directive.children is not None and directive.name in _BLOCKS:
                self.walk(directive.children, scope, directive.name)
            elif directive.children is not None and directive.name == "server" and context in _BLOCKS:
                self.server(directive, scope, context)

    def server(self, server: Directive, inherited: Scope, context: str | None) -> None:
        children = server.children or []
        scope = _merge(inherited, children)
        label = _label(server) if context == "http" else f"{context} {_label(server)}"
        for directive in children:
            if directive.name in _SLOTS:
                self.findings(directive, label)
        if not self.with_defaults or not _is_tls(server, scope):
            return
        endpoint = Endpoint(label, FileLocation(server.path, server.line, label))
        for directive in (*scope.get("ciphers", ()), *scope.get("curve", ()), *scope.get("conf", ())):
            endpoint.findings += self.findings(directive, label)
        protocols = scope.get("protocols")
        endpoint.version = " ".join(protocols[-1].args) if protocols else None
        self._defaults(endpoint, scope, label)
        for slot in _FILES:
            for directive in scope.get(slot, ()):
                endpoint.files += self.includer.file_ref(directive.args[0] if directive.args else "")
        self.detection.assets.append(endpoint.asset())

    def _defaults(self, endpoint: Endpoint, scope: Scope, label: str) -> None:
        commands = {d.args[0].lower() for d in scope.get("conf", ()) if d.args}
        path = self.file.rel
        if not scope.get("ciphers") and "cipherstring" not in commands and not tls13_only(endpoint.version):
            setting = default_setting("nginx", "ssl_ciphers", path, label)
            endpoint.findings += self._default(setting, "ciphers", "config.nginx.ssl_ciphers")
        if not scope.get("curve") and not commands & {"groups", "curves"}:
            setting = default_setting("nginx", "ssl_ecdh_curve", path, label)
            endpoint.findings += self._default(setting, "groups", "config.nginx.ssl_ecdh_curve")
        if not scope.get("protocols"):
            endpoint.version = default_setting("nginx", "ssl_protocols", path, label).value

    def _default(self, setting: Setting, kind: str, rule: str) -> list[Finding]:
        found = tls_findings(self.catalog, kind, setting, rule)
        self.detection.findings.extend(found)
        return found


def _includes(main: ScannedFile, file: ScannedFile) -> bool:
    """Whether the main nginx.conf reads `file` through its includes."""
    includer = Includer(main)
    NginxReader(includer).read(includer.top())
    return file.rel in includer.read_files


def _merge(parent: Scope, directives: list[Directive]) -> Scope:
    """nginx's merge: a slot set at this level replaces the inherited one; unset slots are inherited."""
    scope = dict(parent)
    own: Scope = {}
    for directive in directives:
        slot = _SLOTS.get(directive.name)
        if slot is not None:
            own.setdefault(slot, []).append(directive)
    scope.update(own)
    return scope


class NginxDetector:
    name: ClassVar[str] = "config-nginx"

    def wants(self, file: ScannedFile) -> bool:
        if file.is_binary or len(file.data) > MAX_BYTES:
            return False
        parts = file.rel.lower().split("/")
        folders = parts[:-1]
        named = file.name == "nginx.conf" or any("nginx" in part for part in folders)
        # (the path first: every file of a tree is offered, and few are in a folder nginx reads)
        if not (named or not _FOLDERS.isdisjoint(folders)) or not _OTHERS.isdisjoint(parts):
            return False
        if named:
            return _SNIFF.search(file.data) is not None
        # sites-enabled/, conf.d/... of an unnamed tree: only a file with a server block or ssl_certificate
        return _SERVER.search(file.data) is not None

    def detect(self, file: ScannedFile, context: DetectContext) -> Detection:
        main = None if file.name == "nginx.conf" else find_root(file, ("nginx.conf",))
        if main is not None and _includes(main, file):
            return Detection()  # nginx.conf reads this file in place: its detection reports it
        includer = Includer(file, main)
        reader = NginxReader(includer)
        directives = reader.read(includer.top())
        walk = _Walk(file, context.catalog, includer, with_defaults=True)
        top = [d for d in directives if d.children is not None and d.name in _BLOCKS]
        # a file holding server blocks with no http/stream around them (conf.d/*.conf) is inside `http`
        walk.walk(directives, {}, None if top else "http")
        walk.detection.problems += reader.problems + includer.problems
        return walk.detection
