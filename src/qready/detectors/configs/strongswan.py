"""strongSwan IKE/IPsec configuration: the legacy `ipsec.conf` (stroke) and `swanctl.conf` (vici).

ipsec.conf (ipsec.conf(5)): sections start at column 0 (`config setup`, `conn <name>`, `ca <name>`),
parameters are indented `key=value` lines, `#` comments, `"..."` quoting, top-level `include <glob>`.
`conn %default` sets defaults for every conn; `also=<name>` pulls in another conn's parameters (cycles are
refused); a conn's own parameters win, then also= (in order), then %default. `auto=ignore` conns are not
loaded. `ike=` and `esp=`/`ah=` are proposal lists; without a trailing `!` the daemon appends its default
proposal, which is then reported too (strongswan_defaults.toml), and an absent ike=/esp= is ipsec.conf's
documented default plus that proposal. leftcert/rightcert/leftsigkey/rightsigkey files are looked up under
ipsec.d/certs/ beside the file (and as written).

swanctl.conf (swanctl.conf(5), strongSwan settings syntax): `name { ... }` sections, `key = value`, `#`
comments, quoted values that may span lines, `include <glob>` anywhere (relative to swanctl.conf).
`connections.<conn>.proposals` (IKE, default `default`), `children.<child>.esp_proposals` (default `default`)
and `ah_proposals`; `local*`/`remote*` `certs` (x509/), `cacerts` (x509ca/) and `pubkeys` (pubkey/) files.
Section references (`conn : template {`) are read as the section itself, without the template's settings.

Every proposal setting is a finding per algorithm at its line (rules `config.strongswan.ike`/`.esp`/`.ah` for
ipsec.conf, `config.strongswan.proposals`/`.esp_proposals`/`.ah_proposals` for swanctl.conf); each connection
is one ProtocolConfig asset (protocol "ike") with its IKE and ESP algorithms and its certificate files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import ClassVar

from qready.detectors.base import DetectContext, Detection, Route
from qready.detectors.configs.common import Setting, findings, protocol_config
from qready.detectors.configs.includes import Includer, Source, find_root
from qready.detectors.configs.strongswan_proposals import (
    default_label,
    default_proposals,
    ipsec_conf_default,
    parse_proposals,
)
from qready.discovery import ScannedFile
from qready.knowledge import Catalog
from qready.model import FileLocation, Finding

MAX_BYTES = 4 * 1024 * 1024
MAX_LINES = 100_000
MAX_DEPTH = 32
MAX_SECTIONS = 20_000
_SECTION_WORDS = ("conn", "config", "ca")
_IPSEC_FILES = ("leftcert", "rightcert", "leftsigkey", "rightsigkey")
_SWANCTL_FILES = {"certs": "x509", "cacerts": "x509ca", "pubkeys": "pubkey"}


def strip_comment(line: str) -> str:
    """The line without a `#` comment outside double quotes."""
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == "#" and not quoted:
            return line[:index]
    return line


def _unquote(value: str) -> str:
    value = value.strip()
    return value[1:-1] if len(value) > 1 and value[0] == value[-1] == '"' else value


@dataclass
class _Emitter:
    """Findings for proposal settings and the ProtocolConfig of one connection."""

    catalog: Catalog
    detection: Detection
    includer: Includer

    def proposal(self, setting: Setting, rule: str, defaults: str) -> tuple[list[Finding], bool]:
        """Findings for one proposal list, and whether it is strict (ipsec.conf `!`)."""
        parsed = parse_proposals(self.catalog, setting.value, defaults)
        found = findings(setting, parsed.algorithms, rule)
        self.detection.findings += found
        return found, parsed.strict

    def files(self, value: str, subdir: str) -> list[str]:
        found: list[str] = []
        for reference in re.split(r"[\s,]+", _unquote(value)):
            if not reference or reference.startswith(("%", "0x", "0s")):
                continue
            if reference.startswith("/"):
                found += self.includer.file_ref(reference)
            else:
                found += self.includer.file_ref(f"{subdir}/{reference}") or self.includer.file_ref(reference)
        return found

    def asset(self, version: str, where: FileLocation, found: list[Finding], files: list[str]) -> None:
        locations = [where, *(f.location for f in found if isinstance(f.location, FileLocation))]
        algorithms = [f.algorithm for f in found]
        self.detection.assets.append(protocol_config("ike", version, algorithms, locations, files))


# ---------------------------------------------------------------- ipsec.conf


@dataclass
class _Conn:
    name: str
    path: str
    line: int
    params: dict[str, Setting] = field(default_factory=dict)
    also: list[str] = field(default_factory=list)


def _read_ipsec(includer: Includer, source: Source, conns: list[_Conn]) -> None:
    section: _Conn | None = None
    for number, raw in enumerate(source.text.splitlines()[:MAX_LINES], start=1):
        line = strip_comment(raw).rstrip()
        if not line.strip() or len(conns) >= MAX_SECTIONS:
            continue
        if raw[0] not in " \t":
            words = line.split()
            section = None
            if words[0] == "include" and len(words) > 1:
                for included in includer.include(source, number, _unquote(words[1])):
                    _read_ipsec(includer, included, conns)
            elif words[0] == "conn" and len(words) > 1:
                section = _Conn(words[1], source.rel, number)
                conns.append(section)
            elif words[0] not in _SECTION_WORDS and words[0] != "version":
                includer.problems.append(f"{source.rel}:{number}: not a section, include or parameter")
            continue
        if section is None:
            continue
        key, sep, value = line.strip().partition("=")
        if not sep:
            includer.problems.append(f"{source.rel}:{number}: no '=' in a conn parameter; line ignored")
        elif key.strip().lower() == "also":
            section.also.append(_unquote(value))
        else:
            key = key.strip().lower()
            section.params[key] = Setting(key, _unquote(value), source.rel, number)


def _effective(
    conn: _Conn,
    by_name: dict[str, _Conn],
    stack: tuple[str, ...],
    problems: list[str],
    done: dict[str, dict[str, Setting]],
) -> dict[str, Setting]:
    """A conn's parameters with its also= conns under them (a conn's own parameters win). `done` holds the
    conns already expanded for this top-level conn, so also= diamonds are expanded once."""
    if conn.name in done:
        return done[conn.name]
    merged: dict[str, Setting] = {}
    for name in conn.also:
        target = by_name.get(name)
        if target is None:
            problems.append(f"{conn.path}:{conn.line}: conn {conn.name}: also={name} names no conn section")
        elif name in stack or len(stack) > MAX_DEPTH:
            why = "is a cycle" if name in stack else "nests too deep"
            problems.append(f"{conn.path}:{conn.line}: conn {conn.name}: also={name} {why}; not followed")
        else:
            merged.update(_effective(target, by_name, (*stack, name), problems, done))
    merged.update(conn.params)
    done[conn.name] = merged
    return merged


def _ipsec_proposal(emit: _Emitter, params: dict[str, Setting], key: str, conn: _Conn) -> list[Finding]:
    block = f"conn {conn.name}"
    written = params.get(key)
    if written is None or not written.value:
        value = f"{ipsec_conf_default(key)},default"
        setting = Setting(key, value, conn.path, None, block, default=default_label("ipsec_conf"))
        return emit.proposal(setting, f"config.strongswan.{key}", default_proposals(key))[0]
    found, strict = emit.proposal(
        replace(written, block=block), f"config.strongswan.{key}", default_proposals(key)
    )
    if not strict:  # the daemon adds its default proposal to a list without `!`
        label = f"{default_label('default')}, added to {key}= without '!'"
        extra = Setting(key, "default", conn.path, None, block, default=label)
        found += emit.proposal(extra, f"config.strongswan.{key}", default_proposals(key))[0]
    return found


def _ipsec_conn(emit: _Emitter, conn: _Conn, params: dict[str, Setting]) -> None:
    found = _ipsec_proposal(emit, params, "ike", conn)
    if "ah" in params and "esp" not in params:
        found += emit.proposal(replace(params["ah"], block=f"conn {conn.name}"), "config.strongswan.ah", "")[
            0
        ]
    else:
        found += _ipsec_proposal(emit, params, "esp", conn)
    files: list[str] = []
    for key in _IPSEC_FILES:
        if key in params:
            files += emit.files(params[key].value, "ipsec.d/certs")
    exchange = params["keyexchange"].value.lower() if "keyexchange" in params else "ikev2"
    version = "IKEv1" if exchange == "ikev1" else "IKEv2"
    emit.asset(version, FileLocation(conn.path, conn.line, f"conn {conn.name}"), found, files)


def _ipsec(file: ScannedFile, context: DetectContext) -> Detection:
    detection = Detection()
    main = None if file.name == "ipsec.conf" else find_root(file, ("ipsec.conf",))
    if main is not None:
        whole = Includer(main)
        _read_ipsec(whole, whole.top(), [])
        if file.rel in whole.read_files:
            return detection  # ipsec.conf includes this file and reports it in place
    includer = Includer(file, base=main)
    conns: list[_Conn] = []
    _read_ipsec(includer, includer.top(), conns)
    by_name = {conn.name: conn for conn in conns}
    defaults: dict[str, Setting] = {}
    for conn in conns:
        if conn.name == "%default":
            defaults.update(conn.params)
    emit = _Emitter(context.catalog, detection, includer)
    for conn in conns:
        if conn.name == "%default":
            continue
        params = {**defaults, **_effective(conn, by_name, (conn.name,), includer.problems, {})}
        if params.get("auto", Setting("auto", "", "", None)).value.lower() != "ignore":
            _ipsec_conn(emit, conn, params)
    detection.problems += includer.problems
    return detection


# ---------------------------------------------------------------- swanctl.conf


@dataclass
class _Section:
    name: str
    path: str
    line: int | None
    settings: dict[str, Setting] = field(default_factory=dict)
    children: list[_Section] = field(default_factory=list)

    def sections(self, name: str) -> list[_Section]:
        return [child for child in self.children if child.name == name]


@dataclass
class _SwanctlReader:
    includer: Includer
    root: _Section
    stack: list[_Section] = field(default_factory=list)
    count: int = 0

    def read(self, source: Source) -> None:
        lines = source.text.splitlines()[:MAX_LINES]
        index = 0
        while index < len(lines):
            number, text = index + 1, strip_comment(lines[index]).strip()
            index += 1
            if text.count('"') % 2 and "=" in text:  # a quoted value continues on the next lines
                while index < len(lines) and index - number < 64 and text.count('"') % 2:
                    text, index = f"{text}\n{lines[index]}", index + 1
            self.statement(source, number, text)

    def statement(self, source: Source, number: int, text: str, depth: int = 0) -> None:
        """One statement; `name {`, `}` and `key = value` may share a line (a value ends at `}`)."""
        text = text.strip()
        if not text or depth > MAX_DEPTH:
            return
        brace, equals = text.find("{"), text.find("=")
        if text.startswith(("include ", "include\t")):
            for included in self.includer.include(source, number, _unquote(text[8:])):
                self.read(included)
        elif text.startswith("}"):
            if self.stack:
                self.stack.pop()
            else:
                self.includer.problems.append(f"{source.rel}:{number}: '}}' closes no section; ignored")
            self.statement(source, number, text[1:], depth + 1)
        elif brace > 0 and (equals == -1 or brace < equals):
            self.open(source, number, text[:brace])
            self.statement(source, number, text[brace + 1 :], depth + 1)
        elif equals > 0:
            key, value, rest = text[:equals].strip(), *_value_end(text[equals + 1 :])
            current = self.stack[-1] if self.stack else self.root
            current.settings[key] = Setting(key, _unquote(value), source.rel, number)
            self.statement(source, number, rest, depth + 1)
        else:
            self.includer.problems.append(
                f"{source.rel}:{number}: not a setting, section or include; ignored"
            )

    def open(self, source: Source, number: int, header: str) -> None:
        section = _Section(header.partition(":")[0].strip(), source.rel, number)
        self.count += 1
        if len(self.stack) < MAX_DEPTH and self.count < MAX_SECTIONS:
            (self.stack[-1] if self.stack else self.root).children.append(section)
        self.stack.append(section)


def _value_end(text: str) -> tuple[str, str]:
    """A value and what follows it on the line: an unquoted value ends at `}`."""
    quoted = False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char == "}" and not quoted:
            return text[:index], text[index:]
    return text, ""


def _swanctl_files(emit: _Emitter, conn: _Section) -> list[str]:
    files: list[str] = []
    for side in conn.children:
        if side.name.split("-")[0] not in ("local", "remote"):
            continue
        for key, subdir in _SWANCTL_FILES.items():
            if key in side.settings:
                files += emit.files(side.settings[key].value, subdir)
    return files


def _swanctl_setting(section: _Section, key: str, block: str, label: str) -> Setting:
    written = section.settings.get(key)
    if written is None or not written.value:
        return Setting(key, "default", section.path, None, block, default=label)
    return replace(written, block=block)


def _swanctl_conn(emit: _Emitter, conn: _Section) -> None:
    label = default_label("default")
    setting = _swanctl_setting(conn, "proposals", conn.name, label)
    found = emit.proposal(setting, "config.strongswan.proposals", default_proposals("ike"))[0]
    for children in conn.sections("children"):
        for child in children.children:
            block = f"{conn.name} / {child.name}"
            if "ah_proposals" in child.settings:
                ah = replace(child.settings["ah_proposals"], block=block)
                found += emit.proposal(ah, "config.strongswan.ah_proposals", default_proposals("ah"))[0]
            if "esp_proposals" in child.settings or "ah_proposals" not in child.settings:
                esp = _swanctl_setting(child, "esp_proposals", block, label)
                found += emit.proposal(esp, "config.strongswan.esp_proposals", default_proposals("esp"))[0]
    version = conn.settings["version"].value if "version" in conn.settings else "0"
    versions = {"1": "IKEv1", "2": "IKEv2"}.get(version, "IKEv1/IKEv2")
    where = FileLocation(conn.path, conn.line, f"connections / {conn.name}")
    emit.asset(versions, where, found, _swanctl_files(emit, conn))


def _swanctl(file: ScannedFile, context: DetectContext) -> Detection:
    detection = Detection()
    main = None if file.name == "swanctl.conf" else find_root(file, ("swanctl.conf",))
    if main is not None:
        whole = _SwanctlReader(Includer(main), _Section("", main.rel, None))
        whole.read(whole.includer.top())
        if file.rel in whole.includer.read_files:
            return detection  # swanctl.conf includes this file and reports it in place
    reader = _SwanctlReader(Includer(file, base=main), _Section("", file.rel, None))
    reader.read(reader.includer.top())
    if reader.stack:
        reader.includer.problems.append(f"{file.rel}: {len(reader.stack)} section(s) not closed with '}}'")
    emit = _Emitter(context.catalog, detection, reader.includer)
    for connections in reader.root.sections("connections"):
        for conn in connections.children:
            _swanctl_conn(emit, conn)
    detection.problems += reader.includer.problems
    return detection


class StrongSwanDetector:
    name: ClassVar[str] = "config-strongswan"
    route: ClassVar[Route] = Route(suffixes=frozenset({".conf"}))

    def wants(self, file: ScannedFile) -> bool:
        if file.is_binary or len(file.data) > MAX_BYTES or file.suffix != ".conf":
            return False
        parts = file.rel.lower().split("/")
        if file.name == "ipsec.conf" or "ipsec.d" in parts[:-1]:
            return re.search(rb"(?m)^(conn|include)\s", file.data) is not None
        if file.name == "swanctl.conf" or "swanctl" in parts[:-1]:
            return b"{" in file.data or b"include" in file.data
        return False

    def detect(self, file: ScannedFile, context: DetectContext) -> Detection:
        parts = file.rel.lower().split("/")
        if file.name == "swanctl.conf" or ("swanctl" in parts[:-1] and "ipsec.d" not in parts[:-1]):
            return _swanctl(file, context)
        return _ipsec(file, context)
