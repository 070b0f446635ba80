"""ClientHello builders (pure): TLS 1.3-only capability hellos, browser-like preference hellos with real key
shares, and TLS 1.0-1.2 hellos for version and cipher-suite probes (PROBES.md 2.1, 2.2).

Every builder returns one complete TLS record (type 22). Randomness comes from `entropy` (os.urandom unless a
test passes a fixed one), so a hello is reproducible byte for byte.
"""

from __future__ import annotations

import ipaddress
import os
import struct
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, mlkem, x448, x25519

Entropy = Callable[[int], bytes]

# TLS versions (RFC 8446 4.1.2, 4.2.1): legacy_version and supported_versions values.
TLS10, TLS11, TLS12, TLS13 = 0x0301, 0x0302, 0x0303, 0x0304
VERSION_NAMES = {TLS10: "TLSv1.0", TLS11: "TLSv1.1", TLS12: "TLSv1.2", TLS13: "TLSv1.3"}

# Extension types (IANA TLS ExtensionType Values registry; RFC 6066, RFC 8422, RFC 8446, RFC 5746).
EXT_SERVER_NAME = 0x0000
EXT_SUPPORTED_GROUPS = 0x000A
EXT_EC_POINT_FORMATS = 0x000B
EXT_SIGNATURE_ALGORITHMS = 0x000D
EXT_SUPPORTED_VERSIONS = 0x002B
EXT_PSK_KEY_EXCHANGE_MODES = 0x002D
EXT_KEY_SHARE = 0x0033
EXT_RENEGOTIATION_INFO = 0xFF01

# NamedGroup code points. Sources: RFC 8446 4.2.7 (secp*, x25519, x448, ffdhe*), RFC 8734 (brainpool*tls13),
# draft-ietf-tls-ecdhe-mlkem (0x11EB, 0x11EC, 0x11ED), draft-ietf-tls-mlkem (0x0200-0x0202),
# draft-tls-westerbaan-xyber768d00 (0x6399, obsolete); all in the IANA TLS Supported Groups registry
# (https://www.iana.org/assignments/tls-parameters/tls-parameters.xhtml#tls-parameters-8).
SECP256R1, SECP384R1, SECP521R1, X25519, X448 = 0x0017, 0x0018, 0x0019, 0x001D, 0x001E
BRAINPOOLP256R1TLS13, BRAINPOOLP384R1TLS13, BRAINPOOLP512R1TLS13 = 0x001F, 0x0020, 0x0021
FFDHE2048, FFDHE3072, FFDHE4096, FFDHE6144, FFDHE8192 = 0x0100, 0x0101, 0x0102, 0x0103, 0x0104
MLKEM512, MLKEM768, MLKEM1024 = 0x0200, 0x0201, 0x0202
SECP256R1MLKEM768, X25519MLKEM768, SECP384R1MLKEM1024 = 0x11EB, 0x11EC, 0x11ED
X25519KYBER768DRAFT00 = 0x6399


@dataclass(frozen=True)
class GroupSpec:
    """A group's IANA name and key_exchange sizes in bytes (client share, server share; PROBES.md 1.1)."""

    name: str
    client_share: int
    server_share: int


GROUPS: dict[int, GroupSpec] = {
    SECP256R1: GroupSpec("secp256r1", 65, 65),  # X9.62 uncompressed points (RFC 8446 4.2.8.2)
    SECP384R1: GroupSpec("secp384r1", 97, 97),
    SECP521R1: GroupSpec("secp521r1", 133, 133),
    X25519: GroupSpec("x25519", 32, 32),  # RFC 7748
    X448: GroupSpec("x448", 56, 56),
    BRAINPOOLP256R1TLS13: GroupSpec("brainpoolP256r1tls13", 65, 65),
    BRAINPOOLP384R1TLS13: GroupSpec("brainpoolP384r1tls13", 97, 97),
    BRAINPOOLP512R1TLS13: GroupSpec("brainpoolP512r1tls13", 129, 129),
    FFDHE2048: GroupSpec("ffdhe2048", 256, 256),  # padded to the prime's length (RFC 8446 4.2.8.1)
    FFDHE3072: GroupSpec("ffdhe3072", 384, 384),
    FFDHE4096: GroupSpec("ffdhe4096", 512, 512),
    FFDHE6144: GroupSpec("ffdhe6144", 768, 768),
    FFDHE8192: GroupSpec("ffdhe8192", 1024, 1024),
    MLKEM512: GroupSpec("MLKEM512", 800, 768),  # FIPS 203 ek / ciphertext sizes
    MLKEM768: GroupSpec("MLKEM768", 1184, 1088),
    MLKEM1024: GroupSpec("MLKEM1024", 1568, 1568),
    SECP256R1MLKEM768: GroupSpec("SecP256r1MLKEM768", 1249, 1153),  # P-256 point first
    X25519MLKEM768: GroupSpec("X25519MLKEM768", 1216, 1120),  # ML-KEM first
    SECP384R1MLKEM1024: GroupSpec("SecP384r1MLKEM1024", 1665, 1665),  # P-384 point first
    X25519KYBER768DRAFT00: GroupSpec("X25519Kyber768Draft00", 1216, 1120),  # X25519 first
}
PQ_GROUPS = (X25519MLKEM768, SECP256R1MLKEM768, SECP384R1MLKEM1024, MLKEM512, MLKEM768, MLKEM1024)
CAPABILITY_GROUPS = (
    *PQ_GROUPS,
    X25519KYBER768DRAFT00,
    X25519,
    X448,
    SECP256R1,
    SECP384R1,
    SECP521R1,
    FFDHE2048,
    FFDHE3072,
    FFDHE4096,
    FFDHE6144,
    FFDHE8192,
    BRAINPOOLP256R1TLS13,
    BRAINPOOLP384R1TLS13,
    BRAINPOOLP512R1TLS13,
)
BROWSER_GROUPS = (X25519MLKEM768, X25519, SECP256R1, SECP384R1)  # Chrome's order since 2024
LEGACY_GROUPS = (X25519, SECP256R1, SECP384R1, SECP521R1, X448, FFDHE2048, FFDHE3072, FFDHE4096)

# SignatureScheme code points: RFC 8446 4.2.3 (ECDSA, RSA-PSS-RSAE, EdDSA, RSA-PKCS1, legacy SHA-1) and
# draft-ietf-tls-mldsa (ML-DSA-44/65/87 0x0904-0x0906), IANA TLS SignatureScheme registry.
ML_DSA_SCHEMES = (0x0904, 0x0905, 0x0906)
CLASSICAL_SCHEMES = (0x0403, 0x0503, 0x0603, 0x0804, 0x0805, 0x0806, 0x0807, 0x0808, 0x0401, 0x0501, 0x0601)
SIGNATURE_SCHEMES = (*CLASSICAL_SCHEMES, *ML_DSA_SCHEMES)
LEGACY_SCHEMES = (*CLASSICAL_SCHEMES, 0x0201, 0x0203)  # TLS 1.2 also signs with SHA-1 (RFC 5246 7.4.1.4.1)

TLS13_SUITES = (0x1301, 0x1302, 0x1303)  # the three every TLS 1.3 stack enables (RFC 8446 9.1, B.4)
PSK_DHE_KE = 1  # RFC 8446 4.2.9


def _v8(data: bytes) -> bytes:
    return bytes([len(data)]) + data


def _v16(data: bytes) -> bytes:
    return struct.pack("!H", len(data)) + data


def _u16s(values: Iterable[int]) -> bytes:
    return b"".join(struct.pack("!H", value) for value in values)


def _ext(kind: int, body: bytes) -> bytes:
    return struct.pack("!H", kind) + _v16(body)


def sni_name(host: str | None) -> str | None:
    """The host as a server_name, or None for IP literals (RFC 6066 3 forbids them) and empty names."""
    if not host:
        return None
    name = host.strip("[]").rstrip(".")
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return name.encode("idna").decode("ascii").lower() if name else None
    return None


def _sni_extension(host: str | None) -> list[bytes]:
    name = sni_name(host)
    return [] if name is None else [_ext(EXT_SERVER_NAME, _v16(b"\x00" + _v16(name.encode("ascii"))))]


def _record(
    legacy_version: int, suites: Sequence[int], extensions: list[bytes], session_id: bytes, random: bytes
) -> bytes:
    body = (
        struct.pack("!H", legacy_version)
        + random
        + _v8(session_id)
        + _v16(_u16s(suites))
        + b"\x01\x00"  # one compression method: null
        + _v16(b"".join(extensions))
    )
    handshake = b"\x01" + len(body).to_bytes(3, "big") + body
    return b"\x16\x03\x01" + _v16(handshake)


def tls13_hello(
    groups: Sequence[int],
    shares: Sequence[tuple[int, bytes]] = (),
    *,
    sni: str | None = None,
    sigalgs: Sequence[int] = SIGNATURE_SCHEMES,
    suites: Sequence[int] = TLS13_SUITES,
    entropy: Entropy = os.urandom,
) -> bytes:
    """A TLS 1.3-only ClientHello. `shares` are (group, key_exchange) pairs, each group also in `groups`;
    none asks for a HelloRetryRequest. Pass CLASSICAL_SCHEMES as `sigalgs` to leave ML-DSA out."""
    if any(group not in groups for group, _ in shares):
        raise ValueError("every key share's group must be in supported_groups")
    key_shares = b"".join(_u16s([group]) + _v16(key) for group, key in shares)
    extensions = [
        *_sni_extension(sni),
        _ext(EXT_SUPPORTED_GROUPS, _v16(_u16s(groups))),
        _ext(EXT_SIGNATURE_ALGORITHMS, _v16(_u16s(sigalgs))),
        _ext(EXT_SUPPORTED_VERSIONS, _v8(_u16s([TLS13]))),
        _ext(EXT_PSK_KEY_EXCHANGE_MODES, _v8(bytes([PSK_DHE_KE]))),
        _ext(EXT_KEY_SHARE, _v16(key_shares)),
    ]
    random = entropy(32)
    return _record(TLS12, suites, extensions, entropy(32), random)


def legacy_hello(
    version: int,
    suites: Sequence[int],
    *,
    sni: str | None = None,
    groups: Sequence[int] = LEGACY_GROUPS,
    sigalgs: Sequence[int] = LEGACY_SCHEMES,
    entropy: Entropy = os.urandom,
) -> bytes:
    """A TLS 1.0, 1.1 or 1.2 ClientHello: legacy_version = `version`, no supported_versions, the given suites,
    and supported_groups, ec_point_formats and signature_algorithms so ECDHE suites can be chosen."""
    if version not in (TLS10, TLS11, TLS12):
        raise ValueError(f"legacy_hello: {version:#06x} is not TLS 1.0, 1.1 or 1.2")
    extensions = [
        *_sni_extension(sni),
        _ext(EXT_SUPPORTED_GROUPS, _v16(_u16s(groups))),
        _ext(EXT_EC_POINT_FORMATS, _v8(b"\x00")),  # uncompressed (RFC 8422 5.1.2)
        _ext(EXT_SIGNATURE_ALGORITHMS, _v16(_u16s(sigalgs))),
        _ext(EXT_RENEGOTIATION_INFO, _v8(b"")),  # an initial handshake (RFC 5746 3.4)
    ]
    return _record(version, suites, extensions, b"", entropy(32))


def _ec_point(curve: ec.EllipticCurve) -> bytes:
    public = ec.generate_private_key(curve).public_key()
    return public.public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)


def _mlkem768() -> bytes:
    return mlkem.MLKEM768PrivateKey.generate().public_key().public_bytes_raw()


def _mlkem1024() -> bytes:
    return mlkem.MLKEM1024PrivateKey.generate().public_key().public_bytes_raw()


def _x25519() -> bytes:
    return x25519.X25519PrivateKey.generate().public_key().public_bytes_raw()


def _mlkem512(entropy: Entropy) -> bytes:
    # cryptography has no ML-KEM-512: an all-zero t-hat with a random rho is a well-formed ek that passes the
    # FIPS 203 7.2 modulus check (PROBES.md 2.2 fallback); the probe never decapsulates.
    return bytes(768) + entropy(32)


_SHARE_MAKERS: dict[int, Callable[[Entropy], bytes]] = {
    X25519: lambda _: _x25519(),
    X448: lambda _: x448.X448PrivateKey.generate().public_key().public_bytes_raw(),
    SECP256R1: lambda _: _ec_point(ec.SECP256R1()),
    SECP384R1: lambda _: _ec_point(ec.SECP384R1()),
    SECP521R1: lambda _: _ec_point(ec.SECP521R1()),
    BRAINPOOLP256R1TLS13: lambda _: _ec_point(ec.BrainpoolP256R1()),
    BRAINPOOLP384R1TLS13: lambda _: _ec_point(ec.BrainpoolP384R1()),
    BRAINPOOLP512R1TLS13: lambda _: _ec_point(ec.BrainpoolP512R1()),
    MLKEM512: _mlkem512,
    MLKEM768: lambda _: _mlkem768(),
    MLKEM1024: lambda _: _mlkem1024(),
    X25519MLKEM768: lambda _: _mlkem768() + _x25519(),  # draft-ietf-tls-ecdhe-mlkem: ML-KEM first
    SECP256R1MLKEM768: lambda _: _ec_point(ec.SECP256R1()) + _mlkem768(),  # point first
    SECP384R1MLKEM1024: lambda _: _ec_point(ec.SECP384R1()) + _mlkem1024(),  # point first
    X25519KYBER768DRAFT00: lambda _: (
        _x25519() + _mlkem768()
    ),  # X25519 first (draft-tls-westerbaan-xyber768d00)
}


def key_share(group: int, entropy: Entropy = os.urandom) -> bytes:
    """A valid client key_exchange for `group` (fresh key pair, private half discarded): the probe only reads
    the server's choice. Raises ValueError for groups without a builder (ffdhe*)."""
    maker = _SHARE_MAKERS.get(group)
    if maker is None:
        raise ValueError(f"no key share builder for group {group:#06x}")
    return maker(entropy)


def preference_hello(
    groups: Sequence[int] = BROWSER_GROUPS,
    share_groups: Sequence[int] = (X25519MLKEM768, X25519),
    *,
    sni: str | None = None,
    sigalgs: Sequence[int] = SIGNATURE_SCHEMES,
    entropy: Entropy = os.urandom,
) -> bytes:
    """A browser-like TLS 1.3 hello with real key shares for `share_groups` (the advertise-only variant gives
    just (X25519,)), so the server can answer with a ServerHello rather than a HelloRetryRequest."""
    shares = [(group, key_share(group, entropy)) for group in share_groups]
    return tls13_hello(groups, shares, sni=sni, sigalgs=sigalgs, entropy=entropy)


def group_name(group: int) -> str:
    """The IANA name of a group, or 0xNNNN when this table does not know it."""
    spec = GROUPS.get(group)
    return spec.name if spec else f"0x{group:04X}"
