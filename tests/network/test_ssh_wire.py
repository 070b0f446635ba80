"""ssh_wire on crafted bytes: version lines, the banner bounds, packets and KEXINIT name-lists."""

from __future__ import annotations

import base64
import struct
from collections.abc import Callable

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from tests.network.servers.ssh_hostile import COOKIE, kexinit_payload, name_list, packet

from qready.detectors.network.results import ProbeFailure, ProbeLimits
from qready.detectors.network.ssh_wire import (
    Banner,
    BannerScanner,
    KexInit,
    client_version_line,
    host_key_facts,
    merged,
    packet_lengths,
    packet_payload,
    parse_kexinit,
    parse_version_line,
    server_packet,
)

LIMITS = ProbeLimits()
Key = ed25519.Ed25519PrivateKey | rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
OPENSSH_LISTS = (
    (
        "sntrup761x25519-sha512",
        "sntrup761x25519-sha512@openssh.com",
        "curve25519-sha256",
        "ext-info-s",
        "kex-strict-s-v00@openssh.com",
    ),
    ("rsa-sha2-512", "rsa-sha2-256", "ssh-ed25519"),
    ("chacha20-poly1305@openssh.com", "aes128-ctr"),
    ("chacha20-poly1305@openssh.com", "aes256-gcm@openssh.com"),
    ("hmac-sha2-256-etm@openssh.com",),
    ("hmac-sha2-512-etm@openssh.com",),
    ("none", "zlib@openssh.com"),
    ("none",),
    (),
    ("en",),
)


def failure(call: Callable[..., object], *args: object) -> str:
    with pytest.raises(ProbeFailure) as raised:
        call(*args)
    return raised.value.reason


# --- version lines ---


def test_version_line_split_into_protocol_software_comments() -> None:
    banner = parse_version_line(b"SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10\r\n")
    assert banner == Banner(
        "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10", "2.0", "OpenSSH_9.2p1", "Debian-2+deb12u10"
    )


def test_version_line_with_lf_only_and_protocol_1_99() -> None:
    assert parse_version_line(b"SSH-1.99-Cisco-1.25\n") == Banner(
        "SSH-1.99-Cisco-1.25", "1.99", "Cisco-1.25", ""
    )


def test_ssh1_only_server_is_not_ssh2() -> None:
    assert (
        failure(parse_version_line, b"SSH-1.5-OldServer\r\n") == "not SSH-2: the server speaks SSH-1.5 only"
    )


def test_version_line_of_255_bytes_is_accepted_256_is_not() -> None:
    head = b"SSH-2.0-"
    longest = head + b"x" * (255 - len(head) - 2) + b"\r\n"
    assert len(longest) == 255
    assert parse_version_line(longest).software == "x" * 245
    too_long = head + b"x" * (256 - len(head) - 2) + b"\r\n"
    assert failure(parse_version_line, too_long) == "not SSH: version line longer than 255 bytes"


def test_version_line_without_software_or_with_control_bytes_is_malformed() -> None:
    assert failure(parse_version_line, b"SSH-2.0\r\n") == "not SSH: malformed version line 'SSH-2.0'"
    assert failure(parse_version_line, b"SSH-2.0-a\x00b\r\n") == (
        "not SSH: malformed version line 'SSH-2.0-a\\x00b'"
    )


def test_client_version_line() -> None:
    assert client_version_line("qready_0.1.0") == b"SSH-2.0-qready_0.1.0\r\n"
    with pytest.raises(ValueError, match="invalid SSH software version"):
        client_version_line("qready 0-1")


# --- the banner scanner ---


def test_lines_before_the_version_line_are_kept_and_the_rest_returned() -> None:
    data = b"Welcome\r\nNo unauthorised use\n" + b"SSH-2.0-Srv_1 c\r\n" + b"\x00\x00\x01"
    found = BannerScanner(LIMITS).feed(data)
    assert found == (
        Banner("SSH-2.0-Srv_1 c", "2.0", "Srv_1", "c", ("Welcome", "No unauthorised use")),
        b"\x00\x00\x01",
    )


def test_banner_fed_one_byte_at_a_time() -> None:
    scanner = BannerScanner(LIMITS)
    data = b"hi\r\nSSH-2.0-Srv_1\r\nAB"
    results = [scanner.feed(data[i : i + 1]) for i in range(len(data) - 2)]
    assert results[:-1] == [None] * (len(data) - 3)
    assert results[-1] == (Banner("SSH-2.0-Srv_1", "2.0", "Srv_1", "", ("hi",)), b"")


def test_line_count_bound() -> None:
    limits = ProbeLimits(max_banner_lines=3)
    found = BannerScanner(limits).feed(b"a\n" * 3 + b"SSH-2.0-S\r\n")
    assert found == (Banner("SSH-2.0-S", "2.0", "S", "", ("a", "a", "a")), b"")
    reason = failure(BannerScanner(limits).feed, b"a\n" * 4)
    assert reason == "banner flood: more than 3 lines before the version line"


def test_byte_bound_counts_complete_lines_and_a_partial_one() -> None:
    limits = ProbeLimits(max_banner_bytes=100)
    scanner = BannerScanner(limits)
    assert scanner.feed(b"x" * 49 + b"\n" + b"y" * 50) is None  # exactly 100 bytes
    assert failure(scanner.feed, b"y") == "banner flood: more than 100 bytes before the version line"


def test_a_version_line_right_at_the_byte_bound_is_still_read() -> None:
    limits = ProbeLimits(max_banner_bytes=100)
    scanner = BannerScanner(limits)
    assert scanner.feed(b"x" * 99 + b"\n" + b"SSH-2.0") is None  # the partial version line is not counted
    found = scanner.feed(b"-S\r\n")
    assert found is not None
    assert found[0].line == "SSH-2.0-S"


def test_one_huge_line_without_newline_is_a_flood() -> None:
    reason = failure(BannerScanner(LIMITS).feed, b"A" * (64 * 1024 + 1))
    assert reason == "banner flood: more than 65536 bytes before the version line"


def test_unfinished_version_line_over_255_bytes_fails_before_its_newline() -> None:
    reason = failure(BannerScanner(LIMITS).feed, b"SSH-2.0-" + b"A" * 248)
    assert reason == "not SSH: version line longer than 255 bytes"


def test_http_and_binary_answers_are_not_ssh() -> None:
    http = failure(BannerScanner(LIMITS).feed, b"HTTP/1.1 400 Bad Request\r\n\r\n")
    assert http == "not SSH: the server answered HTTP 'HTTP/1.1 400 Bad Request'"
    binary = failure(BannerScanner(LIMITS).feed, b"\x15\x03\x03\x00\x02\x02\x46\n")
    assert binary == "not SSH: binary data before the version line '\\x15\\x03\\x03\\x00\\x02\\x02F\\n'"


def test_utf8_preamble_lines_are_allowed() -> None:
    found = BannerScanner(LIMITS).feed("Grüße\r\n".encode() + b"SSH-2.0-S\r\n")
    assert found is not None
    assert found[0].preamble == ("Grüße",)


@pytest.mark.parametrize(
    ("sent", "reason"),
    [
        (b"", "closed before the SSH version line (no data)"),
        (b"SSH-2.0-Hal", "closed after 11 bytes of the version line"),
        (b"\x15\x03\x03", "not SSH: binary data, then closed '\\x15\\x03\\x03'"),
        (b"Please wait\r\n", "not SSH: closed without a version line after 'Please wait'"),
        (b"220 mail ESMTP", "not SSH: closed without a version line after '220 mail ESMTP'"),
    ],
)
def test_reason_when_the_peer_closes_before_the_version_line(sent: bytes, reason: str) -> None:
    scanner = BannerScanner(LIMITS)
    assert scanner.feed(sent) is None
    assert scanner.closed().reason == reason


# --- packets ---


def test_packet_lengths_and_payload() -> None:
    crafted = packet(b"\x14abc", padding=6)
    length, padding = packet_lengths(crafted[:5], LIMITS)
    assert (length, padding) == (11, 6)
    assert packet_payload(length, padding, crafted[5:]) == b"\x14abc"


def test_packet_length_bound() -> None:
    assert packet_lengths(struct.pack("!IB", 35000, 4), LIMITS) == (35000, 4)
    assert failure(packet_lengths, struct.pack("!IB", 35001, 4), LIMITS) == (
        "oversized packet: packet_length 35001 > 35000"
    )
    assert failure(packet_lengths, b"\xff\xff\xff\xff\x0a", LIMITS) == (
        "oversized packet: packet_length 4294967295 > 35000"
    )


def test_padding_that_leaves_no_payload_is_malformed() -> None:
    assert failure(packet_lengths, struct.pack("!IB", 8, 7), LIMITS) == (
        "malformed packet: packet_length 8 with padding_length 7 leaves no payload"
    )
    assert failure(packet_lengths, struct.pack("!IB", 0, 0), LIMITS) == (
        "malformed packet: packet_length 0 with padding_length 0 leaves no payload"
    )


# --- KEXINIT ---


def test_kexinit_lists_exactly_with_markers_filtered_from_kex() -> None:
    parsed = parse_kexinit(kexinit_payload(OPENSSH_LISTS, follows=True))
    assert parsed == KexInit(
        cookie=COOKIE,
        kex=("sntrup761x25519-sha512", "sntrup761x25519-sha512@openssh.com", "curve25519-sha256"),
        markers=("ext-info-s", "kex-strict-s-v00@openssh.com"),
        host_key_algorithms=("rsa-sha2-512", "rsa-sha2-256", "ssh-ed25519"),
        ciphers_client_to_server=("chacha20-poly1305@openssh.com", "aes128-ctr"),
        ciphers_server_to_client=("chacha20-poly1305@openssh.com", "aes256-gcm@openssh.com"),
        macs_client_to_server=("hmac-sha2-256-etm@openssh.com",),
        macs_server_to_client=("hmac-sha2-512-etm@openssh.com",),
        compression_client_to_server=("none", "zlib@openssh.com"),
        compression_server_to_client=("none",),
        languages_client_to_server=(),
        languages_server_to_client=("en",),
        first_kex_packet_follows=True,
    )


def test_client_side_markers_are_filtered_too() -> None:
    lists = (("ext-info-c", "mlkem768x25519-sha256", "kex-strict-c-v00@openssh.com"), *OPENSSH_LISTS[1:])
    parsed = parse_kexinit(kexinit_payload(lists))
    assert (parsed.kex, parsed.markers) == (
        ("mlkem768x25519-sha256",),
        ("ext-info-c", "kex-strict-c-v00@openssh.com"),
    )


def test_truncated_kexinit() -> None:
    payload = kexinit_payload(OPENSSH_LISTS)
    offset = len(payload) - 1 - 5  # the reader starts after the message number; 5 bytes cut
    assert failure(parse_kexinit, payload[:-5]) == (
        f"malformed KEXINIT: truncated SSH KEXINIT: needs 1 bytes at offset {offset}, 0 left"
    )


def test_name_list_longer_than_the_packet() -> None:
    payload = bytes([20]) + COOKIE + struct.pack("!I", 0xFFFFFFFF) + b"curve25519-sha256"
    assert failure(parse_kexinit, payload) == (
        "malformed KEXINIT: truncated SSH KEXINIT: needs 4294967295 bytes at offset 20, 17 left"
    )


@pytest.mark.parametrize(
    ("kex", "reason"),
    [
        (b"curve25519-sha256,,ecdh-sha2-nistp256", "malformed KEXINIT: bad name '' in the kex list"),
        (b"a" * 65, f"malformed KEXINIT: bad name {('a' * 40 + '...')!r} in the kex list"),
        (b"curve 25519", "malformed KEXINIT: bad name 'curve 25519' in the kex list"),
        (b"kex\x00x", "malformed KEXINIT: bad name 'kex\\x00x' in the kex list"),
    ],
)
def test_bad_names_are_refused(kex: bytes, reason: str) -> None:
    payload = bytes([20]) + COOKIE + struct.pack("!I", len(kex)) + kex
    payload += b"".join(name_list(names) for names in OPENSSH_LISTS[1:]) + bytes(5)
    assert failure(parse_kexinit, payload) == reason


def test_non_ascii_name_list() -> None:
    payload = bytes([20]) + COOKIE + struct.pack("!I", 2) + "é".encode()
    payload += b"".join(name_list(names) for names in OPENSSH_LISTS[1:]) + bytes(5)
    assert failure(parse_kexinit, payload) == "malformed KEXINIT: bad name 'é' in the kex list"


def test_a_64_character_name_is_accepted() -> None:
    lists = (("k" * 64,), *OPENSSH_LISTS[1:])
    assert parse_kexinit(kexinit_payload(lists)).kex == ("k" * 64,)


def test_packets_before_kexinit() -> None:
    assert server_packet(bytes([2]) + name_list(["ignored"])) is None  # SSH_MSG_IGNORE
    assert server_packet(bytes([4, 0]) + name_list(["debug"]) + name_list([])) is None  # SSH_MSG_DEBUG
    disconnect = bytes([1]) + struct.pack("!I", 2) + name_list(["Too many connections"]) + name_list([])
    assert failure(server_packet, disconnect) == "server disconnected: reason 2 'Too many connections'"
    assert failure(server_packet, bytes([21])) == (
        "protocol violation: message 21 where KEXINIT (20) was due"
    )
    assert server_packet(kexinit_payload(OPENSSH_LISTS)) == parse_kexinit(kexinit_payload(OPENSSH_LISTS))


def test_merged_keeps_order_and_drops_repeats() -> None:
    assert merged(("a", "b"), ("b", "c", "a", "d")) == ("a", "b", "c", "d")


# --- host keys ---


def _openssh_blob(key: Key) -> bytes:
    line = key.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
    return base64.b64decode(line.split()[1])


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (ed25519.Ed25519PrivateKey.generate, ("ssh-ed25519", 256)),
        (lambda: rsa.generate_private_key(public_exponent=65537, key_size=3072), ("ssh-rsa", 3072)),
        (lambda: ec.generate_private_key(ec.SECP256R1()), ("ecdsa-sha2-nistp256", 256)),
        (lambda: ec.generate_private_key(ec.SECP384R1()), ("ecdsa-sha2-nistp384", 384)),
    ],
)
def test_host_key_type_and_size_from_the_blob(make: Callable[[], Key], expected: tuple[str, int]) -> None:
    blob = _openssh_blob(make())
    assert host_key_facts(blob) == (*expected, blob)


def test_unknown_host_key_type_has_no_size() -> None:
    blob = name_list(["ssh-mldsa65@example.com"]) + name_list(["whatever"])
    assert host_key_facts(blob) == ("ssh-mldsa65@example.com", None, blob)


def test_truncated_host_key_blob() -> None:
    blob = name_list(["ssh-rsa"]) + struct.pack("!I", 3) + b"\x01\x00\x01" + struct.pack("!I", 400)
    assert failure(host_key_facts, blob) == (
        "unreadable host key: truncated SSH key blob: needs 400 bytes at offset 22, 0 left"
    )
