"""The SSH transport facts that need no cryptography: the version exchange and the server's KEXINIT.

Pure functions over bytes (RFC 4253 sections 4.2, 6 and 7.1). Every bound comes from `ProbeLimits` or
the RFCs, and every violation raises `ProbeFailure` with a one-line reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from qready.detectors.keys.sshwire import WireReader, parse_blob
from qready.detectors.network.results import ProbeFailure, ProbeLimits
from qready.errors import DetectorError

MSG_DISCONNECT = 1  # RFC 4253 section 12 (message numbers)
MSG_IGNORE = 2
MSG_DEBUG = 4
MSG_KEXINIT = 20
MAX_VERSION_LINE = 255  # RFC 4253 section 4.2: the version line, CR LF included
MAX_NAME = 64  # RFC 4251 section 6: algorithm names are at most 64 characters
SSH2_PROTOCOLS = ("2.0", "1.99")  # RFC 4253 section 5.1: 1.99 is a server that also speaks SSH-2.0
NOT_KEX = frozenset(
    {
        "ext-info-s",  # RFC 8308 section 2.1: "I accept SSH_MSG_EXT_INFO", not a key exchange
        "ext-info-c",
        "kex-strict-s-v00@openssh.com",  # OpenSSH PROTOCOL 1.10 (strict KEX, CVE-2023-48795, 2023)
        "kex-strict-c-v00@openssh.com",
    }
)
_KEXINIT_LISTS = (
    "kex",
    "host key",
    "cipher client to server",
    "cipher server to client",
    "MAC client to server",
    "MAC server to client",
    "compression client to server",
    "compression server to client",
    "language client to server",
    "language server to client",
)


@dataclass(frozen=True)
class Banner:
    """The server's version line (`SSH-protoversion-softwareversion SP comments`, CR LF removed)."""

    line: str
    protocol: str  # "2.0" or "1.99"
    software: str  # "OpenSSH_9.2p1", "AsyncSSH_2.24.1"
    comments: str  # "Debian-2+deb12u7", or ""
    preamble: tuple[str, ...] = ()  # other lines the server sent first (RFC 4253 section 4.2)


@dataclass(frozen=True)
class KexInit:
    """SSH_MSG_KEXINIT (RFC 4253 section 7.1), name-lists in the sender's order of preference."""

    cookie: bytes
    kex: tuple[str, ...]  # key exchange methods only
    markers: tuple[str, ...]  # names in the kex list that are not key exchanges (NOT_KEX)
    host_key_algorithms: tuple[str, ...]
    ciphers_client_to_server: tuple[str, ...]
    ciphers_server_to_client: tuple[str, ...]
    macs_client_to_server: tuple[str, ...]
    macs_server_to_client: tuple[str, ...]
    compression_client_to_server: tuple[str, ...]
    compression_server_to_client: tuple[str, ...]
    languages_client_to_server: tuple[str, ...]
    languages_server_to_client: tuple[str, ...]
    first_kex_packet_follows: bool


def client_version_line(software: str) -> bytes:
    """`SSH-2.0-<software>` CR LF; `software` must be printable ASCII without spaces or '-'."""
    if not software or not all(33 <= ord(char) <= 126 and char != "-" for char in software):
        raise ValueError(f"invalid SSH software version {software!r}")
    return f"SSH-2.0-{software}\r\n".encode("ascii")


def _shown(data: bytes) -> str:
    """A short, printable rendering of peer bytes for a reason line."""
    text = data[:40].decode("utf-8", "replace")
    return repr(text + ("..." if len(data) > 40 else ""))


def _has_controls(line: bytes) -> bool:
    """Control bytes other than tab, CR and LF: binary data, not a text line."""
    return any((byte < 32 and byte not in b"\t\r\n") or byte == 127 for byte in line)


def _printable_ascii(text: bytes) -> bool:
    return all(32 <= byte <= 126 for byte in text)


def parse_version_line(line: bytes, preamble: tuple[str, ...] = ()) -> Banner:
    """Split a version line (CR LF optional); ProbeFailure when it is not SSH-2."""
    if len(line) > MAX_VERSION_LINE:
        raise ProbeFailure(f"not SSH: version line longer than {MAX_VERSION_LINE} bytes")
    raw = line.removesuffix(b"\n").removesuffix(b"\r")
    if not raw.startswith(b"SSH-") or not _printable_ascii(raw):
        raise ProbeFailure(f"not SSH: malformed version line {_shown(raw)}")
    protocol, dash, rest = raw[4:].decode("ascii").partition("-")
    if not dash:
        raise ProbeFailure(f"not SSH: malformed version line {_shown(raw)}")
    if protocol not in SSH2_PROTOCOLS:
        raise ProbeFailure(f"not SSH-2: the server speaks SSH-{protocol[:20]} only")
    software, _, comments = rest.partition(" ")
    return Banner(raw.decode("ascii"), protocol, software, comments, preamble)


class BannerScanner:
    """Takes the server's bytes until its version line; bounds lines and bytes sent before it."""

    def __init__(self, limits: ProbeLimits) -> None:
        self._limits = limits
        self._pending = b""
        self._preamble: list[str] = []
        self._before = 0  # bytes of complete lines before the version line

    def feed(self, data: bytes) -> tuple[Banner, bytes] | None:
        """(banner, bytes after its line) once the version line is complete, else None."""
        self._pending += data
        while (end := self._pending.find(b"\n")) >= 0:
            line, self._pending = self._pending[: end + 1], self._pending[end + 1 :]
            if line.startswith(b"SSH-"):
                return parse_version_line(line, tuple(self._preamble)), self._pending
            self._take_preamble_line(line)
        self._check_partial()
        return None

    def _take_preamble_line(self, line: bytes) -> None:
        if _has_controls(line):
            raise ProbeFailure(f"not SSH: binary data before the version line {_shown(line)}")
        if not self._preamble and line.startswith(b"HTTP/"):
            raise ProbeFailure(f"not SSH: the server answered HTTP {_shown(line.rstrip())}")
        self._preamble.append(line.rstrip(b"\r\n").decode("utf-8", "replace"))  # RFC 4253 4.2: UTF-8
        self._before += len(line)
        if len(self._preamble) > self._limits.max_banner_lines:
            raise ProbeFailure(
                f"banner flood: more than {self._limits.max_banner_lines} lines before the version line"
            )
        self._check_partial()

    def _check_partial(self) -> None:
        """Bounds on the unfinished line: 255 bytes for a version line, the banner bytes for any other."""
        if self._pending.startswith(b"SSH-"):
            if len(self._pending) > MAX_VERSION_LINE:
                raise ProbeFailure(f"not SSH: version line longer than {MAX_VERSION_LINE} bytes")
        elif self._before + len(self._pending) > self._limits.max_banner_bytes:
            raise ProbeFailure(
                f"banner flood: more than {self._limits.max_banner_bytes} bytes before the version line"
            )

    def closed(self) -> ProbeFailure:
        """The failure to raise when the peer closes before its version line."""
        if self._pending.startswith(b"SSH-"):
            return ProbeFailure(f"closed after {len(self._pending)} bytes of the version line")
        if _has_controls(self._pending):
            return ProbeFailure(f"not SSH: binary data, then closed {_shown(self._pending)}")
        if self._pending or self._preamble:
            first = self._preamble[0].encode() if self._preamble else self._pending
            return ProbeFailure(f"not SSH: closed without a version line after {_shown(first)}")
        return ProbeFailure("closed before the SSH version line (no data)")


def packet_lengths(header: bytes, limits: ProbeLimits) -> tuple[int, int]:
    """(packet_length, padding_length) from the first 5 bytes of an unencrypted packet (RFC 4253 6)."""
    packet_length = int.from_bytes(header[:4], "big")
    padding_length = header[4]
    if packet_length > limits.max_ssh_packet:
        raise ProbeFailure(f"oversized packet: packet_length {packet_length} > {limits.max_ssh_packet}")
    if packet_length - padding_length - 1 < 1:
        raise ProbeFailure(
            f"malformed packet: packet_length {packet_length} with padding_length {padding_length}"
            " leaves no payload"
        )
    return packet_length, padding_length


def packet_payload(packet_length: int, padding_length: int, body: bytes) -> bytes:
    """The payload inside the `packet_length - 1` bytes that follow the 5-byte header."""
    return body[: packet_length - padding_length - 1]


def server_packet(payload: bytes) -> KexInit | None:
    """The KEXINIT in a packet sent before it; None for IGNORE and DEBUG, ProbeFailure for anything else."""
    kind = payload[0]
    if kind == MSG_KEXINIT:
        return parse_kexinit(payload)
    if kind in (MSG_IGNORE, MSG_DEBUG):
        return None
    if kind == MSG_DISCONNECT:
        raise ProbeFailure(f"server disconnected: {_disconnect_text(payload)}")
    raise ProbeFailure(f"protocol violation: message {kind} where KEXINIT ({MSG_KEXINIT}) was due")


def _disconnect_text(payload: bytes) -> str:
    reader = WireReader(payload[1:], "SSH_MSG_DISCONNECT")
    try:
        code = reader.uint32()
        description = reader.string()
    except DetectorError:
        return "(malformed SSH_MSG_DISCONNECT)"
    return f"reason {code} {_shown(description)}"


def _name_list(reader: WireReader, field: str) -> tuple[str, ...]:
    """One name-list (RFC 4251 section 5), each name checked against RFC 4251 section 6."""
    raw = reader.string()
    if not raw:
        return ()
    names = raw.split(b",")
    for name in names:
        if not 0 < len(name) <= MAX_NAME or not _printable_ascii(name) or b" " in name:
            raise ProbeFailure(f"malformed KEXINIT: bad name {_shown(name)} in the {field} list")
    return tuple(name.decode("ascii") for name in names)


def parse_kexinit(payload: bytes) -> KexInit:
    """Parse SSH_MSG_KEXINIT; the kex list keeps real key exchanges only, in order."""
    if not payload or payload[0] != MSG_KEXINIT:
        raise ProbeFailure("protocol violation: not a KEXINIT message")
    reader = WireReader(payload[1:], "SSH KEXINIT")
    try:
        cookie = reader.take(16)
        lists = [_name_list(reader, field) for field in _KEXINIT_LISTS]
        follows = reader.take(1)[0] != 0
        reader.uint32()  # reserved
    except DetectorError as error:
        raise ProbeFailure(f"malformed KEXINIT: {error}") from None
    kex, host_keys, cipher_cs, cipher_sc, mac_cs, mac_sc, comp_cs, comp_sc, lang_cs, lang_sc = lists
    return KexInit(
        cookie=cookie,
        kex=tuple(name for name in kex if name not in NOT_KEX),
        markers=tuple(name for name in kex if name in NOT_KEX),
        host_key_algorithms=host_keys,
        ciphers_client_to_server=cipher_cs,
        ciphers_server_to_client=cipher_sc,
        macs_client_to_server=mac_cs,
        macs_server_to_client=mac_sc,
        compression_client_to_server=comp_cs,
        compression_server_to_client=comp_sc,
        languages_client_to_server=lang_cs,
        languages_server_to_client=lang_sc,
        first_kex_packet_follows=follows,
    )


def merged(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    """Both lists in order, each name once."""
    return tuple(dict.fromkeys(first + second))


def host_key_facts(blob: bytes) -> tuple[str, int | None, bytes]:
    """(key type, size in bits or None when unknown, blob) of a public host key in wire format."""
    try:
        key = parse_blob(blob)
    except DetectorError as error:
        raise ProbeFailure(f"unreadable host key: {error}") from None
    return key.key_type, key.size, blob
