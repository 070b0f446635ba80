"""VPN configurations: WireGuard (`wg0.conf`, wg-quick) and OpenVPN (`*.ovpn`, server/client `.conf`).

WireGuard (wg(8), wg-quick(8)): `[Interface]`/`[Peer]` sections of `Key = Value` lines, `#` comments. The
protocol is fixed (Noise_IKpsk2: X25519, ChaCha20-Poly1305, BLAKE2s; vpn_defaults.toml): each `[Interface]`
reports them at its header (rule `config.wireguard.interface`), its PrivateKey (value redacted) and each
peer's PublicKey report X25519 (`config.wireguard.privatekey`/`.publickey`); a peer's finding carries
provenance ("presharedkey", "set"/"absent"): a PresharedKey adds a symmetric post-quantum layer to that
peer's handshake. The file is one ProtocolConfig (protocol "wireguard") whose version says how many peers
have a PresharedKey.

OpenVPN (openvpn(8)): one directive per line with its arguments (quotes and `\\` escapes), `#`/`;` comments,
inline files `<ca>...</ca>`, `config <file>` includes. `tls-groups`, `ecdh-curve` (groups), `cipher`,
`data-ciphers`, `data-ciphers-fallback`, `ncp-ciphers` (data channel ciphers), `auth` (HMAC digest),
`tls-cipher` (OpenSSL cipher string), `tls-ciphersuites` (TLS 1.3), `dh` (finite-field DH with the modulus
size read from the PEM parameters; `dh none` is none), `tls-crypt`/`tls-crypt-v2` (AES-256-CTR and
HMAC-SHA-256 with a pre-shared key). Absent `data-ciphers` is OpenVPN 2.6's default and absent
`tls-groups`/`ecdh-curve` the TLS library's default groups. ca/cert/key/pkcs12/dh/tls-auth/tls-crypt files
are resolved in the tree; inline blocks name the file itself (the x509 and key detectors read its PEM).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any, ClassVar

from qready.detectors.base import DetectContext, Detection, Route
from qready.detectors.configs.common import Setting, findings, protocol_config, resolve
from qready.detectors.configs.includes import Includer, Source
from qready.detectors.configs.line_config import words
from qready.detectors.configs.tls import KINDS, default_setting
from qready.detectors.der import children, read_tlv
from qready.detectors.pem import pem_blocks
from qready.discovery import ScannedFile
from qready.discovery.tree import Resolved, TreeView
from qready.errors import DetectorError
from qready.knowledge import Catalog
from qready.model import Algorithm, FileLocation, Finding

MAX_BYTES = 4 * 1024 * 1024
MAX_LINES = 100_000
_CIPHER_KEYS = ("cipher", "data-ciphers", "data-ciphers-fallback", "ncp-ciphers")
_TLS_KINDS = {
    "tls-groups": "groups",
    "ecdh-curve": "groups",
    "tls-cipher": "ciphers",
    "tls-ciphersuites": "suites",
}
_FILE_KEYS = ("ca", "cert", "key", "pkcs12", "dh", "tls-auth", "tls-crypt", "tls-crypt-v2", "extra-certs")
_INLINE = re.compile(r"<(/?)([a-z0-9-]+)>$")
_OVPN_SNIFF = re.compile(rb"(?m)^[ \t]*(client|tls-client|tls-server|remote|dev)\b")


@cache
def _defaults() -> dict[str, Any]:
    text = resources.files("qready.detectors.configs").joinpath("vpn_defaults.toml").read_text("utf-8")
    return tomllib.loads(text)


def _fixed(catalog: Catalog, names: list[str]) -> list[Algorithm]:
    return [a for a in (catalog.find(name, "name") for name in names) if a is not None]


# ---------------------------------------------------------------- WireGuard


@dataclass
class _WgSection:
    name: str
    line: int
    keys: dict[str, tuple[str, int]] = field(default_factory=dict)  # lower-case key -> (value, line)


def _wg_sections(text: str, problems: list[str], rel: str) -> list[_WgSection]:
    sections: list[_WgSection] = []
    for number, raw in enumerate(text.splitlines()[:MAX_LINES], start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            sections.append(_WgSection(line[1:-1].strip().lower(), number))
        elif "=" in line and sections:
            key, _, value = line.partition("=")
            sections[-1].keys[key.strip().lower()] = (value.strip(), number)
        else:
            problems.append(f"{rel}:{number}: not a section header or Key = Value line; ignored")
    return sections


def _wireguard(file: ScannedFile, context: DetectContext) -> Detection:
    detection = Detection()
    table = _defaults()["wireguard"]
    x25519 = _fixed(context.catalog, ["X25519"])
    protocol = _fixed(context.catalog, list(table["algorithms"]))
    sections = _wg_sections(file.text, detection.problems, file.rel)
    peers = [s for s in sections if s.name == "peer"]
    with_psk = sum(1 for peer in peers if "presharedkey" in peer.keys)
    for interface in (s for s in sections if s.name == "interface"):
        header = Setting("[Interface]", table["protocol"], file.rel, interface.line)
        detection.findings += findings(header, protocol, "config.wireguard.interface")
        if "privatekey" in interface.keys:
            line = interface.keys["privatekey"][1]
            secret = Setting("PrivateKey", "(redacted)", file.rel, line, "[Interface]")
            detection.findings += findings(secret, x25519, "config.wireguard.privatekey")
    for index, peer in enumerate(peers, start=1):
        if "publickey" not in peer.keys:
            continue
        value, line = peer.keys["publickey"]
        psk = "set" if "presharedkey" in peer.keys else "absent"
        setting = Setting("PublicKey", value, file.rel, line, f"[Peer] {index}")
        found = findings(setting, x25519, "config.wireguard.publickey")
        detection.findings += [replace(f, provenance=(*f.provenance, ("presharedkey", psk))) for f in found]
    if any(s.name == "interface" for s in sections):
        version = f"{table['protocol']}; PresharedKey on {with_psk} of {len(peers)} peers"
        locations = [f.location for f in detection.findings if isinstance(f.location, FileLocation)]
        where = FileLocation(file.rel, sections[0].line, "[Interface]")
        detection.assets.append(protocol_config("wireguard", version, protocol, [where, *locations]))
    return detection


# ---------------------------------------------------------------- OpenVPN


def _dh_bits(data: bytes) -> int | None:
    """The modulus size of PEM `DH PARAMETERS` (PKCS#3 DHParameter ::= SEQUENCE { prime, base, ... })."""
    for block in pem_blocks(data.decode("utf-8", "replace")):
        if block.label in ("DH PARAMETERS", "X9.42 DH PARAMETERS") and block.der:
            try:
                prime = children(block.der, read_tlv(block.der))[0]
            except (DetectorError, IndexError):
                return None
            return len(prime.value(block.der).lstrip(b"\0")) * 8
    return None


@dataclass
class _OpenVpn:
    file: ScannedFile
    catalog: Catalog
    includer: Includer
    detection: Detection = field(default_factory=Detection)
    seen: set[str] = field(default_factory=set)
    files: list[str] = field(default_factory=list)
    version: str | None = None

    def emit(self, setting: Setting, algorithms: list[Algorithm]) -> None:
        self.detection.findings += findings(setting, algorithms, f"config.openvpn.{setting.key}")

    def directive(self, source: Source, number: int, args: list[str]) -> None:
        key, values = args[0].lower().removeprefix("--"), args[1:]
        self.seen.add(key)
        value = " ".join(values)
        setting = Setting(key, value, source.rel, number)
        if key == "config" and values:
            for included in self.includer.include(source, number, values[0]):
                self.read(included)
        elif key in _TLS_KINDS and values:
            text = value if key != "tls-cipher" else re.sub(r"TLS-[A-Z0-9-]+", _iana, value)
            self.emit(setting, KINDS[_TLS_KINDS[key]](self.catalog, text)[0])
        elif key in _CIPHER_KEYS and values:
            self.emit(setting, self._ciphers(value))
        elif key == "auth" and values and values[0].lower() != "none":
            digest = resolve(self.catalog, values[0], ("openssl", "name"))
            hmac = digest and self.catalog.find(f"HMAC-{digest.name}", "name")
            self.emit(setting, [hmac] if hmac else [])
        elif key == "tls-version-min" and values:
            self.version = f"tls-version-min {values[0]}"
        if key in ("tls-crypt", "tls-crypt-v2"):
            self.emit(replace(setting, key="tls-crypt"), self._tls_crypt())
        if key == "dh" and values and values[0].lower() != "none":
            self.emit(setting, self._dh(self.includer.resolve(values[0])))
        if key in _FILE_KEYS and values and values[0] != "[inline]" and values[0].lower() != "none":
            self.files += self.includer.file_ref(values[0])

    def _ciphers(self, value: str) -> list[Algorithm]:
        found = (resolve(self.catalog, name, ("openssl", "name")) for name in re.split(r"[\s:]+", value))
        return [a for a in found if a is not None]

    def _tls_crypt(self) -> list[Algorithm]:
        return _fixed(self.catalog, _defaults()["openvpn"]["tls_crypt"].split(":"))

    def _dh(self, resolved: list[Resolved]) -> list[Algorithm]:
        bits = None
        for target in resolved[:1]:
            try:
                bits = _dh_bits(TreeView(self.file).read(target))
            except OSError as exc:
                self.detection.problems.append(f"{self.file.rel}: {target.rel}: {exc}")
        found = self.catalog.find("FFDH", "name", size=bits)
        return [found] if found else []

    def inline(self, source: Source, tag: str, number: int, body: str) -> None:
        self.seen.add(tag)
        if tag == "dh":
            bits = _dh_bits(body.encode())
            found = self.catalog.find("FFDH", "name", size=bits)
            self.emit(Setting("dh", "[inline]", source.rel, number), [found] if found else [])
        elif tag in ("tls-crypt", "tls-crypt-v2"):
            self.emit(Setting("tls-crypt", "[inline]", source.rel, number), self._tls_crypt())
        if tag in _FILE_KEYS:
            self.files.append(source.rel)

    def read(self, source: Source) -> None:
        lines = source.text.splitlines()[:MAX_LINES]
        index = 0
        while index < len(lines):
            number, text = index + 1, lines[index].strip()
            index += 1
            opened = _INLINE.match(text)
            if opened and not opened.group(1):
                end = next(
                    (i for i in range(index, len(lines)) if lines[i].strip() == f"</{opened.group(2)}>"), None
                )
                if end is None:
                    self.detection.problems.append(
                        f"{source.rel}:{number}: <{opened.group(2)}> is never closed"
                    )
                    return
                self.inline(source, opened.group(2), number, "\n".join(lines[index:end]))
                index = end + 1
            elif text and text[0] not in "#;":
                try:
                    args = words(text)
                except ValueError as exc:
                    self.detection.problems.append(f"{source.rel}:{number}: {exc}; line ignored")
                    continue
                if args:
                    self.directive(source, number, args)

    def finish(self) -> Detection:
        rel = self.file.rel
        if not self.seen & {"data-ciphers", "ncp-ciphers"}:  # `cipher` alone is only the fallback
            table = _defaults()["openvpn"]
            setting = Setting("data-ciphers", table["data_ciphers"], rel, None, default=table["label"])
            self.emit(setting, self._ciphers(setting.value))
        if not self.seen & {"tls-groups", "ecdh-curve"}:
            groups = default_setting("openssl", "groups", rel, None)
            setting = replace(groups, key="tls-groups", default=f"OpenVPN: {groups.default}")
            self.emit(setting, KINDS["groups"](self.catalog, setting.value)[0])
        found: list[Finding] = self.detection.findings
        locations = [
            FileLocation(rel, None, "openvpn"),
            *(f.location for f in found if isinstance(f.location, FileLocation)),
        ]
        asset = protocol_config("openvpn", self.version, [f.algorithm for f in found], locations, self.files)
        self.detection.assets.append(asset)
        self.detection.problems += self.includer.problems
        return self.detection


def _iana(match: re.Match[str]) -> str:
    """OpenVPN spells IANA suite names with dashes (`TLS-ECDHE-RSA-WITH-AES-256-GCM-SHA384`)."""
    return match.group(0).replace("-", "_")


def _openvpn(file: ScannedFile, context: DetectContext) -> Detection:
    reader = _OpenVpn(file, context.catalog, Includer(file))
    reader.read(reader.includer.top())
    return reader.finish()


def _is_wireguard(file: ScannedFile) -> bool:
    return b"[Interface]" in file.data and (b"PrivateKey" in file.data or b"[Peer]" in file.data)


class VpnConfigDetector:
    name: ClassVar[str] = "config-vpn"
    route: ClassVar[Route] = Route(suffixes=frozenset({".ovpn", ".conf"}))

    def wants(self, file: ScannedFile) -> bool:
        if file.is_binary or len(file.data) > MAX_BYTES:
            return False
        if file.suffix == ".ovpn":
            return True
        if file.suffix != ".conf":
            return False
        if _is_wireguard(file):
            return True
        parts = file.rel.lower().split("/")
        in_openvpn = any("openvpn" in part for part in parts[:-1])
        return _OVPN_SNIFF.search(file.data[:65536]) is not None and (
            in_openvpn or re.search(rb"(?m)^[ \t]*dev[ \t]+(tun|tap)", file.data) is not None
        )

    def detect(self, file: ScannedFile, context: DetectContext) -> Detection:
        if file.suffix == ".conf" and _is_wireguard(file):
            return _wireguard(file, context)
        return _openvpn(file, context)
