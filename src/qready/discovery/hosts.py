"""Network targets: what `qready probe HOST[:PORT] URL CIDR` and `--targets FILE` name, parsed and bounded.

qready contacts only the hosts named here. A CIDR range expands to at most `max_hosts` addresses, and
a larger range is an error naming it, never a silent truncation. Nothing is resolved or contacted here.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from qready.errors import TargetError

# protocol -> (default port, transport, STARTTLS dialect)
PROTOCOLS: dict[str, tuple[int, str, str | None]] = {
    "tls": (443, "tls", None),
    "https": (443, "tls", None),
    "ssh": (22, "ssh", None),
    "smtp": (25, "tls", "smtp"),
    "submission": (587, "tls", "smtp"),
    "smtps": (465, "tls", None),
    "imap": (143, "tls", "imap"),
    "imaps": (993, "tls", None),
    "pop3": (110, "tls", "pop3"),
    "pop3s": (995, "tls", None),
    "ftp": (21, "tls", "ftp"),
    "ftps": (990, "tls", None),
    "ldap": (389, "tls", "ldap"),
    "ldaps": (636, "tls", None),
    "postgres": (5432, "tls", "postgres"),
    "postgresql": (5432, "tls", "postgres"),
    "dot": (853, "tls", None),
}
# well-known ports whose protocol is not plain TLS (IANA service names registry)
_PORT_PROTOCOL = {22: "ssh", 25: "smtp", 587: "submission", 143: "imap", 110: "pop3", 21: "ftp",
                  389: "ldap", 5432: "postgres"}  # fmt: skip
DEFAULT_MAX_HOSTS = 1024
_HOST_PORT = re.compile(r"^(?:\[(?P<v6>[0-9A-Fa-f:.]+)\]|(?P<host>[^\s:/\[\]]+))(?::(?P<port>\d{1,5}))?$")
_DNS_LABEL = re.compile(r"^(?!-)[A-Za-z0-9_-]{1,63}(?<!-)$")


@dataclass(frozen=True)
class HostTarget:
    """One endpoint to probe. `transport` is tls or ssh; `starttls` the plaintext dialect spoken first."""

    host: str
    port: int
    transport: str
    starttls: str | None = None
    sni: str | None = None  # the DNS name sent in SNI (never an IP literal, RFC 6066 section 3)
    spec: str = ""  # what the user wrote

    @property
    def scheme(self) -> str:
        return self.starttls or self.transport

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}"


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _check_host(host: str, spec: str) -> str:
    if _is_ip(host):
        return host
    labels = host.rstrip(".").split(".")
    if len(host) > 253 or not all(_DNS_LABEL.match(label) for label in labels):
        raise TargetError(f"target {spec!r}: {host!r} is not a host name or IP address")
    return host.rstrip(".").lower()


def _check_port(text: str | None, spec: str) -> int | None:
    if text is None:
        return None
    port = int(text)
    if not 0 < port < 65536:
        raise TargetError(f"target {spec!r}: port {port} is outside 1-65535")
    return port


def _target(host: str, port: int | None, protocol: str | None, spec: str) -> HostTarget:
    """Protocol by explicit choice, else by port, else TLS; port by choice, else the protocol's default."""
    name = protocol or (_PORT_PROTOCOL.get(port, "tls") if port else "tls")
    if name not in PROTOCOLS:
        choices = ", ".join(sorted(PROTOCOLS))
        raise TargetError(f"target {spec!r}: unknown protocol {name!r} (choose from {choices})")
    default_port, transport, starttls = PROTOCOLS[name]
    sni = None if _is_ip(host) else host
    return HostTarget(host, port or default_port, transport, starttls, sni, spec)


def _url(spec: str, protocol: str | None) -> HostTarget:
    parts = urlsplit(spec)
    scheme = parts.scheme.lower()
    if scheme not in PROTOCOLS:
        raise TargetError(f"target {spec!r}: unknown scheme {scheme!r}")
    try:
        port = parts.port
    except ValueError:
        raise TargetError(f"target {spec!r}: port is outside 1-65535") from None
    if not parts.hostname:
        raise TargetError(f"target {spec!r}: no host")
    return _target(_check_host(parts.hostname, spec), port, protocol or scheme, spec)


def _cidr(spec: str, protocol: str | None, max_hosts: int) -> Iterator[HostTarget]:
    network_text, _, port_text = spec.partition(":") if spec.count(":") == 1 else (spec, "", "")
    try:
        network = ipaddress.ip_network(network_text, strict=False)
    except ValueError as error:
        raise TargetError(f"target {spec!r}: {error}") from None
    addresses = (
        network.num_addresses if network.prefixlen == network.max_prefixlen else network.num_addresses - 2
    )
    if max(addresses, 1) > max_hosts:
        raise TargetError(
            f"target {spec!r}: {addresses} addresses exceed the limit of {max_hosts} (raise --max-hosts)"
        )
    hosts = [network.network_address] if network.num_addresses == 1 else list(network.hosts())
    port = _check_port(port_text or None, spec)
    for address in hosts:
        yield _target(str(address), port, protocol, spec)


def parse_target(
    spec: str, protocol: str | None = None, max_hosts: int = DEFAULT_MAX_HOSTS
) -> list[HostTarget]:
    """`host`, `host:port`, `[v6]:port`, `scheme://host[:port][/path]`, or an IP range `a.b.c.d/n[:port]`."""
    text = spec.strip()
    if not text:
        raise TargetError("target '': empty")
    if "://" in text:
        return [_url(text, protocol)]
    if "/" in text:
        return list(_cidr(text, protocol, max_hosts))
    if _is_ip(text):  # a bare IPv6 address (its colons are not a port)
        return [_target(text, None, protocol, spec)]
    match = _HOST_PORT.match(text)
    if match is None:
        raise TargetError(f"target {spec!r}: expected HOST, HOST:PORT, a URL or a CIDR range")
    host = match["v6"] or match["host"]
    host = _check_host(host, spec) if match["host"] else str(ipaddress.ip_address(host))
    return [_target(host, _check_port(match["port"], spec), protocol, spec)]


def targets_file_lines(text: str) -> Iterator[str]:
    """Target specs in a targets file: one per line (or blank-separated), `#` starts a comment."""
    for line in text.splitlines():
        yield from line.split("#", 1)[0].split()


def parse_targets(
    specs: Iterable[str], protocol: str | None = None, max_hosts: int = DEFAULT_MAX_HOSTS
) -> tuple[HostTarget, ...]:
    """Every target, duplicates dropped, in order; more than `max_hosts` endpoints in all is an error."""
    found: dict[tuple[str, int, str, str | None], HostTarget] = {}
    for spec in specs:
        for target in parse_target(spec, protocol, max_hosts):
            found.setdefault((target.host, target.port, target.transport, target.starttls), target)
            if len(found) > max_hosts:
                raise TargetError(f"more than {max_hosts} endpoints in all (raise --max-hosts)")
    return tuple(found.values())
