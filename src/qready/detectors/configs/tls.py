"""What the TLS server configuration detectors (openssl.cnf, GnuTLS, nginx, Apache, HAProxy, Postfix, Dovecot)
share: the value kinds a TLS setting holds (a group list, an OpenSSL cipher string, a TLS 1.3 suite list, a
signature-algorithm list), the documented defaults (tls_defaults.toml), and the endpoint a server block or
virtual host describes, which becomes one ProtocolConfig asset."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from qready.detectors.configs.common import Setting, findings, protocol_config, resolve
from qready.knowledge import Catalog
from qready.knowledge.ciphersuites import cipher_string, suite_algorithms
from qready.model import Algorithm, FileLocation, Finding, ProtocolConfig

GROUP_SPACES = ("tls-group", "openssl", "name")
# SSL_CONF_cmd(3) commands (openssl.cnf keys, nginx ssl_conf_command, httpd SSLOpenSSLConfCmd) -> value kind
CONF_COMMANDS = {
    "cipherstring": "ciphers",
    "ciphersuites": "suites",
    "groups": "groups",
    "curves": "groups",
    "ecdhparameters": "groups",
    "signaturealgorithms": "sigalgs",
    "clientsignaturealgorithms": "sigalgs",
}
SIGALG_SPACES = ("tls-sigscheme", "openssl", "name")
_GROUP_SPLIT = re.compile(r"[\s:,/]+")
_SIGALG_HASH = {
    "SHA1": "sha1",
    "SHA224": "sha224",
    "SHA256": "sha256",
    "SHA384": "sha384",
    "SHA512": "sha512",
}
_ECDSA_CURVE = {"sha256": "secp256r1_", "sha384": "secp384r1_", "sha512": "secp521r1_"}

Kind = Callable[[Catalog, str], tuple[list[Algorithm], list[str]]]


def group_algorithms(catalog: Catalog, value: str) -> tuple[list[Algorithm], list[str]]:
    """A key-exchange group list: OpenSSL `X25519MLKEM768:X25519:P-256` (3.5 adds `?` optional, `*` key
    share, `/` tuples, `-` removal and DEFAULT), nginx `auto`, Postfix/Dovecot blank-separated names."""
    found: list[Algorithm] = []
    unknown: list[str] = []
    for word in _GROUP_SPLIT.split(value.strip().strip("\"'")):
        name = word.lstrip("?*")
        if not name or name.startswith("-"):
            continue
        if name.upper() in ("DEFAULT", "AUTO"):
            found += group_algorithms(catalog, openssl_default("groups"))[0]
            continue
        algorithm = resolve(catalog, name, GROUP_SPACES)
        (found.append(algorithm) if algorithm else unknown.append(name))
    return found, unknown


def _sigalg_spelling(name: str) -> str:
    """OpenSSL's `RSA+SHA256` / `RSA-PSS+SHA256` / `ECDSA+SHA256` form as a TLS SignatureScheme name."""
    key, _, digest = name.partition("+")
    hashed = _SIGALG_HASH.get(digest.upper())
    if hashed is None:
        return name
    match key.upper():
        case "RSA":
            return f"rsa_pkcs1_{hashed}"
        case "RSA-PSS" | "PSS":
            return f"rsa_pss_rsae_{hashed}"
        case "ECDSA":
            return f"ecdsa_{_ECDSA_CURVE.get(hashed, '')}{hashed}"
        case "DSA":
            return f"dsa_{hashed}"
    return name


def sigalg_algorithms(catalog: Catalog, value: str) -> tuple[list[Algorithm], list[str]]:
    found: list[Algorithm] = []
    unknown: list[str] = []
    for word in re.split(r"[\s:,]+", value.strip().strip("\"'")):
        if word:
            algorithm = resolve(catalog, _sigalg_spelling(word), SIGALG_SPACES)
            (found.append(algorithm) if algorithm else unknown.append(word))
    return found, unknown


def suite_list_algorithms(catalog: Catalog, value: str) -> tuple[list[Algorithm], list[str]]:
    """Suite names, TLS 1.3 (`TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256`), IANA or OpenSSL."""
    found: list[Algorithm] = []
    unknown: list[str] = []
    for word in re.split(r"[\s:,]+", value.strip().strip("\"'")):
        if word and not word.startswith(("!", "-")):
            algorithms = suite_algorithms(catalog, word.lstrip("+"))
            (found.extend(algorithms) if algorithms is not None else unknown.append(word))
    return found, unknown


KINDS: dict[str, Kind] = {
    "groups": group_algorithms,
    "ciphers": cipher_string,
    "suites": suite_list_algorithms,
    "sigalgs": sigalg_algorithms,
}


def tls_findings(catalog: Catalog, kind: str, setting: Setting, rule_id: str) -> list[Finding]:
    """Findings for one TLS setting of a kind (`groups`, `ciphers`, `suites`, `sigalgs`)."""
    algorithms, _unknown = KINDS[kind](catalog, setting.value)
    return findings(setting, algorithms, rule_id)


@cache
def _defaults() -> dict[str, Any]:
    text = resources.files("qready.detectors.configs").joinpath("tls_defaults.toml").read_text("utf-8")
    return tomllib.loads(text)


def default_value(software: str, key: str) -> str:
    """A documented default (tls_defaults.toml), e.g. ("nginx", "ssl_ciphers") -> "HIGH:!aNULL:!MD5"."""
    return str(_defaults()[software][key])


def default_label(software: str) -> str:
    return str(_defaults()[software]["label"])


def openssl_default(key: str) -> str:
    return default_value("openssl", key)


def default_setting(software: str, key: str, path: str, block: str | None, value_key: str = "") -> Setting:
    """A setting the configuration leaves out, carrying the software's documented default."""
    value = default_value(software, value_key or key)
    label = default_label(software)
    if software != "openssl" and value.lower() in ("auto", "default"):
        label = f"{label}: {default_label('openssl')}"
    return Setting(key, value, path, None, block, default=label)


def tls13_only(versions: str | None) -> bool:
    """Whether a protocol setting enables TLS 1.3 alone (`TLSv1.3`, `-all +TLSv1.3`, `MinProtocol TLSv1.3`):
    then no TLS 1.2 cipher list applies, and a default one is not reported."""
    if not versions:
        return False
    words = versions.replace(",", " ").split()
    if words[0].lower() == "minprotocol":
        return words[1:2] == ["TLSv1.3"]
    enabled = [
        w.lstrip("+").lower() for w in words if not w.startswith(("-", "!")) and w.lower() != "minprotocol"
    ]
    return bool(enabled) and all(w == "tlsv1.3" for w in enabled)


@dataclass
class Endpoint:
    """One TLS endpoint a configuration describes (a server block, a virtual host, an OpenSSL section): what
    it enables, where that is written, the protocol versions and the key/certificate files it names."""

    block: str | None
    location: FileLocation
    findings: list[Finding] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    version: str | None = None

    def asset(self) -> ProtocolConfig:
        algorithms = [f.algorithm for f in self.findings]
        written = [f.location for f in self.findings if isinstance(f.location, FileLocation)]
        locations = [self.location, *written]
        return protocol_config("tls", self.version, algorithms, locations, self.files)
