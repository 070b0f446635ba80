"""The algorithm value type: everything the catalog knows about one algorithm variant."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Threat(StrEnum):
    """What a cryptographically relevant quantum computer does to an algorithm."""

    SHOR_BROKEN = "shor-broken"
    GROVER_WEAKENED = "grover-weakened"
    QUANTUM_RESISTANT = "quantum-resistant"
    NOT_APPLICABLE = "not-applicable"


class Primitive(StrEnum):
    """CycloneDX 1.6/1.7 `algorithmProperties.primitive` vocabulary."""

    DRBG = "drbg"
    MAC = "mac"
    BLOCK_CIPHER = "block-cipher"
    STREAM_CIPHER = "stream-cipher"
    SIGNATURE = "signature"
    HASH = "hash"
    PKE = "pke"
    XOF = "xof"
    KDF = "kdf"
    KEY_AGREE = "key-agree"
    KEM = "kem"
    AE = "ae"
    COMBINER = "combiner"
    KEY_WRAP = "key-wrap"
    OTHER = "other"
    UNKNOWN = "unknown"


class CryptoFunction(StrEnum):
    """CycloneDX `cryptoFunctions` vocabulary."""

    GENERATE = "generate"
    KEYGEN = "keygen"
    ENCRYPT = "encrypt"
    DECRYPT = "decrypt"
    DIGEST = "digest"
    TAG = "tag"
    KEYDERIVE = "keyderive"
    SIGN = "sign"
    VERIFY = "verify"
    ENCAPSULATE = "encapsulate"
    DECAPSULATE = "decapsulate"
    OTHER = "other"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Algorithm:
    """One algorithm variant, as resolved through the knowledge catalog.

    `name` follows the CycloneDX 1.7 cryptography-registry naming patterns. Every number
    (`classical_bits`, `nist_quantum_level`, `quantum_effective_bits`) is backed by an entry
    of `sources` (catalog source ids). `None` means unknown: never a guessed default.
    """

    name: str
    family: str
    primitive: Primitive
    threat: Threat
    functions: tuple[CryptoFunction, ...] = ()
    parameter_set: str | None = None
    key_size: int | None = None
    curve: str | None = None
    mode: str | None = None
    padding: str | None = None
    oid: str | None = None
    cdx_family: str | None = None
    classical_bits: int | None = None
    nist_quantum_level: int | None = None
    quantum_effective_bits: int | None = None
    replacements: tuple[str, ...] = ()
    components: tuple[str, ...] = ()
    sources: tuple[str, ...] = field(default=())
    level_basis: str | None = None

    @property
    def curve_short(self) -> str | None:
        """The curve without its registry namespace (`P-256` for `nist/P-256`)."""
        if self.curve is None:
            return None
        return self.curve.rsplit("/", 1)[-1]
