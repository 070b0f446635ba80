"""OpenSSL `openssl.cnf` TLS settings (config(5), SSL_CONF_cmd(3)).

Grammar: `[ section ]` headers, `name = value` lines (the part before any header is the `default` section),
`#` comments, `\\` line continuation, `.include [=] path` read in place (a directory: its `*.cnf`/`*.conf`
files), `.pragma` ignored. The TLS settings are the sections the chain `openssl_conf = init` -> `[init]
ssl_conf = ssl` -> `[ssl] system_default = sect` (and any other application name) points to; each such
section is one TLS endpoint: CipherString, Ciphersuites, Groups/Curves, SignatureAlgorithms,
ClientSignatureAlgorithms, MinProtocol/MaxProtocol, Certificate/PrivateKey. Where system_default leaves
Groups or CipherString out, OpenSSL 3.5's defaults apply (tls_defaults.toml). A file with SSL_CONF settings
but no chain (a crypto-policies back-end, `opensslcnf.config`) reports each such section without defaults.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import ClassVar

from qready.detectors.base import DetectContext, Detection, Route
from qready.detectors.configs.common import Setting
from qready.detectors.configs.includes import Includer, Source, find_root
from qready.detectors.configs.tls import CONF_COMMANDS, Endpoint, default_setting, tls13_only, tls_findings
from qready.discovery import ScannedFile
from qready.knowledge import Catalog
from qready.model import FileLocation

MAX_BYTES = 4 * 1024 * 1024
MAX_LINES = 100_000
_NAMES = ("openssl.cnf", "openssl.cfg", "opensslcnf.config")
_SNIFF = re.compile(
    rb"^[ \t]*(ssl_conf|CipherString|Ciphersuites|Groups|Curves|MinProtocol|SignatureAlgorithms)[ \t]*=", re.M
)
# where a crypto-policies back-end's including openssl.cnf lives, seen from a common ancestor (`etc`)
_ROOTS = ("openssl.cnf", "ssl/openssl.cnf", "pki/tls/openssl.cnf")
_SECTION = re.compile(r"\[\s*([^\]]*?)\s*\]\s*(?:#.*)?$")
_ASSIGN = re.compile(r"([\w.:$-]+)\s*=\s*(.*)$")
_INCLUDE = re.compile(r"\.include\s*(?:=\s*)?(.+)$")
_FILES = ("certificate", "privatekey", "dhparameters", "chaincafile", "verifycafile")
_VERSIONS = ("minprotocol", "maxprotocol", "protocol")


@dataclass(frozen=True)
class Entry:
    section: str
    key: str
    value: str
    path: str
    line: int


def _value(raw: str) -> str:
    """A value without its trailing comment and quotes (config(5): `\\#` is a literal #)."""
    text = re.sub(r"(?<!\\)#.*$", "", raw).strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1]
    return text.replace("\\#", "#")


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """(first line number, text) with `\\`-continued lines joined."""
    out: list[tuple[int, str]] = []
    pending, start = "", 0
    for number, line in enumerate(text.splitlines()[:MAX_LINES], start=1):
        if not pending:
            start = number
        if line.endswith("\\") and not line.endswith("\\\\"):
            pending += line[:-1]
            continue
        out.append((start, pending + line))
        pending = ""
    if pending:
        out.append((start, pending))
    return out


@dataclass
class CnfReader:
    includer: Includer
    entries: list[Entry] = field(default_factory=list)

    def read(self, source: Source, section: str = "default") -> str:
        """Reads one file into `entries`; returns the section it ends in (an include continues it)."""
        for number, line in _logical_lines(source.text):
            text = line.strip()
            if not text or text.startswith("#") or text.startswith(".pragma"):
                continue
            include = _INCLUDE.match(text)
            header = _SECTION.match(text)
            assign = _ASSIGN.match(text)
            if include:
                for included in self._include(source, number, _value(include.group(1))):
                    section = self.read(included, section)
            elif header:
                section = header.group(1)
            elif assign:
                entry = Entry(section, assign.group(1), _value(assign.group(2)), source.rel, number)
                self.entries.append(entry)
            else:
                self.includer.problems.append(f"{source.rel}:{number}: not a config(5) line; ignored")
        return section

    def _include(self, source: Source, number: int, reference: str) -> list[Source]:
        """A file, or a directory's `*.cnf` and `*.conf` files (config(5))."""
        problems = self.includer.problems
        before = len(problems)
        if self.includer.resolve(reference):
            return self.includer.include(source, number, reference)
        if len(problems) > before:  # it leads out of the tree: say so once, with the line, and read nothing
            where = f"{source.rel}:{number}: .include {reference}"
            problems[before:] = [f"{where}: outside the scanned tree, not read"]
            return []
        found: list[Source] = []
        for pattern in ("*.cnf", "*.conf"):
            found += self.includer.include(source, number, f"{reference.rstrip('/')}/{pattern}", True)
        if not found:
            where = f"{source.rel}:{number}: .include {reference}"
            self.includer.problems.append(f"{where}: not in the scanned tree")
        return found


def _lookup(entries: list[Entry], section: str, key: str) -> str | None:
    return next((e.value for e in reversed(entries) if e.section == section and e.key == key), None)


def tls_sections(entries: list[Entry]) -> list[tuple[str, str]]:
    """(application name, section) pairs the openssl_conf -> ssl_conf chain configures."""
    init = _lookup(entries, "default", "openssl_conf")
    ssl = _lookup(entries, init, "ssl_conf") if init else None
    if ssl is None:
        return []
    return [(e.key, e.value) for e in entries if e.section == ssl]


@dataclass
class _Build:
    file: ScannedFile
    catalog: Catalog
    includer: Includer
    detection: Detection = field(default_factory=Detection)

    def endpoint(self, app: str, section: str, entries: list[Entry], with_defaults: bool) -> None:
        own = [e for e in entries if e.section == section]
        block = f"[{section}]"
        line = own[0].line if own else None
        endpoint = Endpoint(app, FileLocation(own[0].path if own else self.file.rel, line, block))
        versions: list[str] = []
        for entry in own:
            key = entry.key.lower()
            if key in CONF_COMMANDS:
                setting = Setting(entry.key, entry.value, entry.path, entry.line, block)
                found = tls_findings(self.catalog, CONF_COMMANDS[key], setting, f"config.openssl.{key}")
                endpoint.findings += found
            elif key in _FILES:
                endpoint.files += self.includer.file_ref(entry.value)
            elif key in _VERSIONS:
                versions.append(f"{entry.key} {entry.value}")
        keys = {e.key.lower() for e in own}
        only13 = any(tls13_only(v) for v in versions)
        if with_defaults and app == "system_default":
            for key, kind in (("Groups", "groups"), ("CipherString", "ciphers")):
                if kind == "ciphers" and only13:
                    continue
                if not keys & {key.lower(), *(("curves",) if kind == "groups" else ())}:
                    setting = default_setting("openssl", key, self.file.rel, block, kind)
                    endpoint.findings += tls_findings(
                        self.catalog, kind, setting, f"config.openssl.{key.lower()}"
                    )
        endpoint.version = "; ".join(versions) or None
        self.detection.findings += endpoint.findings
        self.detection.assets.append(endpoint.asset())


class OpenSslConfDetector:
    name: ClassVar[str] = "config-openssl"
    route: ClassVar[Route] = Route(suffixes=frozenset({".cnf"}), names=frozenset(_NAMES))

    def wants(self, file: ScannedFile) -> bool:
        if file.is_binary or len(file.data) > MAX_BYTES:
            return False
        if file.name in _NAMES or file.suffix == ".cnf" or file.rel.endswith("back-ends/opensslcnf.config"):
            return _SNIFF.search(file.data) is not None
        return False

    def detect(self, file: ScannedFile, context: DetectContext) -> Detection:
        main = None if file.name == "openssl.cnf" else find_root(file, _ROOTS)
        if main is not None and file.rel in _read(Includer(main)).includer.read_files:
            return Detection()  # openssl.cnf reads this file in place and reports it
        reader = _read(Includer(file, main))
        build = _Build(file, context.catalog, reader.includer)
        chained = tls_sections(reader.entries)
        if chained:
            for app, section in chained:
                build.endpoint(app, section, reader.entries, with_defaults=True)
        else:
            sections = dict.fromkeys(e.section for e in reader.entries if e.key.lower() in CONF_COMMANDS)
            for section in sections:
                build.endpoint(section, section, reader.entries, with_defaults=False)
        build.detection.problems += reader.includer.problems
        return build.detection


def _read(includer: Includer) -> CnfReader:
    reader = CnfReader(includer)
    reader.read(includer.top())
    return reader
