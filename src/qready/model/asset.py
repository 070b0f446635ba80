"""Cryptographic assets: the things that exist (a certificate, a key), as opposed to uses of them.

`Asset` is a closed union narrowed with `match`. Each asset has a content-derived `ref`
(never a path, line or time), so the same certificate found twice is one asset.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from json.encoder import encode_basestring_ascii as _quoted

from qready.model.algorithm import Algorithm
from qready.model.location import Location
from qready.runtime import cached_property


def content_ref(kind: str, name: str, **identity: str) -> str:
    """`kind:name:` plus the first 16 hex digits of SHA-256 over the canonical identity: the compact JSON of
    `[kind, name, identity]` with sorted keys (written here string by string, the bytes `json.dumps` gives
    with sort_keys and separators (",", ":"), a third of its time: no encoder is built per call)."""
    fields = ",".join(f"{_quoted(key)}:{_quoted(identity[key])}" for key in sorted(identity))
    payload = f"[{_quoted(kind)},{_quoted(name)},{{{fields}}}]"
    return f"{kind}:{name}:{hashlib.sha256(payload.encode()).hexdigest()[:16]}"


@dataclass(frozen=True)
class Certificate:
    """An X.509 certificate, or a certificate signing request when `request` is true."""

    subject: str
    issuer: str | None
    serial: str | None
    not_before: datetime | None
    not_after: datetime | None
    signature_algorithm: Algorithm | None
    public_key: Algorithm | None
    key_size: int | None
    sha256: str
    spki_sha256: str | None
    is_ca: bool
    encoding: str
    locations: tuple[Location, ...]
    request: bool = False
    self_signed: bool = False

    @cached_property
    def ref(self) -> str:
        kind = "csr" if self.request else "certificate"
        return content_ref(kind, self.subject or "(empty subject)", sha256=self.sha256)


@dataclass(frozen=True)
class KeyMaterial:
    """A key: `kind` is private-key, public-key or secret-key (CycloneDX related-crypto-material types).

    `algorithm` is None only when the key's algorithm cannot be known (an encrypted PKCS#8 key
    without its password); `note` then says so. `identity` is the SHA-256 of the public key
    (SubjectPublicKeyInfo or SSH wire blob) when it is known, else of the key object's bytes.
    """

    kind: str
    algorithm: Algorithm | None
    size: int | None
    format: str
    identity: str
    locations: tuple[Location, ...]
    encrypted: bool = False
    secured_by: str | None = None
    comment: str | None = None
    note: str | None = None

    @cached_property
    def ref(self) -> str:
        name = self.algorithm.name if self.algorithm else "unknown"
        return content_ref(self.kind, name, identity=self.identity)


@dataclass(frozen=True)
class ProtocolConfig:
    """A TLS, SSH or IKE configuration, declared in a file or observed on an endpoint."""

    protocol: str
    version: str | None
    algorithms: tuple[Algorithm, ...]
    names: tuple[str, ...]
    locations: tuple[Location, ...]
    files: tuple[str, ...] = ()  # key and certificate files it names (report paths), linked after the scan
    advice: str | None = None  # post-quantum key exchange: enabled (which), or how to turn it on

    @cached_property
    def ref(self) -> str:
        return content_ref(
            "protocol", self.protocol, version=self.version or "", names=",".join(sorted(self.names))
        )


@dataclass(frozen=True)
class Library:
    """A cryptographic library a project depends on."""

    purl: str
    name: str
    version: str | None
    locations: tuple[Location, ...]
    algorithms: tuple[Algorithm, ...] = ()  # what the library provides (knowledge data)
    note: str | None = None  # "post-quantum available in this version" / "upgrade to X for post-quantum"

    @cached_property
    def ref(self) -> str:
        return content_ref("library", self.name, purl=self.purl)


Asset = Certificate | KeyMaterial | ProtocolConfig | Library
