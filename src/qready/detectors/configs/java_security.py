"""Java security configuration: `java.security` (and override files), JSSE system properties in `.properties`
files, and `-D` options in launch scripts, jvm.options, Dockerfiles and environment files
(`JAVA_TOOL_OPTIONS="-Djdk.tls.namedGroups=x25519,secp256r1"`).

Security and system properties read (java.util.Properties syntax, see properties.py; last one wins):
- `jdk.tls.namedGroups`: the TLS key-exchange groups (`config.java.jdk.tls.namedgroups`). When a java.security
  file does not set it, SunJSSE's default list is reported (java_defaults.toml: X25519MLKEM768 first from
  JDK 27, JEP 527; before that only classical groups), less the groups jdk.tls.disabledAlgorithms disables
  outright (by name, `EC`/`ECDHE` for NIST curves, `XDH` for x25519/x448, `DH`/`DHE` for ffdhe groups).
- `jdk.tls.client.cipherSuites`, `jdk.tls.server.cipherSuites`, `https.cipherSuites` (suite names),
  `jdk.tls.client.SignatureSchemes`, `jdk.tls.server.SignatureSchemes`; `https.protocols`,
  `jdk.tls.client.protocols`, `jdk.tls.server.protocols` (the asset's version); `javax.net.ssl.keyStore`,
  `javax.net.ssl.trustStore` (files of the asset).
- `jdk.tls.disabledAlgorithms`, `jdk.certpath.disabledAlgorithms`, `jdk.jar.disabledAlgorithms` list what is
  NOT allowed. What matters for quantum readiness is what they leave allowed: each reports, at its line, the
  public-key signature families it does not disable outright (RSA, RSASSA-PSS, EC, EdDSA, DSA, all broken
  by Shor), with provenance ("constraint", "keySize < 1024") when only some keys are refused, and, for
  certpath and jar on a JDK known to be 24 or later (from the file's path), ML-DSA (JEP 497) unless disabled.
  `include <property>` entries are expanded.
- `jdk.tls.keyLimits` (the AEAD ciphers it names) and `securerandom.drbg.config` (the DRBG's primitive).
Each file that sets a TLS property (or a java.security file) is one ProtocolConfig asset (protocol "tls").
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any, ClassVar

from qready.detectors.base import DetectContext, Detection, Route
from qready.detectors.configs.common import Setting, findings
from qready.detectors.configs.includes import Includer
from qready.detectors.configs.properties import Property, parse_properties
from qready.detectors.configs.tls import KINDS, Endpoint
from qready.discovery import ScannedFile
from qready.knowledge import Catalog
from qready.model import Algorithm, FileLocation

MAX_BYTES = 4 * 1024 * 1024
MAX_ENTRIES = 1024
TLS_KINDS = {
    "jdk.tls.namedgroups": "groups",
    "jdk.tls.client.ciphersuites": "suites",
    "jdk.tls.server.ciphersuites": "suites",
    "https.ciphersuites": "suites",
    "jdk.tls.client.signatureschemes": "sigalgs",
    "jdk.tls.server.signatureschemes": "sigalgs",
}
VERSION_KEYS = ("https.protocols", "jdk.tls.client.protocols", "jdk.tls.server.protocols")
FILE_KEYS = ("javax.net.ssl.keystore", "javax.net.ssl.truststore")
DISABLED = ("jdk.tls.disabledalgorithms", "jdk.certpath.disabledalgorithms", "jdk.jar.disabledalgorithms")
# catalog name -> the disabledAlgorithms names that refuse the whole family
FAMILIES = {
    "RSA": ("rsa",),
    "RSA-PSS": ("rsassa-pss", "rsapss"),
    "ECDSA": ("ec", "ecdsa"),
    "EdDSA": ("eddsa",),
    "DSA": ("dsa",),
}
ML_DSA = {"ML-DSA-44": ("ml-dsa", "ml-dsa-44"), "ML-DSA-65": ("ml-dsa", "ml-dsa-65")}
ML_DSA |= {"ML-DSA-87": ("ml-dsa", "ml-dsa-87")}
_GROUP_FAMILIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("secp", ("ec", "ecdhe")),
    ("x25519", ("xdh", "ecdhe")),
    ("x448", ("xdh", "ecdhe")),
    ("ffdhe", ("dh", "dhe")),
)
_DRBG = {"hash_drbg": "{}", "hmac_drbg": "HMAC-{}", "ctr_drbg": "{}"}
_OPTION = re.compile(
    r"-D(?P<key>(?:jdk\.tls|https|javax\.net\.ssl|jdk\.certpath|jdk\.jar)\.[\w.]+)="
    r"(?P<value>\\?\"[^\"]*\"|'[^']*'|[^\s\"']+)"
)
_JDK_PATH = re.compile(r"(?:jdk|jre|java|openjdk|temurin|zulu|corretto)[-_]?(?:1\.)?(\d{1,2})(?!\d)")
_SCRIPT_SUFFIXES = (
    ".sh",
    ".bat",
    ".cmd",
    ".env",
    ".options",
    ".conf",
    ".config",
    ".service",
    ".yaml",
    ".yml",
)
_SCRIPT_NAMES = ("dockerfile", "jvm.options", "jvm.config", ".env", "setenv", "java_opts")


@cache
def _defaults() -> dict[str, Any]:
    text = resources.files("qready.detectors.configs").joinpath("java_defaults.toml").read_text("utf-8")
    return tomllib.loads(text)


def jdk_release(rel: str) -> int | None:
    """The JDK feature release a path names (`java-21-openjdk`, `jdk-24.0.1`, `jdk1.8.0_392`), or None."""
    found = _JDK_PATH.search(rel.lower())
    return int(found.group(1)) if found else None


def default_groups(release: int | None) -> tuple[str, str]:
    """(value, label) of SunJSSE's default jdk.tls.namedGroups for a release (the pre-27 list if unknown)."""
    rows = [row for row in _defaults()["named_groups"] if release is not None and release >= row["first"]]
    row = rows[-1] if rows else _defaults()["named_groups"][0]
    return str(row["value"]), str(row["label"])


@dataclass(frozen=True)
class Disabled:
    """One disabledAlgorithms entry: the algorithm and its constraints ("" when refused outright)."""

    name: str
    constraints: str


def disabled_entries(value: str, properties: dict[str, Property], depth: int = 0) -> list[Disabled]:
    """The entries of a disabledAlgorithms value, `include <property>` expanded."""
    found: list[Disabled] = []
    for entry in value.split(",")[:MAX_ENTRIES]:
        words = entry.split()
        if not words:
            continue
        if words[0] == "include" and len(words) > 1:
            included = properties.get(words[1].lower())
            if included is not None and depth < 4:
                found += disabled_entries(included.value, properties, depth + 1)
            continue
        found.append(Disabled(words[0].lower(), " ".join(words[1:])))
    return found


def allowed(entries: list[Disabled], families: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    """(catalog name, constraints) of every family the entries do not refuse outright."""
    outright = {e.name for e in entries if not e.constraints}
    if {"ed25519", "ed448"} <= outright:
        outright.add("eddsa")
    kept = []
    for name, spellings in families.items():
        if outright & set(spellings):
            continue
        constraints = "; ".join(f"{e.name} {e.constraints}" for e in entries if e.name in spellings)
        kept.append((name, constraints))
    return kept


def _group_refused(group: str, outright: set[str]) -> bool:
    word = group.strip().lower()
    if word in outright:
        return True
    return any(word.startswith(prefix) and outright & set(names) for prefix, names in _GROUP_FAMILIES)


@dataclass
class _Java:
    file: ScannedFile
    catalog: Catalog
    properties: dict[str, Property]  # lower-case key -> the last one written
    release: int | None = None
    detection: Detection = field(default_factory=Detection)
    endpoint: Endpoint | None = None

    def __post_init__(self) -> None:
        self.includer = Includer(self.file)
        self.endpoint = Endpoint(None, FileLocation(self.file.rel, None, "jsse"))

    def setting(self, key: str) -> Setting:
        written = self.properties[key]
        return Setting(written.key, written.value, self.file.rel, written.line)

    def emit(
        self,
        setting: Setting,
        algorithms: list[Algorithm],
        tls: bool = True,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> None:
        found = findings(setting, algorithms, f"config.java.{setting.key.lower()}")
        found = [replace(f, provenance=(*f.provenance, *extra)) for f in found] if extra else found
        self.detection.findings += found
        if tls and self.endpoint is not None:
            self.endpoint.findings += found

    def tls(self, java_security: bool) -> None:
        assert self.endpoint is not None
        for key, kind in TLS_KINDS.items():
            if key == "jdk.tls.namedgroups":
                self.groups(java_security)
            elif key in self.properties:
                self.emit(self.setting(key), KINDS[kind](self.catalog, self.properties[key].value)[0])
        versions = [
            f"{self.properties[k].key}={self.properties[k].value}"
            for k in VERSION_KEYS
            if k in self.properties
        ]
        self.endpoint.version = "; ".join(versions) or None
        for key in FILE_KEYS:
            if key in self.properties:
                self.endpoint.files += self.includer.file_ref(self.properties[key].value.strip())

    def groups(self, java_security: bool) -> None:
        key = "jdk.tls.namedgroups"
        if key in self.properties:
            setting = self.setting(key)
        elif java_security:
            value, label = default_groups(self.release)
            setting = Setting("jdk.tls.namedGroups", value, self.file.rel, None, default=label)
        else:
            return
        tls_disabled = self.properties.get(DISABLED[0])
        entries = disabled_entries(tls_disabled.value, self.properties) if tls_disabled else []
        outright = {e.name for e in entries if not e.constraints}
        kept = [g for g in setting.value.split(",") if not _group_refused(g, outright)]
        self.emit(setting, KINDS["groups"](self.catalog, ",".join(kept))[0])

    def disabled(self, key: str) -> None:
        if key not in self.properties:
            return
        families = dict(FAMILIES)
        if key != DISABLED[0] and self.release is not None and self.release >= _defaults()["ml_dsa"]["first"]:
            families |= ML_DSA
        setting = self.setting(key)
        for name, constraints in allowed(disabled_entries(setting.value, self.properties), families):
            algorithm = self.catalog.find(name, "name")
            if algorithm is None:
                continue
            extra = (("allowed", "not disabled"),) + ((("constraint", constraints),) if constraints else ())
            self.emit(setting, [algorithm], tls=key == DISABLED[0], extra=extra)

    def others(self) -> None:
        if "jdk.tls.keylimits" in self.properties:
            names = [
                entry.split()[0]
                for entry in self.properties["jdk.tls.keylimits"].value.split(",")
                if entry.split()
            ]
            found = (self.catalog.find(name, "jca") or self.catalog.find(name, "name") for name in names)
            self.emit(self.setting("jdk.tls.keylimits"), [a for a in found if a], tls=False)
        if "securerandom.drbg.config" in self.properties:
            self.emit(self.setting("securerandom.drbg.config"), self._drbg(), tls=False)

    def _drbg(self) -> list[Algorithm]:
        parts = [p.strip() for p in self.properties["securerandom.drbg.config"].value.split(",")]
        mechanism = next((p.lower() for p in parts if p.lower() in _DRBG), "hash_drbg")
        primitive = next((p for p in parts if re.fullmatch(r"(SHA-\d+(/\d+)?|AES-\d+)", p)), None)
        if primitive is None:
            return []
        found = self.catalog.find(_DRBG[mechanism].format(primitive), "name")
        return [found] if found else []


def option_properties(text: str) -> list[Property]:
    """The JSSE properties `-Dkey=value` options set on any line (launch scripts, JAVA_TOOL_OPTIONS)."""
    found = []
    for number, line in enumerate(text.splitlines()[:200_000], start=1):
        for match in _OPTION.finditer(line[:65536]):
            value = match.group("value").lstrip("\\").strip("\"'").rstrip("\\")
            found.append(Property(match.group("key"), value, number))
    return found


def _is_java_security(file: ScannedFile) -> bool:
    return (
        file.name == "java.security" or file.suffix == ".security" or file.name.startswith("java.security.")
    )


def _is_script(file: ScannedFile) -> bool:
    name = file.name.lower()
    if name.startswith(("application", "bootstrap")) and file.suffix in (".yml", ".yaml"):
        return False  # Spring Boot configuration (spring.py)
    return file.suffix in _SCRIPT_SUFFIXES or name.startswith(_SCRIPT_NAMES) or file.suffix == ""


class JavaSecurityDetector:
    name: ClassVar[str] = "config-java-security"
    route: ClassVar[Route] = Route(
        suffixes=frozenset({".security", ".properties", "", *_SCRIPT_SUFFIXES}),
        prefixes=("java.security", *_SCRIPT_NAMES),
    )

    def wants(self, file: ScannedFile) -> bool:
        if file.is_binary or len(file.data) > MAX_BYTES:
            return False
        if _is_java_security(file):
            return b"jdk." in file.data or b"security.provider" in file.data
        if file.suffix == ".properties" and not file.name.startswith(("application", "bootstrap")):
            return (
                re.search(
                    rb"(?m)^[ \t]*(jdk\.tls\.|https\.(cipherSuites|protocols)|javax\.net\.ssl\.)", file.data
                )
                is not None
            )
        return _is_script(file) and _OPTION.search(file.text[: 1024 * 1024]) is not None

    def detect(self, file: ScannedFile, context: DetectContext) -> Detection:
        java_security = _is_java_security(file)
        properties_file = java_security or file.suffix == ".properties"
        written = parse_properties(file.text) if properties_file else []
        written += option_properties(file.text) if not java_security else []
        properties = {p.key.lower(): p for p in written}
        java = _Java(file, context.catalog, properties, jdk_release(file.rel))
        java.tls(java_security)
        for key in DISABLED:
            java.disabled(key)
        java.others()
        assert java.endpoint is not None
        if java.endpoint.findings or java.endpoint.files or java_security:
            java.detection.assets.append(java.endpoint.asset())
        java.detection.problems += java.includer.problems
        return java.detection
