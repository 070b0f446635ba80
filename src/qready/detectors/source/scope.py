"""Which algorithms a source finding reports (issue #3's scope): every public-key family and the weak or
Grover-relevant symmetric ones; an HMAC's, a PBKDF2's or an AES MAC's part that is in scope; the hash and the
cipher of a password-based encryption scheme. Shared by the source rules (match.py) and the tools' command
lines (commands.py), in source code and in scripts."""

from __future__ import annotations

import re

from qready.knowledge import Catalog
from qready.model import Algorithm

# Families a bare string or a string argument may name without being in scope: strong hashes, MACs and
# KDFs are not quantum findings (SHA-1, MD5 and the weak ciphers are).
OUT_OF_SCOPE = frozenset(
    {
        "SHA-2",
        "SHA-3",
        "BLAKE2",
        "BLAKE3",
        "HMAC",
        "HKDF",
        "PBKDF2",
        "scrypt",
        "Argon2",
        "bcrypt",
        "KMAC",
        "CMAC",
        "GMAC",
        "Poly1305",
        "RIPEMD",
        "SM3",
        "PBES1",
        "PBES2",
    }
)
PBE_FAMILIES = frozenset({"PBES1", "PKCS12-PBE"})  # password-based encryption: a hash and a cipher
_PBE_PARTS = re.compile(r"MD2|MD5|SHA1?(?=And)|TripleDES|DES|RC2|RC4")


def in_scope(catalog: Catalog, algorithm: Algorithm) -> Algorithm | None:
    """The algorithm a finding reports: itself, or for an HMAC or PBKDF2 its hash when the hash is in scope
    (`"hmac-sha1"` and `hash_hmac('sha1', ...)` use SHA-1; HMAC-SHA-256 is out of scope)."""
    if algorithm.family in ("HMAC", "PBKDF2"):  # (Java's `"PBKDF2WithHmacSHA1"` uses SHA-1 too)
        hashed = catalog.find(algorithm.name.removeprefix(f"{algorithm.family}-"), "name")
        return hashed if hashed is not None and hashed.family not in OUT_OF_SCOPE else None
    if algorithm.family in ("CMAC", "GMAC") and algorithm.name.startswith("AES"):
        # AES's MACs use AES, with its key size (ike-scan's IKEv2 transform `"AES_256_GMAC"`)
        sized = catalog.find("AES", "name", size=algorithm.key_size) if algorithm.key_size else None
        return sized or catalog.find("AES", "name")
    return None if algorithm.family in OUT_OF_SCOPE else algorithm


def pbe_parts(catalog: Catalog, algorithm: Algorithm) -> list[Algorithm]:
    """The hash and the cipher of a password-based encryption scheme (PBES1), those in scope."""
    parts = (
        catalog.find("SHA-1" if word == "SHA" else word, "name")
        for word in _PBE_PARTS.findall(algorithm.name)
    )
    return [part for part in parts if part is not None and part.family not in OUT_OF_SCOPE]
