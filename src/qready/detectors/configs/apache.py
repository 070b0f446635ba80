"""Apache httpd mod_ssl configuration: SSLCipherSuite (with its optional `TLSv1.3`/`SSL` protocol word),
SSLOpenSSLConfCmd Groups|Curves|Ciphersuites|SignatureAlgorithms|CipherString, SSLProtocol and the
SSLCertificateFile/SSLCertificateKeyFile files, in the main server and each `<VirtualHost>`.

Grammar (httpd core config.c): one directive per line, `\\` continues a line, `#` starts a comment line,
arguments are words with `"..."` quoting, `<Section args>` ... `</Section>` nest (`<IfModule>`, `<IfDefine>`,
`<IfVersion>`, `<Directory>`... are read through; only `<VirtualHost>` starts an endpoint). `Include` and
`IncludeOptional` (globs) are read in place, relative paths against ServerRoot (or the main file's
directory). A virtual host inherits the main server's SSL directives it does not set itself. Each virtual
host with `SSLEngine on` (or the main server when it has it) is one ProtocolConfig asset; where SSLCipherSuite
or the groups are not written, mod_ssl's and OpenSSL's documented defaults are reported (tls_defaults.toml).
A file the tree's main httpd.conf/apache2.conf reads through Include gives nothing of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import ClassVar

from qready.detectors.base import DetectContext, Detection, Route
from qready.detectors.configs.common import Setting
from qready.detectors.configs.includes import Includer, Source, find_root
from qready.detectors.configs.line_config import logical_lines, words
from qready.detectors.configs.tls import CONF_COMMANDS, Endpoint, default_setting, tls13_only, tls_findings
from qready.discovery import ScannedFile
from qready.knowledge import Catalog
from qready.model import FileLocation, Finding

MAX_BYTES = 8 * 1024 * 1024
MAX_DIRECTIVES = 100_000
MAIN_NAMES = ("httpd.conf", "apache2.conf")
_SNIFF = re.compile(
    rb"^\s*(SSL(Engine|CipherSuite|CertificateFile|Protocol|OpenSSLConfCmd)|<VirtualHost)", re.M
)


@dataclass(frozen=True)
class Directive:
    name: str  # lower case
    args: tuple[str, ...]
    path: str
    line: int
    vhost: str | None


@dataclass
class HttpdReader:
    includer: Includer
    directives: list[Directive] = field(default_factory=list)
    server_root: str | None = None

    def read(self, source: Source, vhost: str | None = None) -> None:
        for number, line in logical_lines(source.text):
            if len(self.directives) >= MAX_DIRECTIVES:
                self.includer.problems.append(f"{source.rel}: more than {MAX_DIRECTIVES} directives")
                return
            try:
                args = words(line)
            except ValueError as exc:
                self.includer.problems.append(f"{source.rel}:{number}: {exc}; line ignored")
                continue
            if not args:
                continue
            name = args[0].lower()
            if name.startswith("<virtualhost"):
                vhost = "VirtualHost " + " ".join(args[1:]).rstrip(">").strip()
            elif name == "</virtualhost>":
                vhost = None
            elif name in ("include", "includeoptional") and len(args) > 1:
                self._include(source, number, args[1], name == "includeoptional", vhost)
            elif not name.startswith("<"):
                if name == "serverroot" and len(args) > 1:
                    self.server_root = args[1]
                self.directives.append(Directive(name, tuple(args[1:]), source.rel, number, vhost))

    def _include(
        self, source: Source, number: int, reference: str, optional: bool, vhost: str | None
    ) -> None:
        if not reference.startswith("/") and self.server_root:
            reference = f"{self.server_root.rstrip('/')}/{reference}"
        for included in self.includer.include(source, number, reference, optional):
            self.read(included, vhost)


Scope = dict[str, list[Directive]]


def _slot(directive: Directive) -> str | None:
    """The inheritance slot of an SSL directive (a vhost setting replaces the main server's)."""
    if directive.name == "sslopensslconfcmd" and directive.args:
        return f"cmd:{directive.args[0].lower()}"
    if directive.name == "sslciphersuite" and len(directive.args) > 1:
        return f"ciphersuite:{directive.args[0].lower()}"
    if directive.name.startswith("ssl"):
        return directive.name
    return None


@dataclass
class _Build:
    file: ScannedFile
    catalog: Catalog
    includer: Includer
    detection: Detection = field(default_factory=Detection)
    found: dict[int, list[Finding]] = field(default_factory=dict)

    def findings(self, directive: Directive) -> list[Finding]:
        kind, key, value = None, directive.name, " ".join(directive.args)
        if directive.name == "sslciphersuite" and directive.args:
            protocol = directive.args[0].lower() if len(directive.args) > 1 else "ssl"
            kind, value = ("suites" if protocol == "tlsv1.3" else "ciphers"), directive.args[-1]
            key = "SSLCipherSuite"
        elif directive.name == "sslopensslconfcmd" and len(directive.args) > 1:
            kind = CONF_COMMANDS.get(directive.args[0].lower())
            key, value = f"SSLOpenSSLConfCmd {directive.args[0]}", directive.args[1]
        if kind is None:
            return []
        setting = Setting(key, value, directive.path, directive.line, directive.vhost)
        rule = "config.apache." + key.lower().replace(" ", ".")
        return tls_findings(self.catalog, kind, setting, rule)

    def endpoint(self, block: str | None, scope: Scope, where: Directive) -> None:
        label = block or "main server"
        endpoint = Endpoint(label, FileLocation(where.path, where.line, label))
        for directives in scope.values():
            for directive in directives:
                endpoint.findings += self.found.get(id(directive), [])
        protocols = scope.get("sslprotocol")
        endpoint.version = " ".join(protocols[-1].args) if protocols else None
        self._defaults(endpoint, scope, label)
        for slot in ("sslcertificatefile", "sslcertificatekeyfile"):
            for directive in scope.get(slot, ()):
                endpoint.files += self.includer.file_ref(directive.args[0] if directive.args else "")
        self.detection.assets.append(endpoint.asset())

    def _defaults(self, endpoint: Endpoint, scope: Scope, label: str) -> None:
        path = self.file.rel
        written = ("sslciphersuite", "ciphersuite:ssl", "cmd:cipherstring")
        if not any(k in scope for k in written) and not tls13_only(endpoint.version):
            setting = default_setting("apache", "SSLCipherSuite", path, label)
            rule = "config.apache.sslciphersuite"
            endpoint.findings += self._emit(tls_findings(self.catalog, "ciphers", setting, rule))
        if not any(k in scope for k in ("cmd:groups", "cmd:curves")):
            setting = default_setting("openssl", "Groups", path, label, "groups")
            setting = Setting("SSLOpenSSLConfCmd Groups", setting.value, path, None, label, setting.default)
            rule = "config.apache.sslopensslconfcmd.groups"
            endpoint.findings += self._emit(tls_findings(self.catalog, "groups", setting, rule))

    def _emit(self, found: list[Finding]) -> list[Finding]:
        self.detection.findings += found
        return found


def _scopes(directives: list[Directive]) -> tuple[Scope, dict[str, Scope], dict[str, Directive]]:
    main: Scope = {}
    hosts: dict[str, Scope] = {}
    first: dict[str, Directive] = {}
    for directive in directives:
        slot = _slot(directive)
        if directive.vhost is None:
            if slot:
                main.setdefault(slot, []).append(directive)
            continue
        first.setdefault(directive.vhost, directive)
        if slot:
            hosts.setdefault(directive.vhost, {}).setdefault(slot, []).append(directive)
    return main, hosts, first


def _engine_on(scope: Scope) -> bool:
    engine = scope.get("sslengine")
    return bool(engine and engine[-1].args and engine[-1].args[0].lower() in ("on", "optional"))


class ApacheDetector:
    name: ClassVar[str] = "config-apache"
    route: ClassVar[Route] = Route(suffixes=frozenset({".conf", ".load", ""}), names=frozenset(MAIN_NAMES))

    def wants(self, file: ScannedFile) -> bool:
        if file.is_binary or len(file.data) > MAX_BYTES or "nginx" in file.rel.lower().split("/"):
            return False
        if file.name not in MAIN_NAMES and file.suffix not in (".conf", ".load", ""):
            return False
        return _SNIFF.search(file.data[:MAX_BYTES]) is not None

    def detect(self, file: ScannedFile, context: DetectContext) -> Detection:
        main = None if file.name in MAIN_NAMES else find_root(file, MAIN_NAMES)
        if main is not None and file.rel in _read(Includer(main)).includer.read_files:
            return Detection()  # the main configuration reads this file in place and reports it
        reader = _read(Includer(file, main))
        build = _Build(file, context.catalog, reader.includer)
        for directive in reader.directives:
            found = build.findings(directive)
            build.found[id(directive)] = found
            build.detection.findings += found
        base, hosts, first = _scopes(reader.directives)
        if _engine_on(base) and reader.directives:
            build.endpoint(None, base, next(d for d in reader.directives if d.name == "sslengine"))
        for vhost in first:
            scope = {**base, **hosts.get(vhost, {})}
            if _engine_on(scope):
                build.endpoint(vhost, scope, first[vhost])
        build.detection.problems += reader.includer.problems
        return build.detection


def _read(includer: Includer) -> HttpdReader:
    reader = HttpdReader(includer)
    reader.read(includer.top())
    return reader
