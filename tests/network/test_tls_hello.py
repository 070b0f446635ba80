"""ClientHello builders: exact bytes, fields parsed back, key share layouts, SNI (PROBES.md 2.1, 2.2)."""

from __future__ import annotations

import struct

import pytest
from cryptography.hazmat.primitives.asymmetric import ec, mlkem, x448, x25519

from qready.detectors.network.tls_hello import (
    CLASSICAL_SCHEMES,
    GROUPS,
    ML_DSA_SCHEMES,
    SIGNATURE_SCHEMES,
    key_share,
    legacy_hello,
    preference_hello,
    sni_name,
    tls13_hello,
)
from qready.detectors.network.tls_records import ClientHello, parse_client_hello
from qready.knowledge import default_catalog


def counting(count: int) -> bytes:
    """Deterministic entropy: 00 01 02 ..."""
    return bytes(range(count))


def parsed(record: bytes) -> ClientHello:
    assert record[:3] == b"\x16\x03\x01"
    assert int.from_bytes(record[3:5], "big") == len(record) - 5
    assert record[5] == 1 and int.from_bytes(record[6:9], "big") == len(record) - 9
    return parse_client_hello(record[9:])


def u16s(data: bytes, skip: int) -> list[int]:
    body = data[skip:]
    return list(struct.unpack(f"!{len(body) // 2}H", body))


def key_shares(hello: ClientHello) -> list[tuple[int, int]]:
    """(group, key_exchange length) of each key_share entry."""
    body, found = hello.extensions[0x0033][2:], []
    while body:
        group, length = struct.unpack("!HH", body[:4])
        found.append((group, length))
        body = body[4 + length :]
    return found


def test_capability_hello_bytes_are_exact() -> None:
    expected = "".join(
        [
            "16030100a4",  # handshake record, 164 bytes
            "010000a0",  # ClientHello, 160 bytes
            "0303",  # legacy_version TLS 1.2
            counting(32).hex(),  # random
            "20" + counting(32).hex(),  # session_id
            "0006130113021303",  # cipher suites
            "0100",  # null compression
            "0051",  # 81 bytes of extensions
            "00000010000e00000b6578616d706c652e636f6d",  # server_name example.com
            "000a0004000211ec",  # supported_groups X25519MLKEM768
            "000d001e001c",  # signature_algorithms: 14 schemes, ML-DSA last
            "0403050306030804080508060807080804010501060109040905 0906",
            "002b0003020304",  # supported_versions TLS 1.3
            "002d00020101",  # psk_key_exchange_modes psk_dhe_ke
            "003300020000",  # empty key_share
        ]
    ).replace(" ", "")
    assert tls13_hello([0x11EC], sni="example.com", entropy=counting).hex() == expected


def test_capability_hello_fields_parse_back() -> None:
    hello = parsed(tls13_hello([0x0017, 0x001D], sni="mail.example.org", entropy=counting))
    assert (hello.legacy_version, hello.random, hello.session_id) == (0x0303, counting(32), counting(32))
    assert hello.cipher_suites == (0x1301, 0x1302, 0x1303)
    assert list(hello.extensions) == [0x0000, 0x000A, 0x000D, 0x002B, 0x002D, 0x0033]
    assert hello.extensions[0x0000] == b"\x00\x13\x00\x00\x10mail.example.org"
    assert u16s(hello.extensions[0x000A], 2) == [0x0017, 0x001D]
    assert u16s(hello.extensions[0x000D], 2) == list(SIGNATURE_SCHEMES)
    assert hello.extensions[0x002B] == b"\x02\x03\x04"
    assert hello.extensions[0x0033] == b"\x00\x00"


def test_signature_schemes_include_mldsa_unless_left_out() -> None:
    assert ML_DSA_SCHEMES == (0x0904, 0x0905, 0x0906)
    assert set(ML_DSA_SCHEMES) <= set(u16s(parsed(tls13_hello([0x001D])).extensions[0x000D], 2))
    without = u16s(parsed(tls13_hello([0x001D], sigalgs=CLASSICAL_SCHEMES)).extensions[0x000D], 2)
    assert without == [0x0403, 0x0503, 0x0603, 0x0804, 0x0805, 0x0806, 0x0807, 0x0808, 0x0401, 0x0501, 0x0601]


@pytest.mark.parametrize(
    ("host", "name"),
    [
        ("example.com", "example.com"),
        ("Example.COM.", "example.com"),
        ("bücher.example", "xn--bcher-kva.example"),
        ("127.0.0.1", None),
        ("::1", None),
        ("[2001:db8::1]", None),
        ("", None),
        (None, None),
    ],
)
def test_sni_only_for_dns_names(host: str | None, name: str | None) -> None:
    assert sni_name(host) == name
    extensions = parsed(tls13_hello([0x001D], sni=host)).extensions
    assert (0x0000 in extensions) is (name is not None)


def test_a_share_for_a_group_not_offered_is_refused() -> None:
    with pytest.raises(ValueError, match="must be in supported_groups"):
        tls13_hello([0x001D], [(0x0017, bytes(65))])


def test_explicit_shares_are_encoded_in_order() -> None:
    hello = parsed(tls13_hello([0x001D, 0x0017], [(0x001D, b"\x01" * 32), (0x0017, b"\x04" + bytes(64))]))
    assert hello.extensions[0x0033] == (
        b"\x00\x69" + b"\x00\x1d\x00\x20" + b"\x01" * 32 + b"\x00\x17\x00\x41\x04" + bytes(64)
    )


@pytest.mark.parametrize("group", sorted(g for g in GROUPS if not 0x0100 <= g <= 0x0104))
def test_key_share_has_the_client_share_size(group: int) -> None:
    assert len(key_share(group)) == GROUPS[group].client_share


def test_hybrid_shares_put_the_components_in_each_drafts_order() -> None:
    """cryptography refuses an ML-KEM key that fails the FIPS 203 modulus check, so a component read at the
    wrong offset (random bytes to it) does not load."""
    with pytest.raises(ValueError):
        mlkem.MLKEM768PublicKey.from_public_bytes(key_share(0x6399)[:1184])  # the X25519-first group, misread
    p256, p384 = ec.SECP256R1(), ec.SECP384R1()
    share = key_share(0x11EC)  # X25519MLKEM768: ML-KEM-768 ek, then X25519
    mlkem.MLKEM768PublicKey.from_public_bytes(share[:1184])
    x25519.X25519PublicKey.from_public_bytes(share[1184:])
    share = key_share(0x11EB)  # SecP256r1MLKEM768: P-256 point, then ek
    ec.EllipticCurvePublicKey.from_encoded_point(p256, share[:65])
    mlkem.MLKEM768PublicKey.from_public_bytes(share[65:])
    share = key_share(0x11ED)  # SecP384r1MLKEM1024: P-384 point, then ML-KEM-1024 ek
    ec.EllipticCurvePublicKey.from_encoded_point(p384, share[:97])
    mlkem.MLKEM1024PublicKey.from_public_bytes(share[97:])
    share = key_share(0x6399)  # X25519Kyber768Draft00: X25519 first
    x25519.X25519PublicKey.from_public_bytes(share[:32])
    mlkem.MLKEM768PublicKey.from_public_bytes(share[32:])


def test_classical_and_pure_mlkem_shares_load() -> None:
    x448.X448PublicKey.from_public_bytes(key_share(0x001E))
    ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP521R1(), key_share(0x0019))
    ec.EllipticCurvePublicKey.from_encoded_point(ec.BrainpoolP512R1(), key_share(0x0021))
    mlkem.MLKEM1024PublicKey.from_public_bytes(key_share(0x0202))
    assert key_share(0x0200, counting) == bytes(768) + counting(
        32
    )  # zero t-hat, rho: passes the modulus check


def test_no_share_builder_for_ffdhe() -> None:
    with pytest.raises(ValueError, match="no key share builder for group 0x0100"):
        key_share(0x0100)


def test_preference_hello_sends_real_shares_in_browser_order() -> None:
    hello = parsed(preference_hello(sni="example.com"))
    assert u16s(hello.extensions[0x000A], 2) == [0x11EC, 0x001D, 0x0017, 0x0018]
    assert key_shares(hello) == [(0x11EC, 1216), (0x001D, 32)]
    assert hello.extensions[0x002B] == b"\x02\x03\x04"


def test_advertise_only_hello_lists_the_hybrid_but_shares_x25519_only() -> None:
    hello = parsed(preference_hello(share_groups=(0x001D,)))
    assert u16s(hello.extensions[0x000A], 2) == [0x11EC, 0x001D, 0x0017, 0x0018]
    assert key_shares(hello) == [(0x001D, 32)]


@pytest.mark.parametrize("version", [0x0301, 0x0302, 0x0303])
def test_legacy_hello_fields(version: int) -> None:
    hello = parsed(legacy_hello(version, [0xC02F, 0x009C, 0x002F], sni="example.com", entropy=counting))
    assert (hello.legacy_version, hello.random, hello.session_id) == (version, counting(32), b"")
    assert hello.cipher_suites == (0xC02F, 0x009C, 0x002F)
    assert list(hello.extensions) == [0x0000, 0x000A, 0x000B, 0x000D, 0xFF01]  # no supported_versions
    assert u16s(hello.extensions[0x000A], 2) == [
        0x001D,
        0x0017,
        0x0018,
        0x0019,
        0x001E,
        0x0100,
        0x0101,
        0x0102,
    ]
    assert hello.extensions[0x000B] == b"\x01\x00"
    assert u16s(hello.extensions[0x000D], 2)[-2:] == [0x0201, 0x0203]
    assert hello.extensions[0xFF01] == b"\x00"


def test_legacy_hello_bytes_are_exact() -> None:
    expected = "".join(
        [
            "160301004a",  # handshake record, 74 bytes
            "01000046",  # ClientHello, 70 bytes
            "0301",  # legacy_version TLS 1.0
            counting(32).hex(),  # random
            "00",  # empty session_id
            "0002c009",  # one suite
            "0100",  # null compression
            "001b",  # 27 bytes of extensions
            "000a000400020017",  # supported_groups secp256r1
            "000b00020100",  # ec_point_formats uncompressed
            "000d0004000204 03",  # signature_algorithms ecdsa_secp256r1_sha256
            "ff01000100",  # renegotiation_info, empty
        ]
    ).replace(" ", "")
    built = legacy_hello(0x0301, [0xC009], groups=[0x0017], sigalgs=[0x0403], entropy=counting)
    assert built.hex() == expected


def test_legacy_hello_refuses_tls13() -> None:
    with pytest.raises(ValueError, match=r"0x0304 is not TLS 1\.0, 1\.1 or 1\.2"):
        legacy_hello(0x0304, [0x1301])


def test_group_code_points_and_names_match_the_catalog() -> None:
    catalog = default_catalog()
    for code, spec in GROUPS.items():
        by_code = catalog.entry(code, "tls-group")
        assert by_code is not None and by_code is catalog.entry(spec.name, "tls-group"), spec.name


def test_signature_schemes_are_the_catalogs() -> None:
    catalog = default_catalog()
    names = [entry.name for code in SIGNATURE_SCHEMES if (entry := catalog.entry(code, "tls-sigscheme"))]
    assert names == [
        "ECDSA-P-256-SHA-256",
        "ECDSA-P-384-SHA-384",
        "ECDSA-P-521-SHA-512",
        "RSA-PSS-SHA-256",
        "RSA-PSS-SHA-384",
        "RSA-PSS-SHA-512",
        "Ed25519",
        "Ed448",
        "RSA-PKCS1-1.5-SHA-256",
        "RSA-PKCS1-1.5-SHA-384",
        "RSA-PKCS1-1.5-SHA-512",
        "ML-DSA-44",
        "ML-DSA-65",
        "ML-DSA-87",
    ]
