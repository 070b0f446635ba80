"""HAProxy TLS configuration (configuration.txt, sections 3.1 and 5.1): the `global` defaults
`ssl-default-bind-ciphers`, `-ciphersuites`, `-curves`, `-sigalgs` (and their `ssl-default-server-*` twins
for connections to back ends), and the `bind` options `ssl`, `crt`, `ciphers`, `ciphersuites`, `curves`,
`ecdhe`, `sigalgs`, `ssl-min-ver`. Every setting is a finding at its line; every `bind ... ssl` of a
`frontend`/`listen` section is one ProtocolConfig asset with the global defaults it does not override and
the certificate files of its `crt` options (a directory `crt` names every file in it).

Grammar: one keyword and its words per line, `#` comments, `"..."`/`'...'` quoting, `\\` escapes.
HAProxy's own built-in curve and cipher defaults depend on its build and are not reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from qready.detectors.base import DetectContext, Detection, Route
from qready.detectors.configs.common import Setting
from qready.detectors.configs.includes import Includer
from qready.detectors.configs.line_config import logical_lines, words
from qready.detectors.configs.tls import Endpoint, tls_findings
from qready.discovery import ScannedFile
from qready.knowledge import Catalog
from qready.model import FileLocation, Finding

MAX_BYTES = 8 * 1024 * 1024
_SECTIONS = ("global", "defaults", "frontend", "backend", "listen", "peers", "resolvers", "userlist", "cache")
_GLOBAL = {
    "ssl-default-bind-ciphers": ("ciphers", "bind"),
    "ssl-default-bind-ciphersuites": ("suites", "bind"),
    "ssl-default-bind-curves": ("groups", "bind"),
    "ssl-default-bind-sigalgs": ("sigalgs", "bind"),
    "ssl-default-server-ciphers": ("ciphers", "server"),
    "ssl-default-server-ciphersuites": ("suites", "server"),
    "ssl-default-server-curves": ("groups", "server"),
    "ssl-default-server-sigalgs": ("sigalgs", "server"),
}
_BIND = {
    "ciphers": "ciphers",
    "ciphersuites": "suites",
    "curves": "groups",
    "ecdhe": "groups",
    "sigalgs": "sigalgs",
}


@dataclass
class _Build:
    file: ScannedFile
    catalog: Catalog
    includer: Includer
    detection: Detection = field(default_factory=Detection)
    defaults: dict[str, list[Finding]] = field(default_factory=dict)  # kind -> global bind findings
    min_version: str | None = None  # ssl-default-bind-options ssl-min-ver

    def emit(self, setting: Setting, kind: str, rule: str) -> list[Finding]:
        found = tls_findings(self.catalog, kind, setting, rule)
        self.detection.findings += found
        return found

    def global_line(self, args: list[str], number: int) -> None:
        if args[0].lower() == "ssl-default-bind-options" and "ssl-min-ver" in args[:-1]:
            self.min_version = f"ssl-min-ver {args[args.index('ssl-min-ver') + 1]}"
        known = _GLOBAL.get(args[0].lower())
        if known is None or len(args) < 2:
            return
        kind, side = known
        setting = Setting(args[0], args[1], self.file.rel, number, "global")
        found = self.emit(setting, kind, f"config.haproxy.{args[0].lower()}")
        if side == "bind":
            self.defaults[kind] = found

    def bind(self, args: list[str], number: int, section: str) -> None:
        label = f"{section} / bind {args[1] if len(args) > 1 else ''}".strip()
        options = {args[i].lower(): args[i + 1] for i in range(1, len(args) - 1)}
        endpoint = Endpoint(label, FileLocation(self.file.rel, number, label))
        seen: set[str] = set()
        for option, kind in _BIND.items():
            if option in options:
                setting = Setting(f"bind {option}", options[option], self.file.rel, number, section)
                endpoint.findings += self.emit(setting, kind, f"config.haproxy.bind.{option}")
                seen.add(kind)
        for kind, found in self.defaults.items():
            if kind not in seen:
                endpoint.findings += found
        if "ssl" not in (a.lower() for a in args[1:]):
            return
        for index, word in enumerate(args[:-1]):
            if word.lower() in ("crt", "ca-file", "crt-list"):
                endpoint.files += self._files(args[index + 1])
        own = f"ssl-min-ver {options['ssl-min-ver']}" if "ssl-min-ver" in options else None
        endpoint.version = own or self.min_version
        self.detection.assets.append(endpoint.asset())

    def _files(self, reference: str) -> list[str]:
        found = self.includer.file_ref(reference)
        return found or self.includer.file_ref(reference.rstrip("/") + "/*")


class HaproxyDetector:
    name: ClassVar[str] = "config-haproxy"
    route: ClassVar[Route] = Route(
        suffixes=frozenset({".cfg"}), names=frozenset({"haproxy.cfg", "haproxy.conf"})
    )

    def wants(self, file: ScannedFile) -> bool:
        if file.is_binary or len(file.data) > MAX_BYTES:
            return False
        if file.name in ("haproxy.cfg", "haproxy.conf") or (file.suffix == ".cfg" and "haproxy" in file.rel):
            return b"frontend" in file.data or b"listen" in file.data or b"global" in file.data
        return False

    def detect(self, file: ScannedFile, context: DetectContext) -> Detection:
        includer = Includer(file)
        build = _Build(file, context.catalog, includer)
        section = ""
        for number, line in logical_lines(file.text, continuation="none"):
            try:
                args = words(line)
            except ValueError as exc:
                includer.problems.append(f"{file.rel}:{number}: {exc}; line ignored")
                continue
            if not args:
                continue
            keyword = args[0].lower()
            if keyword in _SECTIONS:
                section = " ".join(args[:2])
            elif section == "global":
                build.global_line(args, number)
            elif keyword == "bind" and section.split(" ")[0] in ("frontend", "listen"):
                build.bind(args, number, section)
        build.detection.problems += includer.problems
        return build.detection
