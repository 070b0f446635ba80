"""Cipher suite names and OpenSSL cipher strings, decomposed into the algorithms they enable.

The cipher-string expectations were checked against `openssl ciphers '<string>:@SECLEVEL=0'` of OpenSSL 3.0.19
(the suite table's source) when the table was written."""

from __future__ import annotations

import pytest
from tests.config_tools import OPENSSL_HIGH

from qready.knowledge import default_catalog
from qready.knowledge.ciphersuites import (
    cipher_string,
    enabled_suites,
    openssl_suites,
    parse_suite,
    suite_algorithms,
)

CATALOG = default_catalog()


def _names(name: str) -> list[str] | None:
    found = suite_algorithms(CATALOG, name)
    return None if found is None else [a.name for a in found]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", ["ECDH", "RSA", "AES-128-GCM"]),
        ("TLS_AES_256_GCM_SHA384", ["AES-256-GCM"]),
        ("TLS_CHACHA20_POLY1305_SHA256", ["ChaCha20-Poly1305"]),
        ("TLS_AES_128_CCM_8_SHA256", ["AES-128-CCM"]),
        ("ECDHE-RSA-AES128-GCM-SHA256", ["ECDH", "RSA", "AES-128-GCM"]),
        ("ECDHE-ECDSA-AES256-SHA384", ["ECDH", "ECDSA", "AES-256-CBC"]),
        ("DHE-RSA-DES-CBC3-SHA", ["FFDH", "RSA", "3DES-168-CBC", "HMAC-SHA-1"]),
        ("EDH-DSS-DES-CBC3-SHA", ["FFDH", "DSA", "3DES-168-CBC", "HMAC-SHA-1"]),
        ("AES128-SHA", ["RSA-PKCS1-1.5", "AES-128-CBC", "HMAC-SHA-1"]),
        ("RC4-MD5", ["RSA-PKCS1-1.5", "RC4", "HMAC-MD5"]),
        ("TLS_RSA_WITH_3DES_EDE_CBC_SHA", ["RSA-PKCS1-1.5", "3DES-168-CBC", "HMAC-SHA-1"]),
        ("SSL_RSA_WITH_RC4_128_MD5", ["RSA-PKCS1-1.5", "RC4", "HMAC-MD5"]),
        ("TLS_DH_anon_WITH_AES_128_CBC_SHA", ["FFDH", "AES-128-CBC", "HMAC-SHA-1"]),
        ("ADH-AES256-GCM-SHA384", ["FFDH", "AES-256-GCM"]),
        ("ECDHE-ARIA128-GCM-SHA256", ["ECDH", "RSA", "ARIA-128"]),  # OpenSSL's name for ECDHE_RSA ARIA
        ("TLS_ECDHE_RSA_AES_128_GCM_SHA256", ["ECDH", "RSA", "AES-128-GCM"]),  # GnuTLS spelling
        ("PSK-AES128-GCM-SHA256", ["AES-128-GCM"]),
        ("RSA-PSK-AES256-GCM-SHA384", ["RSA-PKCS1-1.5", "AES-256-GCM"]),
        ("ECDHE-PSK-CHACHA20-POLY1305", ["ECDH", "ChaCha20-Poly1305"]),
        ("SRP-RSA-AES-128-CBC-SHA", ["RSA", "AES-128-CBC", "HMAC-SHA-1"]),
        ("NULL-SHA256", ["RSA-PKCS1-1.5"]),
        ("CAMELLIA256-SHA", ["RSA-PKCS1-1.5", "Camellia-256-CBC", "HMAC-SHA-1"]),
    ],
)
def test_suite_algorithms(name: str, expected: list[str]) -> None:
    assert _names(name) == expected


@pytest.mark.parametrize(
    "word",
    ["HIGH", "AES128", "RC4", "aNULL", "ECDHE", "TLS_EMPTY_RENEGOTIATION_INFO_SCSV", "", "x" * 200, "AESGCM"],
)
def test_not_a_suite(word: str) -> None:
    assert suite_algorithms(CATALOG, word) is None


def test_suite_attributes() -> None:
    suite = parse_suite("ECDHE-ECDSA-AES128-CCM8")
    assert suite is not None
    assert (suite.kx, suite.au, suite.cipher.enc, suite.cipher.bits, suite.mac, suite.version) == (
        "ECDHE",
        "ECDSA",
        "AESCCM8",
        128,
        "AEAD",
        "TLSv1.2",
    )
    assert parse_suite("ECDHE-RSA-AES256-SHA").version == "TLSv1"  # type: ignore[union-attr]
    assert parse_suite("DHE-RSA-AES256-SHA").version == "SSLv3"  # type: ignore[union-attr]


def test_table_loads_every_row() -> None:
    eras = [suite.era for suite in openssl_suites()]
    assert (eras.count("openssl-3-0"), eras.count("openssl-1-1-1"), eras.count("openssl-1-0-2")) == (
        155,
        15,
        11,
    )


def _string(value: str) -> tuple[list[str], list[str]]:
    algorithms, unknown = cipher_string(CATALOG, value)
    return [a.name for a in algorithms], unknown


def _suites(value: str) -> set[str]:
    return {suite.name for suite in enabled_suites(value)[0]}


def test_ecdhe_aesgcm() -> None:
    assert _suites("ECDHE+AESGCM:!RC4") == {
        "ECDHE-ECDSA-AES128-GCM-SHA256",
        "ECDHE-ECDSA-AES256-GCM-SHA384",
        "ECDHE-RSA-AES128-GCM-SHA256",
        "ECDHE-RSA-AES256-GCM-SHA384",
    }
    assert _string("ECDHE+AESGCM:!RC4") == (["AES-128-GCM", "AES-256-GCM", "ECDH", "ECDSA", "RSA"], [])


def test_high_without_anonymous_and_md5() -> None:
    names, unknown = _string("HIGH:!aNULL:!MD5")
    assert names == list(OPENSSL_HIGH)
    assert unknown == []
    assert not any(s.au == "NULL" for s in enabled_suites("HIGH:!aNULL:!MD5")[0])


def test_keyword_combination_includes_older_builds_suites() -> None:
    # kEECDH+aRSA with no exclusions: on OpenSSL 1.0.2/1.1.1 builds this also enables 3DES and RC4
    assert _suites("kEECDH+aRSA") >= {
        "ECDHE-RSA-DES-CBC3-SHA",
        "ECDHE-RSA-RC4-SHA",
        "ECDHE-ARIA128-GCM-SHA256",
    }
    assert "3DES-168-CBC" in _string("kEECDH+aRSA")[0]
    assert "3DES-168-CBC" not in _string("kEECDH+aRSA:!3DES")[0]


def test_default_is_openssl_3_default_list() -> None:
    suites = _suites("DEFAULT")
    assert len(suites) == 57
    assert "ADH-AES128-SHA" not in suites and "AES128-CCM" not in suites and "DES-CBC3-SHA" not in suites
    assert _string("DEFAULT:!kRSA:!SHA1")[0] == [
        "AES-128-CBC",
        "AES-128-GCM",
        "AES-256-CBC",
        "AES-256-GCM",
        "ChaCha20-Poly1305",
        "ECDH",
        "ECDSA",
        "FFDH",
        "RSA",
        "RSA-PKCS1-1.5",  # kRSA is plain RSA key transport: the RSA-PSK suites stay
    ]
    assert "RSA-PSK-AES128-GCM-SHA256" in _suites("DEFAULT:!kRSA")
    # a leading DEFAULT kills COMPLEMENTOFDEFAULT for good, as ssl_ciph.c does
    assert not any(name.startswith("ADH") for name in _suites("DEFAULT:ADH"))


def test_minus_may_come_back_bang_never() -> None:
    assert "DHE-RSA-AES128-SHA" in _suites("ALL:-DHE:DHE-RSA-AES128-SHA")
    assert "DHE-RSA-AES128-SHA" not in _suites("ALL:!DHE:DHE-RSA-AES128-SHA")


def test_security_level() -> None:
    level3 = _suites("HIGH:!aNULL:@SECLEVEL=3")
    assert "AES128-GCM-SHA256" not in level3  # no forward secrecy
    assert "ECDHE-RSA-AES128-GCM-SHA256" in level3
    level4 = _suites("DEFAULT@SECLEVEL=4")  # `@` starts a new item without a colon
    assert "ECDHE-RSA-AES128-GCM-SHA256" not in level4 and "ECDHE-RSA-AES256-GCM-SHA384" in level4
    assert "ECDHE-RSA-AES256-SHA" not in level4  # SHA-1 MAC


def test_explicit_names_and_unknown_words() -> None:
    names, unknown = _string(
        "'ECDHE-RSA-AES256-GCM-SHA384:TLS_RSA_WITH_AES_128_CBC_SHA:PROFILE=SYSTEM:bogus'"
    )
    assert names == ["AES-128-CBC", "AES-256-GCM", "ECDH", "HMAC-SHA-1", "RSA", "RSA-PKCS1-1.5"]
    assert unknown == ["PROFILE=SYSTEM", "bogus"]


def test_only_a_security_level_enables_nothing() -> None:
    assert _string("@SECLEVEL=2") == ([], [])
    assert _string("") == ([], [])
