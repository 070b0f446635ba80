"""Keystores: PKCS#12 (.p12/.pfx), JKS and JCEKS.

Rules: `keystore.private-key` and `keystore.secret-key` (a stored key and its algorithm),
`keystore.protection` (how entries are encrypted: PBES2 with PBKDF2 and AES, PKCS#12 PBE with 3DES or
RC2, Sun's schemes when catalogued), `keystore.mac` (the keystore's integrity MAC or digest).
Certificates inside a keystore are reported with the X.509 rules (`x509.signature`, `x509.public-key`).
"""

from __future__ import annotations

from typing import ClassVar

from qready.detectors.base import DetectContext, Detection
from qready.detectors.keystores.jks import detect_java_keystore
from qready.detectors.keystores.jksformat import store_kind
from qready.detectors.keystores.pfxformat import is_pfx
from qready.detectors.keystores.pkcs12 import detect_pkcs12
from qready.discovery import ScannedFile

PKCS12_SUFFIXES = frozenset({".p12", ".pfx"})


class KeystoreDetector:
    name: ClassVar[str] = "keystores"

    def wants(self, file: ScannedFile) -> bool:
        if store_kind(file.data) is not None or file.suffix in PKCS12_SUFFIXES:
            return True
        return file.data[:1] == b"\x30" and is_pfx(file.data)

    def detect(self, file: ScannedFile, context: DetectContext) -> Detection:
        if store_kind(file.data) is not None:
            return detect_java_keystore(file, context)
        return detect_pkcs12(file, context)


__all__ = ["KeystoreDetector"]
