"""GnuTLS system configuration (`/etc/gnutls/config`, crypto-policies `back-ends/gnutls.config`; GnuTLS manual
"System-wide configuration of the library" and "Priority strings").

Grammar: `[section]` headers, `name = value` lines, `#`/`;` comment lines. A `[priorities]` entry
(`SYSTEM = NORMAL:-VERS-ALL:+VERS-TLS1.3:+GROUP-X25519-MLKEM768`) and `[overrides] default-priority-string`
hold priority strings, read left to right as GnuTLS does: a base keyword (NORMAL, PFS, PERFORMANCE, LEGACY,
SECURE128, SECURE192/256, SUITEB128/192, NONE) adds the groups, key exchanges, ciphers, signatures and MACs it
stands for (gnutls_keywords.toml, from GnuTLS lib/priority.c); a `+`-added (or bare) element adds one; a
`-`/`!` element removes one, and `-GROUP-ALL`, `-CIPHER-ALL`, `-KX-ALL`, `-SIGN-ALL`, `-MAC-ALL` remove a
whole kind. What remains is a finding each: groups (`GROUP-*`, `CURVE-*`), signatures (`SIGN-*`),
ciphers (`AES-256-GCM`, `CHACHA20-POLY1305`...), key exchanges (`ECDHE-RSA`, `DHE-RSA`, `RSA`...) and weak
MACs (`SHA1`, `MD5`). `-VERS-*`/`+VERS-*` elements are the endpoint's protocol versions. `SYSTEM` and
`@KEYWORD` name the system policy and are not expanded. Allow-list overrides (`tls-enabled-group`,
`enabled-curve`, `tls-enabled-cipher`, `secure-sig`, `tls-enabled-kx`) are findings too. Each priority
string, and the allow-list as a whole, is one ProtocolConfig asset.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import ClassVar

from qready.detectors.base import DetectContext, Detection, Route
from qready.detectors.configs.common import Setting, findings, resolve
from qready.detectors.configs.tls import GROUP_SPACES, SIGALG_SPACES, Endpoint
from qready.discovery import ScannedFile
from qready.knowledge import Catalog
from qready.model import Algorithm, FileLocation

MAX_BYTES = 1024 * 1024
_SECTION = re.compile(r"\[\s*([^\]]+?)\s*\]$")
_ASSIGN = re.compile(r"([A-Za-z0-9_@.-]+)\s*=\s*(.*)$")
_KX = {
    "ECDHE-RSA": ("ECDH", "RSA"),
    "ECDHE-ECDSA": ("ECDH", "ECDSA"),
    "DHE-RSA": ("FFDH", "RSA"),
    "DHE-DSS": ("FFDH", "DSA"),
    "RSA": ("RSA-PKCS1-1.5",),
    "RSA-PSK": ("RSA-PKCS1-1.5",),
    "DHE-PSK": ("FFDH",),
    "ECDHE-PSK": ("ECDH",),
    "ANON-DH": ("FFDH",),
    "ANON-ECDH": ("ECDH",),
}
_CIPHERS = {
    "3DES-CBC": "3DES-168-CBC",
    "ARCFOUR-128": "RC4",
    "ARCFOUR-40": "RC4",
    "CAMELLIA-128-GCM": "Camellia-128",
}
_CIPHERS |= {"CAMELLIA-256-GCM": "Camellia-256", "CAMELLIA-128-CBC": "Camellia-128-CBC"}
_CIPHERS |= {
    "CAMELLIA-256-CBC": "Camellia-256-CBC",
    "AES-128-CCM-8": "AES-128-CCM",
    "AES-256-CCM-8": "AES-256-CCM",
}
_MACS = {"SHA1": "HMAC-SHA-1", "MD5": "HMAC-MD5"}
_ALLOW = {
    "tls-enabled-group": "group",
    "enabled-curve": "group",
    "tls-enabled-cipher": "cipher",
    "secure-sig": "sign",
    "secure-sig-for-cert": "sign",
    "tls-enabled-kx": "kx",
    "tls-enabled-mac": "mac",
}


def _group(catalog: Catalog, name: str) -> Algorithm | None:
    """GROUP-X25519-MLKEM768 -> X25519MLKEM768, CURVE-SECP256R1 -> secp256r1, GROUP-FFDHE2048 -> ffdhe2048."""
    text = re.sub(r"^(GROUP|CURVE)-", "", name, flags=re.I)
    return resolve(catalog, text, GROUP_SPACES) or resolve(catalog, text.replace("-", ""), GROUP_SPACES)


def _sign(catalog: Catalog, name: str) -> Algorithm | None:
    """SIGN-RSA-SHA256 -> rsa_pkcs1_sha256, SIGN-RSA-PSS-RSAE-SHA384, SIGN-ECDSA-SECP256R1-SHA256,
    SIGN-EdDSA-Ed25519 -> ed25519, SIGN-MLDSA65 -> mldsa65."""
    text = re.sub(r"^SIGN-", "", name, flags=re.I).lower()
    text = re.sub(r"^rsa-(sha\d+)$", r"rsa-pkcs1-\1", text).replace("eddsa-", "")
    return resolve(catalog, text.replace("-", "_"), SIGALG_SPACES)


def element_algorithms(catalog: Catalog, element: str, kind: str | None = None) -> list[Algorithm]:
    """The algorithms one priority-string element (without its `+`) enables; [] for keywords and unknowns."""
    upper = element.upper()
    if kind == "group" or upper.startswith(("GROUP-", "CURVE-")):
        found = _group(catalog, element)
    elif kind == "sign" or upper.startswith("SIGN-"):
        found = _sign(catalog, element)
    elif kind == "kx" or upper in _KX:
        return [a for n in _KX.get(upper, ()) if (a := catalog.find(n, "name")) is not None]
    elif kind == "mac" or upper in _MACS:
        found = catalog.find(_MACS[upper], "name") if upper in _MACS else None
    else:
        found = catalog.find(_CIPHERS.get(upper, element), "name") if re.search(r"\d", element) else None
    return [found] if found is not None else []


@dataclass
class Priority:
    """A priority string read left to right: the elements in effect (upper case -> as written), and its
    protocol-version elements."""

    elements: dict[str, str] = field(default_factory=dict)
    versions: list[str] = field(default_factory=list)

    def apply(self, raw: str) -> None:
        element = raw.strip()
        if not element or element[0] in "%@":
            return  # flags (%COMPAT) and system-policy references (@SYSTEM) select no algorithm here
        remove = element[0] in "-!"
        name = element.lstrip("+-!")
        upper = name.upper()
        if upper.startswith("VERS-"):
            self.versions.append(element)
        elif upper in _keywords():
            for item in _keywords()[upper]:
                self.elements.setdefault(item.upper(), item)
        elif upper.endswith("-ALL"):
            if remove:
                kind = _ALL_KINDS.get(upper)
                self.elements = {k: v for k, v in self.elements.items() if _kind(k) != kind}
        elif remove:
            self.elements.pop(upper, None)
        else:
            self.elements.setdefault(upper, name)

    def algorithms(self, catalog: Catalog) -> list[Algorithm]:
        """The algorithms the elements in effect enable, in order, each once."""
        found = (a for element in self.elements.values() for a in element_algorithms(catalog, element))
        return list(dict.fromkeys(found))


_ALL_KINDS = {
    "GROUP-ALL": "group",
    "CURVE-ALL": "group",
    "CIPHER-ALL": "cipher",
    "KX-ALL": "kx",
    "SIGN-ALL": "sign",
    "MAC-ALL": "mac",
}


def _kind(upper: str) -> str:
    if upper.startswith(("GROUP-", "CURVE-")):
        return "group"
    if upper.startswith("SIGN-"):
        return "sign"
    if upper in _KX:
        return "kx"
    return "mac" if upper in _MACS or upper in ("SHA256", "SHA384", "AEAD") else "cipher"


@cache
def _keywords() -> dict[str, tuple[str, ...]]:
    """Base keyword -> the elements it adds (gnutls_keywords.toml)."""
    text = resources.files("qready.detectors.configs").joinpath("gnutls_keywords.toml").read_text("utf-8")
    data = tomllib.loads(text)
    lists: dict[str, list[str]] = data["lists"]
    return {
        keyword: tuple(item for name in names for item in lists[name])
        for keyword, names in data["keywords"].items()
    }


def read_priority(value: str) -> Priority:
    priority = Priority()
    for raw in value.strip().strip("\"'").split(":"):
        priority.apply(raw)
    return priority


def priority_algorithms(catalog: Catalog, value: str) -> list[Algorithm]:
    """The algorithms a priority string leaves enabled, in order, each once."""
    return read_priority(value).algorithms(catalog)


class GnutlsConfigDetector:
    name: ClassVar[str] = "config-gnutls"
    route: ClassVar[Route] = Route(names=frozenset({"config", "gnutls.config"}))

    def wants(self, file: ScannedFile) -> bool:
        if file.is_binary or len(file.data) > MAX_BYTES:
            return False
        named = (
            file.rel.endswith(("gnutls/config", "back-ends/gnutls.config")) or file.name == "gnutls.config"
        )
        return named and (b"[priorities]" in file.data or b"[overrides]" in file.data)

    def detect(self, file: ScannedFile, context: DetectContext) -> Detection:
        detection = Detection()
        section = ""
        allow = Endpoint("[overrides]", FileLocation(file.rel, None, "[overrides]"))
        for number, raw in enumerate(file.text.splitlines()[:100_000], start=1):
            line = raw.strip()
            if not line or line[0] in "#;":
                continue
            header, assign = _SECTION.match(line), _ASSIGN.match(line)
            if header:
                section = header.group(1).lower()
            elif assign and section in ("priorities", "overrides"):
                key, value = assign.group(1), assign.group(2).strip()
                setting = Setting(key, value, file.rel, number, f"[{section}]")
                if section == "priorities" or key == "default-priority-string":
                    endpoint = Endpoint(key, FileLocation(file.rel, number, f"[{section}] / {key}"))
                    priority = read_priority(value)
                    found = priority.algorithms(context.catalog)
                    endpoint.findings = findings(setting, found, "config.gnutls.priority")
                    endpoint.version = " ".join(priority.versions) or None
                    detection.findings += endpoint.findings
                    detection.assets.append(endpoint.asset())
                elif key.lower() in _ALLOW:
                    found = element_algorithms(context.catalog, value, _ALLOW[key.lower()])
                    allow.findings += findings(setting, found, f"config.gnutls.{key.lower()}")
            elif not assign:
                detection.problems.append(f"{file.rel}:{number}: not a `name = value` line; ignored")
        if allow.findings:
            detection.findings += allow.findings
            detection.assets.append(allow.asset())
        return detection
