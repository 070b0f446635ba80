"""Keys: PEM/DER private and public keys, OpenSSH keys and key lines, JWK sets and OpenPGP keys.

Rules: `key.private`, `key.public`, `key.protection`, `ssh.authorized-key`, `ssh.known-host`,
`ssh.certificate`, `ssh.certificate-ca`, `jwk.key`, `pgp.key`. Every key is one KeyMaterial asset whose
identity is the SHA-256 of its SubjectPublicKeyInfo when the public key can be derived.
"""

from __future__ import annotations

import re
from typing import ClassVar

from qready.detectors.base import DetectContext, Detection
from qready.detectors.der import KEY_SHAPES, der_shape, looks_like_der
from qready.detectors.keys import jwk, openssh, pem_keys, pgp
from qready.detectors.pem import pem_blocks
from qready.discovery import ScannedFile
from qready.errors import DetectorError
from qready.model import FileLocation

PEM_MARKER = re.compile(rb"-----BEGIN (?:[A-Z0-9]+ )*(?:PRIVATE|PUBLIC) KEY(?: BLOCK)?-----")
DER_SUFFIXES = frozenset({".der", ".key", ".pk8", ".p8", ".spki", ".pub"})
JSON_SUFFIXES = frozenset({".json", ".jwk", ".jwks"})
OPENSSH_LABEL = "OPENSSH PRIVATE KEY"


def _pgp_binary(data: bytes) -> bool:
    """A stream that starts with a public-key or secret-key packet."""
    if not data or not data[0] & 0x80:
        return False
    first = data[0]
    tag = first & 0x3F if first & 0x40 else (first >> 2) & 0x0F
    return tag in (5, 6)


def _has_pem_key(data: bytes) -> bool:
    return b" KEY" in data and PEM_MARKER.search(data) is not None  # cheap substring test first


def _has_ssh_key(data: bytes) -> bool:
    # every SSH key blob starts AAAA, and its line names a key type: two fast substring tests before the
    # pattern (which has no literal prefix for `re` to skip ahead with)
    return (
        b"AAAA" in data
        and any(marker in data for marker in _SSH_KEY_TYPES)
        and openssh.SNIFF.search(data) is not None
    )


_SSH_KEY_TYPES = (b"ssh-", b"ecdsa-sha2-", b"@openssh.com")  # what openssh.SNIFF's key types all contain


_JSON_START = re.compile(rb"\s*[\[{]")


def _jwk_candidate(file: ScannedFile) -> bool:
    json_like = file.suffix in JSON_SUFFIXES or _JSON_START.match(file.data) is not None
    return json_like and b'"kty"' in file.data


class KeysDetector:
    name: ClassVar[str] = "keys"

    def wants(self, file: ScannedFile) -> bool:
        if file.is_binary:
            return _pgp_binary(file.data) or (
                file.suffix in DER_SUFFIXES
                and looks_like_der(file.data)
                and der_shape(file.data) in KEY_SHAPES
            )
        return _has_pem_key(file.data) or _has_ssh_key(file.data) or _jwk_candidate(file)

    def detect(self, file: ScannedFile, context: DetectContext) -> Detection:
        detection = Detection()
        passwords = context.keystore_passwords
        if file.is_binary:
            if _pgp_binary(file.data):
                pgp.key_packets(detection, context.catalog, file.data, FileLocation(file.rel))
            else:
                pem_keys.der_file(detection, context.catalog, file.data, FileLocation(file.rel), passwords)
            return detection
        if _has_pem_key(file.data):
            self._pem(detection, file, context)
        if b"-----BEGIN PGP " in file.data:
            pgp.armored(detection, context.catalog, file.text, file.rel)
        if _has_ssh_key(file.data):
            openssh.key_lines(detection, context.catalog, file.text, file.rel)
        if _jwk_candidate(file):
            jwk.jwk_file(detection, context.catalog, file.text, file.rel)
        return detection

    @staticmethod
    def _pem(detection: Detection, file: ScannedFile, context: DetectContext) -> None:
        for block in pem_blocks(file.text):
            if block.label not in pem_keys.LABELS and block.label != OPENSSH_LABEL:
                continue
            location = FileLocation(file.rel, block.line)
            if block.der is None:
                detection.problems.append(f"{location}: {block.label} block: {block.error}")
                continue
            try:
                if block.label == OPENSSH_LABEL:
                    openssh.private_block(detection, context.catalog, block.der, location)
                else:
                    pem_keys.pem_key(detection, context.catalog, block, location, context.keystore_passwords)
            except DetectorError as exc:
                detection.problems.append(f"{location}: {block.label} block: {exc}")


__all__ = ["KeysDetector"]
