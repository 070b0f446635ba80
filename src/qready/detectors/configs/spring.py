"""Spring Boot TLS configuration: `application.properties`, `application-<profile>.properties`,
`application.yml`/`.yaml` (and `bootstrap*`), with multi-document files (`---` in YAML, `#---` in
properties) whose `spring.config.activate.on-profile` (or legacy `spring.profiles`) names the block.

Keys are matched with Spring's relaxed binding (case, `-` and `_` ignored; `ciphers[0]` list items joined).
Endpoints: `server.ssl.*`, `management.server.ssl.*`, and each SSL bundle `spring.ssl.bundle.jks.<name>.*` /
`spring.ssl.bundle.pem.<name>.*`. Per endpoint: `ciphers` (`options.ciphers` in a bundle) are findings at
their line (`config.spring.server.ssl.ciphers`, `config.spring.ssl.bundle.ciphers`; IANA suite names, or an
OpenSSL cipher string as Tomcat accepts), `enabled-protocols` is the asset's version, and `key-store`,
`trust-store`, `certificate`, `certificate-private-key`, `trust-certificate` (bundles: `keystore.location`,
`truststore.location`, `keystore.certificate`, `keystore.private-key`, `truststore.certificate`) are its
files, resolved in the tree (`classpath:` beside the file, `file:` as written). Spring Boot does not choose
the key-exchange groups: the JDK's default `jdk.tls.namedGroups` (java_defaults.toml) is reported for each
endpoint with `default` naming it (`config.spring.jdk.tls.namedgroups`). `key-store-type` and `key-alias`
name no algorithm and are not reported. Each endpoint is one ProtocolConfig asset (protocol "tls").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import ClassVar

import yaml

from qready.detectors.base import DetectContext, Detection, Route
from qready.detectors.configs.common import Setting, findings
from qready.detectors.configs.includes import Includer
from qready.detectors.configs.java_security import default_groups
from qready.detectors.configs.properties import parse_properties
from qready.detectors.configs.tls import KINDS, Endpoint
from qready.discovery import ScannedFile
from qready.model import FileLocation

MAX_BYTES = 2 * 1024 * 1024
MAX_ENTRIES = 50_000
MAX_DEPTH = 32
MAX_VISITS = 200_000
_NAME = re.compile(r"(application|bootstrap)(-[\w.-]+)?\.(properties|ya?ml)")
_PROFILE_KEYS = ("spring.config.activate.onprofile", "spring.profiles")
_SERVER_FILES = ("keystore", "truststore", "certificate", "certificateprivatekey", "trustcertificate")
_BUNDLE_FILES = (
    "keystore.location",
    "truststore.location",
    "keystore.certificate",
    "keystore.privatekey",
    "truststore.certificate",
)
_BUNDLE = re.compile(r"(spring\.ssl\.bundle\.(?:jks|pem)\.[^.]+)\.(.+)")


@dataclass(frozen=True)
class Entry:
    """One setting as written (`server.ssl.key-store`), its relaxed form, value, line and profile."""

    key: str
    canonical: str
    value: str
    line: int
    profile: str | None = None


def canonical(key: str) -> str:
    """Spring's relaxed-binding form: lower case, no `-`/`_`, list indexes dropped."""
    return re.sub(r"\[\d+\]", "", re.sub(r"[-_]", "", key.lower()))


def _with_profile(entries: list[Entry]) -> list[Entry]:
    profile = next((e.value for e in entries if e.canonical in _PROFILE_KEYS), None)
    return [Entry(e.key, e.canonical, e.value, e.line, profile) for e in entries]


def properties_entries(text: str) -> list[Entry]:
    """Entries of a properties file, per `#---` document."""
    found: list[Entry] = []
    document: list[Entry] = []
    lines = text.splitlines()
    start = 0
    for index in [*(i for i, line in enumerate(lines) if line.strip() in ("#---", "!---")), len(lines)]:
        chunk = "\n".join(lines[start:index])
        document = [Entry(p.key, canonical(p.key), p.value, p.line + start) for p in parse_properties(chunk)]
        found += _with_profile(document)
        start = index + 1
    return found[:MAX_ENTRIES]


@dataclass
class _Flattener:
    """YAML nodes as dotted keys; every node visit counts, so aliases that fan out (a "billion laughs"
    document) fail at MAX_VISITS instead of running for ever."""

    out: list[Entry] = field(default_factory=list)
    visits: int = 0

    def walk(self, node: yaml.Node, prefix: str, line: int, depth: int = 0) -> None:
        self.visits += 1
        if self.visits > MAX_VISITS:
            raise ValueError(f"YAML aliases expand past {MAX_VISITS} nodes")
        if depth > MAX_DEPTH or len(self.out) >= MAX_ENTRIES:
            return
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                name = f"{prefix}.{key.value}" if prefix else str(key.value)
                self.walk(value, name, key.start_mark.line + 1, depth + 1)
        elif isinstance(node, yaml.SequenceNode):
            if all(isinstance(item, yaml.ScalarNode) for item in node.value):
                value = ",".join(str(item.value) for item in node.value)
                self.out.append(Entry(prefix, canonical(prefix), value, line))
            else:
                for index, item in enumerate(node.value):
                    self.walk(item, f"{prefix}[{index}]", item.start_mark.line + 1, depth + 1)
        elif isinstance(node, yaml.ScalarNode):
            self.out.append(Entry(prefix, canonical(prefix), str(node.value), line))


def yaml_entries(text: str) -> list[Entry]:
    """Entries of a YAML file, per document; raises yaml.YAMLError on invalid YAML and ValueError when
    aliases expand past MAX_VISITS nodes."""
    found: list[Entry] = []
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for document in yaml.compose_all(text, Loader=loader):
        flattener = _Flattener()
        if document is not None:
            flattener.walk(document, "", document.start_mark.line + 1)
        found += _with_profile(flattener.out)
        if len(found) >= MAX_ENTRIES:
            break
    return found[:MAX_ENTRIES]


@dataclass
class _Site:
    """One TLS endpoint of the file (`server.ssl`, a bundle) in one profile."""

    prefix: str
    profile: str | None
    entries: dict[str, Entry] = field(default_factory=dict)  # canonical key below the prefix -> entry

    @property
    def label(self) -> str:
        return self.prefix if self.profile is None else f"profile {self.profile} / {self.prefix}"


def _sites(entries: list[Entry]) -> list[_Site]:
    sites: dict[tuple[str, str | None], _Site] = {}
    for entry in entries:
        bundle = _BUNDLE.fullmatch(entry.canonical)
        if bundle is not None:
            prefix, rest = bundle.group(1), bundle.group(2)
        elif entry.canonical.startswith(("server.ssl.", "management.server.ssl.")):
            prefix, _, rest = entry.canonical.rpartition("ssl.")
            prefix += "ssl"
        else:
            continue
        site = sites.setdefault((prefix, entry.profile), _Site(prefix, entry.profile))
        earlier = site.entries.get(rest)
        if earlier is not None and entry.key.endswith("]"):  # `ciphers[1]` after `ciphers[0]`: one list
            value = f"{earlier.value},{entry.value}"
            site.entries[rest] = Entry(earlier.key, entry.canonical, value, earlier.line, entry.profile)
            continue
        site.entries[rest] = entry
    return list(sites.values())


def _file_reference(value: str) -> str:
    """A resource location as a path: `classpath:` resources beside the file, `file:` paths as written."""
    if value.startswith("classpath:"):
        return value.removeprefix("classpath:").lstrip("/")
    return value.removeprefix("file:")


def _cipher_kind(value: str) -> str:
    names = [n for n in re.split(r"[\s,:]+", value) if n]
    return "suites" if names and all(n.startswith(("TLS_", "SSL_")) for n in names) else "ciphers"


def _site(
    file: ScannedFile, context: DetectContext, includer: Includer, site: _Site, base: _Site | None
) -> Detection:
    detection = Detection()
    first = min(e.line for e in site.entries.values())
    endpoint = Endpoint(site.label, FileLocation(file.rel, first, site.label))
    bundle = site.prefix.startswith("spring.ssl.bundle")
    ciphers = site.entries.get("options.ciphers" if bundle else "ciphers")
    rule = "config.spring.ssl.bundle.ciphers" if bundle else "config.spring.server.ssl.ciphers"
    if ciphers is not None and ciphers.value:
        block = f"profile {site.profile}" if site.profile else None
        setting = Setting(ciphers.key, ciphers.value, file.rel, ciphers.line, block)
        algorithms = KINDS[_cipher_kind(ciphers.value)](context.catalog, ciphers.value)[0]
        endpoint.findings += findings(setting, algorithms, rule)
    value, label = default_groups(None)
    groups = Setting("jdk.tls.namedGroups", value, file.rel, None, site.label, default=label)
    endpoint.findings += findings(
        groups, KINDS["groups"](context.catalog, value)[0], "config.spring.jdk.tls.namedgroups"
    )
    protocols = site.entries.get("options.enabledprotocols" if bundle else "enabledprotocols")
    endpoint.version = protocols.value if protocols else None
    for key in _BUNDLE_FILES if bundle else _SERVER_FILES:
        written = site.entries.get(key) or (base.entries.get(key) if base is not None else None)
        if written is not None:
            endpoint.files += includer.file_ref(_file_reference(written.value.strip()))
    detection.findings += endpoint.findings
    detection.assets.append(endpoint.asset())
    return detection


def _disabled(site: _Site | None) -> bool:
    return (
        site is not None
        and "enabled" in site.entries
        and site.entries["enabled"].value.strip().lower() == "false"
    )


def _enabled(site: _Site, base: _Site | None) -> bool:
    """Whether an endpoint serves TLS: a bundle always; server.ssl when it (or, for a profile, the
    profile-less document it extends) names a key store, a certificate or a bundle, and is not disabled."""
    if _disabled(site):
        return False
    if site.prefix.startswith("spring.ssl.bundle"):
        return True
    keys = set(site.entries) | (set(base.entries) if base is not None and not _disabled(base) else set())
    return bool({"keystore", "certificate", "bundle"} & keys)


class SpringTlsDetector:
    name: ClassVar[str] = "config-spring"
    route: ClassVar[Route] = Route(suffixes=frozenset({".properties", ".yml", ".yaml"}))

    def wants(self, file: ScannedFile) -> bool:
        if file.is_binary or len(file.data) > MAX_BYTES or _NAME.fullmatch(file.name) is None:
            return False
        return b"ssl" in file.data

    def detect(self, file: ScannedFile, context: DetectContext) -> Detection:
        detection = Detection()
        try:
            entries = (
                properties_entries(file.text) if file.suffix == ".properties" else yaml_entries(file.text)
            )
        except yaml.YAMLError as exc:
            detection.problems.append(f"{file.rel}: invalid YAML ({str(exc).splitlines()[0]}); not read")
            return detection
        except ValueError as exc:
            detection.problems.append(f"{file.rel}: {exc}; not read")
            return detection
        includer = Includer(file)
        sites = _sites(entries)
        bases = {site.prefix: site for site in sites if site.profile is None}
        for site in sites:
            base = bases.get(site.prefix) if site.profile else None
            if _enabled(site, base):
                detection.extend(_site(file, context, includer, site, base))
        detection.problems += includer.problems
        return detection
