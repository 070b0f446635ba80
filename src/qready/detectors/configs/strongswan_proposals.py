"""strongSwan algorithm proposals (`aes256gcm16-prfsha384-ecp384-ke1_mlkem768`), decomposed into catalog
algorithms, and strongSwan's documented default proposals (strongswan_defaults.toml).

Keywords follow strongSwan's proposal keyword table (src/libstrongswan/crypto/proposal/
proposal_keywords_static.txt) and https://docs.strongswan.org/docs/latest/config/proposals.html: a proposal
is keywords separated by `-`, several proposals are separated by `,` (and blanks in ipsec.conf); a trailing
`!` (ipsec.conf) makes the list strict. Key exchange methods: `modpNNNN` are the RFC 2409/3526 MODP groups
(FFDH-modpNNNN), `modp1024s160`/`modp2048s224`/`modp2048s256` the RFC 5114 groups, `ecpNNN` the NIST curves,
`ecpNNNbp` Brainpool (RFC 6954), `curve25519`/`x25519`, `curve448`/`x448`, and `mlkem512/768/1024` (ML-KEM,
FIPS 203; strongSwan 6.0.0, 2024-12-03). A `keX_` prefix (X = 1..7) names an additional key exchange (RFC
9370), so `ecp384-ke1_mlkem768` is a hybrid classical + ML-KEM exchange. `none`/`keX_none` make a key
exchange optional and name no algorithm; `esn`/`noesn` are not algorithms.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from qready.knowledge import Catalog
from qready.model import Algorithm

MAX_PROPOSALS = 256
MAX_KEYWORDS = 64
_NOT_ALGORITHMS = frozenset({"none", "modpnone", "esn", "noesn", "null", "modpnull"})
_HMAC = {
    "sha": "HMAC-SHA-1",
    "sha1": "HMAC-SHA-1",
    "sha1_160": "HMAC-SHA-1",
    "sha256": "HMAC-SHA-256",
    "sha2_256": "HMAC-SHA-256",
    "sha256_96": "HMAC-SHA-256",
    "sha2_256_96": "HMAC-SHA-256",
    "sha384": "HMAC-SHA-384",
    "sha2_384": "HMAC-SHA-384",
    "sha512": "HMAC-SHA-512",
    "sha2_512": "HMAC-SHA-512",
    "md5": "HMAC-MD5",
    "md5_128": "HMAC-MD5",
    "aescmac": "CMAC",
}
_PRF = {"prfsha1": "HMAC-SHA-1", "prfsha256": "HMAC-SHA-256", "prfsha384": "HMAC-SHA-384"}
_PRF |= {"prfsha512": "HMAC-SHA-512", "prfmd5": "HMAC-MD5", "prfaescmac": "CMAC"}
_FIXED = {
    "3des": "3DES-168-CBC",
    "des": "DES-56-CBC",
    "cast128": "CAST5",
    "chacha20poly1305": "ChaCha20-Poly1305",
    "chacha20poly1305compat": "ChaCha20-Poly1305",
    "curve25519": "X25519",
    "x25519": "X25519",
    "curve448": "X448",
    "x448": "X448",
}
_LEVELS = {"1": 0, "3": 1, "5": 2}  # the NIST level suffix of the pre-standard PQC keywords (IKEv2 branches)
_PQC = {
    "kyber": ("Kyber512", "Kyber768", "Kyber1024"),
    "bike": ("BIKE-L1", "BIKE-L3", "BIKE-L5"),
    "hqc": ("HQC-128", "HQC-192", "HQC-256"),
    "frodoa": ("FrodoKEM-640", "FrodoKEM-976", "FrodoKEM-1344"),
    "frodos": ("FrodoKEM-640", "FrodoKEM-976", "FrodoKEM-1344"),
}
_CIPHER = re.compile(r"(aes|camellia)(128|192|256)?(ctr|gcm\d*|ccm\d*|gmac)?")
_MODP = re.compile(r"modp(\d{3,4})(s\d{3})?")
_ECP = re.compile(r"ecp(\d{3})(bp)?")
_KE_PREFIX = re.compile(r"ke([1-7])_(.+)")


@dataclass(frozen=True)
class Spelled:
    """A catalog name with the size or curve that specialises it."""

    name: str
    size: int | None = None
    curve: str | None = None


def _cipher(word: str) -> Spelled | None:
    found = _CIPHER.fullmatch(word)
    if found is None:
        return None
    family, bits, mode = found.group(1), int(found.group(2) or 128), found.group(3) or ""
    if family == "camellia":
        return Spelled(f"Camellia-{bits}-CBC" if not mode else f"Camellia-{bits}")
    suffix = {"": "CBC", "ctr": "CTR", "gmac": "GMAC"}.get(mode) or mode[:3].upper()
    return Spelled(f"AES-{bits}-{suffix}")


def _key_exchange(word: str) -> Spelled | None:
    if (modp := _MODP.fullmatch(word)) is not None:
        bits = int(modp.group(1))
        return Spelled("FFDH", size=bits) if modp.group(2) else Spelled(f"FFDH-modp{bits}")
    if (ecp := _ECP.fullmatch(word)) is not None:
        bits = int(ecp.group(1))
        return Spelled("ECDH", curve=f"brainpoolP{bits}r1") if ecp.group(2) else Spelled(f"ECDH-P-{bits}")
    if (mlkem := re.fullmatch(r"mlkem(512|768|1024)", word)) is not None:
        return Spelled(f"ML-KEM-{mlkem.group(1)}")
    family, level = word[:-1], word[-1:]
    if family in _PQC and level in _LEVELS:
        return Spelled(_PQC[family][_LEVELS[level]])
    return None


def spelled(word: str) -> Spelled | None:
    """The algorithm one proposal keyword names (without its `keX_` prefix), or None."""
    if word in _FIXED:
        return Spelled(_FIXED[word])
    if word in _HMAC or word in _PRF:
        return Spelled(_HMAC.get(word) or _PRF[word])
    if re.fullmatch(r"blowfish(128|192|256)?", word):
        return Spelled("Blowfish")
    return _cipher(word) or _key_exchange(word)


@dataclass(frozen=True)
class Proposals:
    """What a proposal list enables: the algorithms (in order), the keywords not understood, whether the list
    is strict (`!`), whether it names the `default` proposal, and the additional key exchanges (RFC 9370)."""

    algorithms: tuple[Algorithm, ...]
    unknown: tuple[str, ...]
    strict: bool
    default: bool
    additional: tuple[Algorithm, ...] = ()


def _keyword(catalog: Catalog, keyword: str) -> tuple[Algorithm | None, bool]:
    """The algorithm one keyword names (None when it names none) and whether it is an additional key
    exchange (`keX_`)."""
    prefix = _KE_PREFIX.fullmatch(keyword)
    word = prefix.group(2) if prefix else keyword
    name = spelled(word)
    found = None if name is None else catalog.find(name.name, "name", size=name.size, curve=name.curve)
    return found, prefix is not None


def parse_proposals(catalog: Catalog, value: str, defaults: str = "") -> Proposals:
    """The algorithms of a proposal list; `default` expands to `defaults` (a proposal list too)."""
    text = value.strip().strip("\"'").strip()
    found: dict[Algorithm, None] = {}
    additional: dict[Algorithm, None] = {}
    unknown: list[str] = []
    named_default = False
    for written in re.split(r"[\s,]+", text.rstrip("!"))[:MAX_PROPOSALS]:
        proposal = written.strip().rstrip("!").lower()
        if proposal == "default":
            named_default = True
            found.update(dict.fromkeys(parse_proposals(catalog, defaults).algorithms))
            continue
        for keyword in [k for k in proposal.split("-") if k][:MAX_KEYWORDS]:
            if _KE_PREFIX.sub(r"\2", keyword) in _NOT_ALGORITHMS:
                continue
            algorithm, extra = _keyword(catalog, keyword)
            if algorithm is None:
                unknown.append(keyword)
                continue
            found[algorithm] = None
            if extra:
                additional[algorithm] = None
    strict = text.endswith("!")
    return Proposals(tuple(found), tuple(dict.fromkeys(unknown)), strict, named_default, tuple(additional))


@cache
def _defaults() -> dict[str, Any]:
    text = resources.files("qready.detectors.configs").joinpath("strongswan_defaults.toml").read_text("utf-8")
    return tomllib.loads(text)


def default_proposals(kind: str) -> str:
    """strongSwan's `default` proposal list for `ike`, `esp` or `ah` (strongswan_defaults.toml)."""
    return str(_defaults()["default"][kind])


def ipsec_conf_default(kind: str) -> str:
    """ipsec.conf's value for an absent `ike`/`esp` (before the daemon adds its default proposal)."""
    return str(_defaults()["ipsec_conf"][kind])


def default_label(table: str) -> str:
    return str(_defaults()[table]["label"])
