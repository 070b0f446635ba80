"""TLS cipher suites and OpenSSL cipher strings, decomposed into the algorithms they enable.

A suite name, IANA (`TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256`, `TLS_AES_256_GCM_SHA384`, GnuTLS's
`TLS_ECDHE_RSA_AES_128_GCM_SHA256`) or OpenSSL (`ECDHE-RSA-AES128-GCM-SHA256`, `DHE-RSA-DES-CBC3-SHA`), names
its key exchange, authentication, bulk cipher and MAC. `suite_algorithms` returns those as catalog algorithms:
the key exchange (ECDH, FFDH, or RSA-PKCS1-1.5 key transport, which also authenticates), the signature that
authenticates it (RSA, ECDSA, DSA), the cipher with its key size, and the MAC only where it is weak
(HMAC-SHA-1, HMAC-MD5; the SHA-256/384 of an AEAD or TLS 1.3 suite is its PRF hash, not a separate use). A TLS
1.3 suite names only its AEAD: its key exchange is the configured groups.

An OpenSSL cipher string (`HIGH:!aNULL:!MD5`, `ECDHE+AESGCM`, `kEECDH+aRSA`, `DEFAULT:@SECLEVEL=2`) selects
suites by keyword. `cipher_string` evaluates it over the suite table in ciphersuites.toml with the keyword
meanings of the OpenSSL ciphers(1) manual (https://docs.openssl.org/3.0/man1/openssl-ciphers/, section
"CIPHER STRINGS"; `@SECLEVEL` per SSL_CTX_set_security_level(3)): words add suites, `-` removes them (they may
come back), `!` removes them for good, `+` only reorders, `A+B` is the suites matching both, and DEFAULT is
`ALL:!COMPLEMENTOFDEFAULT:!eNULL` of OpenSSL 3.0. The table holds the OpenSSL 3.0 default build's suites plus
the 3DES/SEED/IDEA (OpenSSL 1.1.1) and RC4/DES (1.0.2) suites older builds still offer, so `ALL` or `MEDIUM`
report the weak ciphers they enable on those builds; DEFAULT never includes them.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

from qready.knowledge.catalog import Catalog
from qready.model import Algorithm

MAX_ITEMS = 1024
MAX_NAME = 80
CURRENT_ERA = "openssl-3-0"


class _Cipher(NamedTuple):
    algorithm: str | None  # catalog name; None for the NULL cipher
    enc: str  # OpenSSL's encryption class (AES, AESGCM, CHACHA20, 3DES, ...)
    bits: int
    aead: bool
    strength: str  # HIGH, MEDIUM, LOW (ciphers(1)); NONE for eNULL


_MACS = {"SHA": "SHA1", "SHA1": "SHA1", "SHA256": "SHA256", "SHA384": "SHA384", "MD5": "MD5", "SM3": "SM3"}
_KX_WORDS = frozenset(
    {"ECDHE", "EECDH", "ECDH", "AECDH", "DHE", "EDH", "DH", "ADH", "RSA", "ECDSA", "DSS", "PSK", "SRP"}
    | {"ANON", "EXP", "EXP1024", "EXPORT", "EXPORT1024", "KRB5"}
)
_PSK_KX = ("PSK", "DHEPSK", "ECDHEPSK", "RSAPSK")
_ECDH = frozenset({"ECDHE", "EECDH", "ECDH", "AECDH"})
_DH = frozenset({"DHE", "EDH", "DH", "ADH"})
_EXPORT = frozenset({"EXP", "EXP1024", "EXPORT", "EXPORT1024"})
_KX_ALGORITHM = {
    "RSA": "RSA-PKCS1-1.5",
    "RSAPSK": "RSA-PKCS1-1.5",
    "DHE": "FFDH",
    "DHEPSK": "FFDH",
    "ECDHE": "ECDH",
    "ECDHEPSK": "ECDH",
}
_AU_ALGORITHM = {"RSA": "RSA", "ECDSA": "ECDSA", "DSS": "DSA"}
_WEAK_MAC = {"SHA1": "HMAC-SHA-1", "MD5": "HMAC-MD5"}


@dataclass(frozen=True)
class Suite:
    """One cipher suite in OpenSSL's terms: key exchange (RSA, DHE, ECDHE, PSK, DHEPSK, ECDHEPSK, RSAPSK, SRP,
    ANY for TLS 1.3), authentication (RSA, ECDSA, DSS, PSK, SRP, NULL, ANY), cipher, MAC (SHA1, SHA256,
    SHA384, MD5, AEAD), and the table it comes from (`era`)."""

    name: str
    kx: str
    au: str
    cipher: _Cipher
    mac: str
    era: str = ""

    @property
    def version(self) -> str:
        """The lowest protocol version OpenSSL offers the suite with (`openssl ciphers -v`)."""
        if self.mac in ("SHA1", "MD5"):
            return "TLSv1" if self.kx in ("ECDHE", "ECDHEPSK") else "SSLv3"
        return "TLSv1" if self.kx in _PSK_KX and not self.cipher.aead else "TLSv1.2"

    @property
    def security_bits(self) -> int:
        """The cipher's strength for security levels (3DES: 112 bits, SP 800-57 Part 1 Table 2)."""
        return 112 if self.cipher.enc == "3DES" else self.cipher.bits

    @property
    def algorithm_names(self) -> list[str]:
        found = [_KX_ALGORITHM.get(self.kx)]
        if self.kx not in ("RSA", "RSAPSK"):  # RSA key transport is the authentication
            found.append(_AU_ALGORITHM.get(self.au))
        found += [self.cipher.algorithm, _WEAK_MAC.get(self.mac)]
        return [name for name in found if name is not None]


@cache
def _table() -> dict[str, Any]:
    text = resources.files("qready.knowledge").joinpath("ciphersuites.toml").read_text("utf-8")
    return tomllib.loads(text)


@cache
def _ciphers() -> dict[str, _Cipher]:
    """Bulk ciphers by their spelling in suite names (ciphersuites.toml [ciphers])."""
    rows = _table()["ciphers"].items()
    return {key: _Cipher(row[0] or None, row[1], row[2], row[3], row[4]) for key, row in rows}


def _exchange(words: frozenset[str]) -> tuple[str, str]:
    """Key exchange and authentication from the words before the cipher (`ECDHE-RSA`, `DH_anon`)."""
    words = words - _EXPORT
    anon = bool(words & {"ADH", "AECDH", "ANON"})
    auth = next((a for a in ("ECDSA", "DSS", "RSA") if a in words), None)
    if "PSK" in words:
        if words & _ECDH:
            return "ECDHEPSK", "PSK"
        if words & _DH:
            return "DHEPSK", "PSK"
        return ("RSAPSK", "RSA") if "RSA" in words else ("PSK", "PSK")
    if "SRP" in words:
        return "SRP", auth or "SRP"
    if words & (_ECDH | _DH):
        # OpenSSL names ECDHE_RSA ARIA suites `ECDHE-ARIA128-GCM-SHA256`: no word means RSA
        return ("ECDHE" if words & _ECDH else "DHE"), ("NULL" if anon else auth or "RSA")
    if words <= {"RSA"}:
        return "RSA", "RSA"
    return "OTHER", "OTHER"  # KRB5, GOST, ECCPWD: nothing the catalog names


def parse_suite(name: str, era: str = "") -> Suite | None:
    """The suite a name spells, or None when it is not a cipher suite name (a keyword, a typo)."""
    text = name.strip().upper()
    if not text or len(text) > MAX_NAME:
        return None
    tls13 = text.startswith("TLS13-")  # OpenSSL 1.1.1's pre-release names (`TLS13-AES-256-GCM-SHA384`)
    iana = tls13 or text.startswith(("TLS_", "SSL_"))
    words = text[6:].split("-") if tls13 else text[4:].split("_") if iana else text.split("-")
    if iana and "WITH" in words:
        cut = words.index("WITH")
        exchange, rest = frozenset(words[:cut]), words[cut + 1 :]
        kx, au = _exchange(exchange) if exchange != {"NULL"} else ("OTHER", "NULL")
    else:
        cut = next((i for i, word in enumerate(words) if word not in _KX_WORDS), len(words))
        exchange, rest = frozenset(words[:cut]), words[cut:]
        kx, au = ("ANY", "ANY") if iana and not exchange else _exchange(exchange)
    mac = _MACS.get(rest[-1]) if len(rest) > 1 else None
    cipher = _ciphers().get("".join(rest[:-1] if mac else rest))
    if cipher is None or (mac is None and not cipher.aead and not iana):
        return None
    return Suite(name.strip(), kx, au, cipher, "AEAD" if cipher.aead else mac or "AEAD", era)


def suite_algorithms(catalog: Catalog, name: str) -> list[Algorithm] | None:
    """The algorithms one cipher suite uses (key exchange, authentication, cipher, weak MAC), or None."""
    suite = parse_suite(name)
    return None if suite is None else _algorithms(catalog, [suite])


def _algorithms(catalog: Catalog, suites: list[Suite]) -> list[Algorithm]:
    found: dict[Algorithm, None] = {}
    for suite in suites:
        for spelling in suite.algorithm_names:
            algorithm = catalog.find(spelling, "name")
            if algorithm is not None:
                found[algorithm] = None
    return list(found)


@cache
def default_suites() -> frozenset[str]:
    """The suites OpenSSL 3.0's DEFAULT cipher string selects (ciphersuites.toml [default])."""
    return frozenset(_table()["default"][CURRENT_ERA])


@cache
def openssl_suites() -> tuple[Suite, ...]:
    """The suite table cipher strings select from (ciphersuites.toml [suites]), in file order."""
    table: list[Suite] = []
    for era, spellings in _table()["suites"].items():
        for spelling in spellings:
            suite = parse_suite(spelling, era)
            if suite is None:
                raise ValueError(f"ciphersuites.toml: {spelling!r} is not a suite name")  # a data defect
            table.append(suite)
    return tuple(table)


Predicate = Callable[[Suite], bool]
_CBC = ("AES", "CAMELLIA", "ARIA", "3DES", "DES", "SEED", "IDEA", "RC2")
_NOTHING: Predicate = lambda s: False  # noqa: E731 - keywords for suites no table row has (export, static DH)


def _enc(*classes: str, bits: int | None = None) -> Predicate:
    return lambda s: s.cipher.enc in classes and (bits is None or s.cipher.bits == bits)


# ciphers(1) "CIPHER STRINGS" (OpenSSL 3.0): each keyword and the suites it stands for.
KEYWORDS: dict[str, Predicate] = {
    "ALL": lambda s: s.cipher.enc != "NULL",
    "COMPLEMENTOFALL": lambda s: s.cipher.enc == "NULL",
    "DEFAULT": lambda s: s.name in default_suites(),
    "COMPLEMENTOFDEFAULT": lambda s: s.cipher.enc != "NULL" and s.name not in default_suites(),
    "HIGH": lambda s: s.cipher.strength == "HIGH",
    "MEDIUM": lambda s: s.cipher.strength == "MEDIUM",
    "LOW": lambda s: s.cipher.strength == "LOW",
    "eNULL": lambda s: s.cipher.enc == "NULL",
    "NULL": lambda s: s.cipher.enc == "NULL",
    "aNULL": lambda s: s.au == "NULL",
    "kRSA": lambda s: s.kx == "RSA",
    "RSA": lambda s: s.kx == "RSA",
    "aRSA": lambda s: s.au == "RSA",
    "kDHE": lambda s: s.kx == "DHE",
    "kEDH": lambda s: s.kx == "DHE",
    "DH": lambda s: s.kx == "DHE",
    "DHE": lambda s: s.kx == "DHE" and s.au != "NULL",
    "EDH": lambda s: s.kx == "DHE" and s.au != "NULL",
    "ADH": lambda s: s.kx == "DHE" and s.au == "NULL",
    "kECDHE": lambda s: s.kx == "ECDHE",
    "kEECDH": lambda s: s.kx == "ECDHE",
    "ECDH": lambda s: s.kx == "ECDHE",
    "ECDHE": lambda s: s.kx == "ECDHE" and s.au != "NULL",
    "EECDH": lambda s: s.kx == "ECDHE" and s.au != "NULL",
    "AECDH": lambda s: s.kx == "ECDHE" and s.au == "NULL",
    "aECDSA": lambda s: s.au == "ECDSA",
    "ECDSA": lambda s: s.au == "ECDSA",
    "aDSS": lambda s: s.au == "DSS",
    "DSS": lambda s: s.au == "DSS",
    "PSK": lambda s: s.kx in _PSK_KX,
    "kPSK": lambda s: s.kx == "PSK",
    "kDHEPSK": lambda s: s.kx == "DHEPSK",
    "kECDHEPSK": lambda s: s.kx == "ECDHEPSK",
    "kRSAPSK": lambda s: s.kx == "RSAPSK",
    "aPSK": lambda s: s.au == "PSK",
    "SRP": lambda s: s.kx == "SRP",
    "kSRP": lambda s: s.kx == "SRP",
    "aSRP": lambda s: s.au == "SRP",
    "TLSv1.2": lambda s: s.version == "TLSv1.2",
    "TLSv1.0": lambda s: s.version == "TLSv1",
    "TLSv1": lambda s: s.version == "TLSv1",
    "SSLv3": lambda s: s.version == "SSLv3",
    "AES": _enc("AES", "AESGCM", "AESCCM", "AESCCM8"),
    "AES128": _enc("AES", "AESGCM", "AESCCM", "AESCCM8", bits=128),
    "AES256": _enc("AES", "AESGCM", "AESCCM", "AESCCM8", bits=256),
    "AESGCM": _enc("AESGCM"),
    "AESCCM": _enc("AESCCM", "AESCCM8"),
    "AESCCM8": _enc("AESCCM8"),
    "ARIA": _enc("ARIA", "ARIAGCM"),
    "ARIA128": _enc("ARIA", "ARIAGCM", bits=128),
    "ARIA256": _enc("ARIA", "ARIAGCM", bits=256),
    "ARIAGCM": _enc("ARIAGCM"),
    "CAMELLIA": _enc("CAMELLIA", "CAMELLIAGCM"),
    "CAMELLIA128": _enc("CAMELLIA", "CAMELLIAGCM", bits=128),
    "CAMELLIA256": _enc("CAMELLIA", "CAMELLIAGCM", bits=256),
    "CHACHA20": _enc("CHACHA20"),
    "CBC": _enc(*_CBC),
    "3DES": _enc("3DES"),
    "DES": _enc("DES"),
    "RC4": _enc("RC4"),
    "RC2": _enc("RC2"),
    "IDEA": _enc("IDEA"),
    "SEED": _enc("SEED"),
    "MD5": lambda s: s.mac == "MD5",
    "SHA1": lambda s: s.mac == "SHA1",
    "SHA": lambda s: s.mac == "SHA1",
    "SHA256": lambda s: s.mac == "SHA256",
    "SHA384": lambda s: s.mac == "SHA384",
    "SUITEB128": lambda s: s.kx == "ECDHE" and s.au == "ECDSA" and s.cipher.enc == "AESGCM",
    "SUITEB128ONLY": lambda s: (
        s.kx == "ECDHE" and s.au == "ECDSA" and s.cipher.enc == "AESGCM" and s.cipher.bits == 128
    ),
    "SUITEB128C2": lambda s: (
        s.kx == "ECDHE" and s.au == "ECDSA" and s.cipher.enc == "AESGCM" and s.cipher.bits == 256
    ),
    "SUITEB192": lambda s: (
        s.kx == "ECDHE" and s.au == "ECDSA" and s.cipher.enc == "AESGCM" and s.cipher.bits == 256
    ),
}
for _word in ("EXP", "EXPORT", "EXPORT40", "EXPORT56", "SSLv2", "kDH", "kDHr", "kDHd", "aDH", "kECDH"):
    KEYWORDS[_word] = _NOTHING
for _word in (
    "kECDHr",
    "kECDHe",
    "aECDH",
    "KRB5",
    "kKRB5",
    "aKRB5",
    "FZA",
    "kFZA",
    "aFZA",
    "eFZA",
    "IDEA-CBC",
):
    KEYWORDS[_word] = _NOTHING
for _word in ("aGOST", "aGOST01", "aGOST12", "kGOST", "GOST94", "GOST89MAC", "kGOST18", "ECCPWD", "FIPS"):
    KEYWORDS.setdefault(_word, _NOTHING)


def _select(word: str) -> list[Suite] | None:
    """The suites one item (`HIGH`, `ECDHE+AESGCM`, `ECDHE-RSA-AES128-GCM-SHA256`) stands for, or None."""
    table = openssl_suites()
    chosen = list(table)
    for part in word.split("+"):
        keyword = KEYWORDS.get(part)
        if keyword is not None:
            chosen = [s for s in chosen if keyword(s)]
            continue
        suite = parse_suite(part)
        if suite is None:
            return None
        named = [s for s in chosen if s.name == suite.name]
        chosen = named if named or part != word else [suite]  # a suite name outside the table
    return chosen


_LEVEL_BITS = (0, 80, 112, 128, 192, 256)


def _allowed(suite: Suite, level: int) -> bool:
    """SSL_CTX_set_security_level(3), OpenSSL 3.0: levels 1-5 need 80/112/128/192/256-bit ciphers; level 1
    drops MD5 MACs, 2 RC4, 3 suites without forward secrecy, 4 SHA-1 MACs."""
    return not (
        (suite.cipher.enc != "NULL" and suite.security_bits < _LEVEL_BITS[min(level, 5)])
        or (level >= 1 and suite.mac == "MD5")
        or (level >= 2 and suite.cipher.enc == "RC4")
        or (level >= 3 and suite.kx in ("RSA", "PSK", "RSAPSK"))
        or (level >= 4 and suite.mac == "SHA1")
    )


_ITEMS = re.compile(r"[\s:,;]+|(?=@)")  # `DEFAULT@SECLEVEL=2` is two items
_DEFAULT_RULE = ("ALL", "!COMPLEMENTOFDEFAULT", "!eNULL")


def enabled_suites(value: str) -> tuple[list[Suite], list[str]]:
    """The suites an OpenSSL cipher string leaves enabled, and the items it does not understand."""
    enabled: dict[str, Suite] = {}
    killed: set[str] = set()
    unknown: list[str] = []
    level = None
    items = [item for item in _ITEMS.split(value.strip().strip("\"'")) if item][:MAX_ITEMS]
    if items and items[0] == "DEFAULT":  # ssl_ciph.c: a leading DEFAULT is the default rule string
        items = [*_DEFAULT_RULE, *items[1:]]
    for item in items:
        if item.startswith("@"):
            found = re.fullmatch(r"@SECLEVEL=(\d)", item)
            level = int(found.group(1)) if found else level  # @STRENGTH only reorders
            continue
        op, word = (item[0], item[1:]) if item[0] in "!-+" else ("", item)
        chosen = _select(word)
        if chosen is None:
            unknown.append(word)
        elif op in ("!", "-"):
            if op == "!":
                killed.update(s.name for s in chosen)
            for suite in chosen:
                enabled.pop(suite.name, None)
        elif op == "":
            for suite in chosen:
                if suite.name not in killed:
                    enabled.setdefault(suite.name, suite)
    suites = [s for s in enabled.values() if level is None or _allowed(s, level)]
    return suites, unknown


def cipher_string(catalog: Catalog, value: str) -> tuple[list[Algorithm], list[str]]:
    """The algorithms an OpenSSL cipher string enables (over all its suites), and the items not understood."""
    suites, unknown = enabled_suites(value)
    return sorted(_algorithms(catalog, suites), key=lambda a: a.name), unknown
