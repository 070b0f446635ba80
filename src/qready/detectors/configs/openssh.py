"""OpenSSH server (`sshd_config`) and client (`ssh_config`, `~/.ssh/config`) configuration.

Every algorithm list keyword (KexAlgorithms, HostKeyAlgorithms, PubkeyAcceptedAlgorithms, Ciphers, MACs...)
becomes findings at its file and line, with OpenSSH's semantics: the first value obtained wins (per block,
and a value set for every host or connection shadows later blocks), a `+`/`-`/`^` list modifies the built-in
default list, and an absent KexAlgorithms/HostKeyAlgorithms/Ciphers/MACs is reported as the documented
default of OpenSSH 10.0 (openssh_defaults.toml, with its sources). The configuration is one ProtocolConfig
asset (protocol "ssh") naming the host key, certificate and identity files it uses, resolved in the tree.

Drop-in fragments (`sshd_config.d/*.conf`) that the main file of the tree includes are reported through it.
Defaults (algorithm lists, host key files) are applied to main files only (`sshd_config`, `ssh_config`,
`.ssh/config`): a fragment scanned on its own, or a file recognised by its content, may be included by a
configuration outside the tree, so the rest of its configuration is unknown.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from fnmatch import fnmatchcase
from importlib import resources
from typing import Any, ClassVar

from qready.detectors.base import DetectContext, Detection, Route
from qready.detectors.configs.common import Setting, findings, protocol_config, resolve
from qready.detectors.configs.openssh_parse import (
    Directive,
    LineError,
    home_relative,
    read_config,
    split_line,
)
from qready.discovery import ScannedFile
from qready.discovery.tree import OutsideTree, TreeView
from qready.knowledge import Catalog
from qready.model import Algorithm, FileLocation, Finding

NAMESPACES = ("ssh",)
SNIFF_BYTES = 4096
SNIFF_LINES = 12
MAIN_BYTES = 1024 * 1024

# lower-case keyword -> (canonical lower-case keyword, display spelling); the old *KeyTypes names included
LIST_KEYWORDS: dict[str, tuple[str, str]] = {
    "kexalgorithms": ("kexalgorithms", "KexAlgorithms"),
    "hostkeyalgorithms": ("hostkeyalgorithms", "HostKeyAlgorithms"),
    "pubkeyacceptedalgorithms": ("pubkeyacceptedalgorithms", "PubkeyAcceptedAlgorithms"),
    "pubkeyacceptedkeytypes": ("pubkeyacceptedalgorithms", "PubkeyAcceptedKeyTypes"),
    "hostbasedacceptedalgorithms": ("hostbasedacceptedalgorithms", "HostbasedAcceptedAlgorithms"),
    "hostbasedacceptedkeytypes": ("hostbasedacceptedalgorithms", "HostbasedAcceptedKeyTypes"),
    "hostbasedkeytypes": ("hostbasedacceptedalgorithms", "HostbasedKeyTypes"),
    "casignaturealgorithms": ("casignaturealgorithms", "CASignatureAlgorithms"),
    "ciphers": ("ciphers", "Ciphers"),
    "macs": ("macs", "MACs"),
    "gssapikexalgorithms": ("gssapikexalgorithms", "GSSAPIKexAlgorithms"),
}
DISPLAY = {
    canonical: display for canonical, display in LIST_KEYWORDS.values() if canonical == display.lower()
}
# sshd refuses these inside a Match block (servconf.c: SSHCFG_GLOBAL)
SERVER_GLOBAL_ONLY = frozenset(
    {"kexalgorithms", "hostkeyalgorithms", "ciphers", "macs", "gssapikexalgorithms"}
)
FILE_KEYWORDS = frozenset(
    {"hostkey", "hostcertificate", "trustedusercakeys", "identityfile", "certificatefile"}
)
EVERYWHERE = frozenset({None, "host *", "match all"})  # blocks that apply to every host or connection


def _words(*lines: str) -> frozenset[str]:
    return frozenset(" ".join(lines).split())


SERVER_ONLY = _words(
    "hostkey hostcertificate permitrootlogin listenaddress subsystem authorizedkeysfile usepam allowusers "
    "allowgroups denyusers denygroups trustedusercakeys clientaliveinterval clientalivecountmax printmotd "
    "acceptenv permitemptypasswords maxauthtries maxsessions x11forwarding logingracetime chrootdirectory "
    "authorizedprincipalsfile forcecommand usedns pidfile hostkeyagent permittunnel allowtcpforwarding "
    "syslogfacility strictmodes maxstartups printlastlog authorizedkeyscommand revokedkeys "
    "allowagentforwarding allowstreamlocalforwarding authenticationmethods disableforwarding ignorerhosts "
    "kerberosauthentication gssapicleanupcredentials permitopen permituserrc x11uselocalhost "
    "x11displayoffset xauthlocation modulifile persourcemaxstartups logverbose authorizedkeyscommanduser"
)
CLIENT_ONLY = _words(
    "host hostname identityfile proxyjump proxycommand stricthostkeychecking userknownhostsfile forwardagent "
    "serveraliveinterval serveralivecountmax identitiesonly localforward remoteforward dynamicforward "
    "controlmaster controlpath controlpersist sendenv hashknownhosts certificatefile user forwardx11 "
    "globalknownhostsfile updatehostkeys verifyhostkeydns addkeystoagent batchmode visualhostkey "
    "connecttimeout connectionattempts checkhostip canonicalizehostname requesttty escapechar bindaddress "
    "pkcs11provider preferredauthentications permitlocalcommand localcommand exitonforwardfailure "
    "forwardx11trusted nohostauthenticationforlocalhost gssapidelegatecredentials"
)
SHARED = _words(
    "port loglevel include match protocol addressfamily compression pubkeyauthentication",
    "passwordauthentication",
    "kbdinteractiveauthentication challengeresponseauthentication gssapiauthentication gssapikeyexchange "
    "hostbasedauthentication banner tcpkeepalive ipqos rekeylimit requiredrsasize fingerprinthash setenv "
    "securitykeyprovider versionaddendum permituserenvironment gatewayports streamlocalbindunlink",
)
KNOWN = SERVER_ONLY | CLIENT_ONLY | SHARED | frozenset(LIST_KEYWORDS)
DISTINCTIVE = (SERVER_ONLY | CLIENT_ONLY | frozenset(LIST_KEYWORDS)) - {"host", "user"} | {
    "pubkeyauthentication",
    "passwordauthentication",
    "kbdinteractiveauthentication",
    "challengeresponseauthentication",
}


@dataclass(frozen=True)
class Defaults:
    """OpenSSH's built-in lists (openssh_defaults.toml): `lists[(keyword, role)]`, the keywords whose
    default is reported when absent, and the host keys sshd loads when none is configured."""

    label: str
    lists: dict[tuple[str, str], tuple[str, ...]]
    reported: tuple[str, ...]
    host_keys: tuple[str, ...]

    @classmethod
    def load(cls) -> Defaults:
        text = resources.files(__package__).joinpath("openssh_defaults.toml").read_text(encoding="utf-8")
        data: dict[str, Any] = tomllib.loads(text)
        lists: dict[tuple[str, str], tuple[str, ...]] = {}
        for keyword, row in data["lists"].items():
            for role in ("server", "client"):
                lists[(keyword, role)] = tuple(row.get(role, row.get("both", ())))
        reported = tuple(keyword for keyword, row in data["lists"].items() if row["report"])
        return cls(data["label"], lists, reported, tuple(data["host_keys"]["server"]))


DEFAULTS = Defaults.load()


def role_from_path(file: ScannedFile) -> tuple[str | None, bool]:
    """("server" | "client" | None, whether the file is a drop-in fragment) from where the file is."""
    parts = file.rel.split("/")
    parent = parts[-2] if len(parts) > 1 else ""
    if file.name == "sshd_config" or (parent == "sshd_config.d" and file.suffix == ".conf"):
        return "server", parent == "sshd_config.d"
    if file.name == "ssh_config" or (parent == "ssh_config.d" and file.suffix == ".conf"):
        return "client", parent == "ssh_config.d"
    if file.name == "config" and parent == ".ssh":
        return "client", False
    return None, False


def keywords(text: str, limit: int | None = None) -> Iterator[str]:
    """The lower-case keywords of the meaningful lines; a line that is not `keyword argument` yields ''."""
    count = 0
    for line in text.splitlines():
        try:
            parsed = split_line(line)
        except LineError:
            parsed = ("", [])
        if parsed is None:
            continue
        yield parsed[0].lower()
        count += 1
        if limit is not None and count >= limit:
            return


SNIFF_SUFFIXES = frozenset({"", ".conf", ".cfg", ".config", ".txt", ".local"})


def looks_like_ssh_config(data: bytes) -> bool:
    """Strict sniff: every one of the first meaningful lines is an OpenSSH keyword, at least two lines, one
    of them a keyword no other common format uses (HostKey, KexAlgorithms, IdentityFile, ...)."""
    head = data[:SNIFF_BYTES]
    cut = head.rfind(b"\n") if len(data) > SNIFF_BYTES else len(head)
    found, distinctive = 0, False
    for keyword in keywords(head[: max(cut, 0)].decode("utf-8", "replace"), SNIFF_LINES):
        if keyword not in KNOWN:
            return False  # (most files: their first line already)
        found += 1
        distinctive = distinctive or keyword in DISTINCTIVE
    return found >= 2 and distinctive


def sniffed_role(text: str) -> str:
    seen = set(keywords(text[:MAIN_BYTES]))
    return "client" if len(seen & CLIENT_ONLY) > len(seen & SERVER_ONLY) else "server"


def included_by_main(file: ScannedFile, role: str) -> bool:
    """Whether the main config next to a fragment's `*.d` directory includes it: then that scan reports it."""
    if not file.path or not file.root:
        return False
    name = "sshd_config" if role == "server" else "ssh_config"
    main = os.path.join(os.path.dirname(os.path.dirname(file.path)), name)
    real_main, root = os.path.realpath(main), os.path.realpath(file.root)
    if not real_main.startswith(root.rstrip(os.sep) + os.sep) or not os.path.isfile(real_main):
        return False
    try:
        with open(real_main, "rb") as handle:
            data = handle.read(MAIN_BYTES)
    except OSError:
        return False  # unreadable: the fragment is reported on its own
    rel = "/".join([*file.rel.split("/")[:-2], name])
    view = TreeView(ScannedFile(rel, data, path=main, root=file.root))
    me = os.path.realpath(file.path)
    for line in data.decode("utf-8", "replace").splitlines():
        try:
            parsed = split_line(line)
            if (
                parsed is not None
                and parsed[0].lower() == "include"
                and any(target.path == me for ref in parsed[1] for target in view.resolve(ref))
            ):
                return True
        except (LineError, OutsideTree):
            continue
    return False


def effective_names(value: str, default: tuple[str, ...] | None) -> tuple[list[str], list[str]]:
    """(names the value itself enables, names it keeps from the default list): `+` appends to the default,
    `^` puts its names first, `-` removes the names (wildcards allowed) from it (ssh_config(5))."""
    modifier = value[:1] if value[:1] in ("+", "-", "^") else ""
    listed = list(dict.fromkeys(n.strip() for n in value[len(modifier) :].split(",") if n.strip()))
    if not modifier:
        return listed, []
    if default is None:
        return ([] if modifier == "-" else listed), []
    if modifier == "-":
        return [], [d for d in default if not any(fnmatchcase(d, pattern) for pattern in listed)]
    if modifier == "+":
        return [n for n in listed if n not in default], list(default)
    return listed, [d for d in default if d not in listed]


def taking_effect(directives: Iterable[Directive], role: str) -> Iterator[Directive]:
    """The list directives OpenSSH uses: the first of each keyword in a block, and none after a block that
    applies everywhere has set it (client: top level, `Host *`, `Match all`; server: `Match all` over later
    Match blocks, global settings never shadow a Match block)."""
    seen: set[tuple[str | None, str]] = set()
    settled: set[str] = set()
    shadowing = EVERYWHERE if role == "client" else frozenset({"match all"})
    for directive in directives:
        canonical = LIST_KEYWORDS[directive.keyword][0]
        block = directive.block.lower() if directive.block else None
        if (block, canonical) in seen:
            continue
        seen.add((block, canonical))
        if canonical in settled and (role == "client" or block is not None):
            continue
        if block in shadowing:
            settled.add(canonical)
        yield directive


def list_problems(lists: Iterable[Directive], role: str) -> Iterator[str]:
    """What OpenSSH itself refuses: a list split over several arguments, a global-only list in a Match."""
    for directive in lists:
        where = f"{directive.path}:{directive.line}: {directive.written}"
        if len(directive.args) > 1:
            yield f"{where}: blanks inside the list (OpenSSH refuses extra arguments); read as one list"
        global_only = LIST_KEYWORDS[directive.keyword][0] in SERVER_GLOBAL_ONLY
        if role == "server" and directive.block and global_only:
            yield f"{where}: sshd refuses this keyword inside a Match block"


class OpenSshConfigDetector:
    name: ClassVar[str] = "config-openssh"
    route: ClassVar[Route] = Route(
        suffixes=SNIFF_SUFFIXES | {""}, names=frozenset({"sshd_config", "ssh_config", "config"})
    )

    def wants(self, file: ScannedFile) -> bool:
        if file.is_binary:
            return False
        role, _ = role_from_path(file)
        # by content only files that can be a config: no extension or a config one, not source or documents
        return role is not None or (file.suffix in SNIFF_SUFFIXES and looks_like_ssh_config(file.data))

    def detect(self, file: ScannedFile, context: DetectContext) -> Detection:
        detection = Detection()
        named, fragment = role_from_path(file)
        role = named or sniffed_role(file.text)
        if fragment and included_by_main(file, role):
            return detection
        main = named is not None and not fragment  # defaults belong to a main file, not a fragment or a guess
        blocks = {"match": "Match", "host": "Host"} if role == "client" else {"match": "Match"}
        reader = read_config(file, blocks)
        detection.problems.extend(reader.problems)
        lists = [d for d in reader.directives if d.keyword in LIST_KEYWORDS]
        detection.problems.extend(list_problems(lists, role))
        found = [f for d in taking_effect(lists, role) for f in self._list_findings(d, role, context.catalog)]
        if main:
            found.extend(self._default_findings(file, lists, role, context.catalog))
        files = list(self._files(file, reader.directives, detection))
        if role == "server" and main and not any(d.keyword == "hostkey" for d in reader.directives):
            files.extend(self._default_host_keys(file))
        detection.findings.extend(found)
        if found or files:
            algorithms = [f.algorithm for f in found]
            locations = [f.location for f in found if isinstance(f.location, FileLocation)]
            detection.assets.append(protocol_config("ssh", None, algorithms, locations, files))
        return detection

    def _list_findings(self, directive: Directive, role: str, catalog: Catalog) -> list[Finding]:
        canonical, display = LIST_KEYWORDS[directive.keyword]
        value = ",".join(directive.args)
        setting = Setting(display, value, directive.path, directive.line, directive.block)
        configured, inherited = effective_names(value, DEFAULTS.lists.get((canonical, role)))
        own = _algorithms(catalog, configured)
        kept = [a for a in _algorithms(catalog, inherited) if a not in own]
        rule = f"config.openssh.{canonical}"
        return findings(setting, own, rule) + findings(replace(setting, default=DEFAULTS.label), kept, rule)

    def _default_findings(
        self, file: ScannedFile, lists: list[Directive], role: str, catalog: Catalog
    ) -> list[Finding]:
        everywhere = {
            LIST_KEYWORDS[d.keyword][0] for d in lists if (d.block.lower() if d.block else None) in EVERYWHERE
        }
        found: list[Finding] = []
        for keyword in DEFAULTS.reported:
            if keyword not in everywhere:
                setting = Setting(DISPLAY[keyword], "", file.rel, None, None, default=DEFAULTS.label)
                names = DEFAULTS.lists[(keyword, role)]
                found.extend(findings(setting, _algorithms(catalog, names), f"config.openssh.{keyword}"))
        return found

    def _files(self, file: ScannedFile, directives: list[Directive], detection: Detection) -> Iterator[str]:
        view = TreeView(file)
        for directive in directives:
            reference = directive.args[0]
            if directive.keyword not in FILE_KEYWORDS or reference.lower() == "none":
                continue
            if reference.startswith("~"):
                reference = home_relative(file.rel, reference) or ""
            if not reference or "%" in reference or "$" in reference:
                continue  # another user's home directory or a per-connection token: not a file of this tree
            try:
                yield from (target.rel for target in view.resolve(reference))
            except OutsideTree:
                detection.problems.append(
                    f"{directive.path}:{directive.line}: {directive.written} {reference}: outside the tree"
                )

    def _default_host_keys(self, file: ScannedFile) -> Iterator[str]:
        view = TreeView(file)
        for path in DEFAULTS.host_keys:
            try:
                yield from (target.rel for target in view.resolve(path))
            except OutsideTree:
                continue


def _algorithms(catalog: Catalog, names: Iterable[str]) -> list[Algorithm]:
    """The algorithms the catalog knows among OpenSSH names; unknown names are left out."""
    known = (resolve(catalog, name, NAMESPACES) for name in names)
    return list(dict.fromkeys(a for a in known if a is not None))
