"""Network target parsing: every spelling a user may write, bounded ranges, clear errors."""

from __future__ import annotations

import pytest

from qready.discovery.hosts import HostTarget, parse_target, parse_targets, targets_file_lines
from qready.errors import TargetError


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("example.org", HostTarget("example.org", 443, "tls", None, "example.org", "example.org")),
        ("Example.ORG:8443", HostTarget("example.org", 8443, "tls", None, "example.org", "Example.ORG:8443")),
        ("127.0.0.1:22", HostTarget("127.0.0.1", 22, "ssh", None, None, "127.0.0.1:22")),
        (
            "mail.example.org:587",
            HostTarget("mail.example.org", 587, "tls", "smtp", "mail.example.org", "mail.example.org:587"),
        ),
        ("10.0.0.5:5432", HostTarget("10.0.0.5", 5432, "tls", "postgres", None, "10.0.0.5:5432")),
        ("[::1]:993", HostTarget("::1", 993, "tls", None, None, "[::1]:993")),
        ("::1", HostTarget("::1", 443, "tls", None, None, "::1")),
        (
            "https://www.example.org/path?q=1",
            HostTarget(
                "www.example.org", 443, "tls", None, "www.example.org", "https://www.example.org/path?q=1"
            ),
        ),
        (
            "ssh://git.example.org",
            HostTarget("git.example.org", 22, "ssh", None, "git.example.org", "ssh://git.example.org"),
        ),
        ("ssh://127.0.0.1:2222", HostTarget("127.0.0.1", 2222, "ssh", None, None, "ssh://127.0.0.1:2222")),
        ("imap://127.0.0.1", HostTarget("127.0.0.1", 143, "tls", "imap", None, "imap://127.0.0.1")),
        (
            "ldaps://dir.example.org",
            HostTarget("dir.example.org", 636, "tls", None, "dir.example.org", "ldaps://dir.example.org"),
        ),
    ],
)
def test_spellings(spec: str, expected: HostTarget) -> None:
    assert parse_target(spec) == [expected]


def test_protocol_flag_overrides_the_port_guess() -> None:
    (target,) = parse_target("127.0.0.1:2222", protocol="ssh")
    assert (target.transport, target.port, str(target)) == ("ssh", 2222, "ssh://127.0.0.1:2222")
    (target,) = parse_target("127.0.0.1:2525", protocol="smtp")
    assert (target.starttls, str(target)) == ("smtp", "smtp://127.0.0.1:2525")


def test_cidr_expands_to_hosts_with_the_port() -> None:
    found = parse_target("192.0.2.0/30:8443")
    assert [(t.host, t.port, t.transport) for t in found] == [
        ("192.0.2.1", 8443, "tls"),
        ("192.0.2.2", 8443, "tls"),
    ]
    assert [t.host for t in parse_target("192.0.2.7/32")] == ["192.0.2.7"]


def test_cidr_over_the_limit_is_refused_not_truncated() -> None:
    with pytest.raises(TargetError, match=r"'10\.0\.0\.0/16': 65534 addresses exceed the limit of 1024"):
        parse_target("10.0.0.0/16")
    widest = parse_target("10.0.0.0/22", max_hosts=1022)
    assert (len(widest), widest[0].host, widest[-1].host) == (1022, "10.0.0.1", "10.0.3.254")


def test_total_endpoints_are_bounded_and_duplicates_dropped() -> None:
    targets = parse_targets(["127.0.0.1:443", "tls://127.0.0.1:443", "127.0.0.1:22"])
    assert [str(t) for t in targets] == ["tls://127.0.0.1:443", "ssh://127.0.0.1:22"]
    with pytest.raises(TargetError, match="more than 2 endpoints in all"):
        parse_targets(["127.0.0.1:1", "127.0.0.1:2", "127.0.0.1:3"], max_hosts=2)


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("", "empty"),
        ("bad host:443", "expected HOST, HOST:PORT, a URL or a CIDR range"),
        ("host:70000", "port 70000 is outside 1-65535"),
        ("gopher://example.org", "unknown scheme 'gopher'"),
        ("https://:443", "no host"),
        ("-bad-.example.org", "is not a host name or IP address"),
        ("10.0.0.0/33", "does not appear to be an IPv4 or IPv6 network"),
    ],
)
def test_bad_targets_name_the_target(spec: str, message: str) -> None:
    with pytest.raises(TargetError, match=message):
        parse_target(spec)


def test_unknown_protocol_lists_the_known_ones() -> None:
    with pytest.raises(TargetError, match="unknown protocol 'telnet' \\(choose from dot, ftp"):
        parse_target("example.org", protocol="telnet")


def test_targets_file_comments_and_blanks() -> None:
    text = "# estate\nexample.org:443  ssh://10.0.0.1 # bastion\n\n  imap://mail.example.org\n"
    assert list(targets_file_lines(text)) == ["example.org:443", "ssh://10.0.0.1", "imap://mail.example.org"]
