"""PKCS#12 (.p12/.pfx): protection schemes always, entries when the empty or a given password opens it."""

from __future__ import annotations

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.serialization import Encoding, pkcs12

from qready.detectors.base import DetectContext, Detection
from qready.detectors.keystores.entries import KeyFacts, add_certificate, add_key, public_key_facts
from qready.detectors.keystores.pfxformat import PfxOutline, outline
from qready.detectors.keystores.protection import add_protection
from qready.discovery import ScannedFile
from qready.errors import DetectorError
from qready.knowledge import Catalog
from qready.model import FileLocation

FORMAT = "PKCS12"
MAX_ITERATIONS = 1_000_000


def detect_pkcs12(file: ScannedFile, context: DetectContext) -> Detection:
    detection = Detection()
    shape = outline(file.data)
    secured = _protection(detection, context.catalog, file.rel, shape)
    if shape.iterations() > MAX_ITERATIONS:
        detection.problems.append(
            f"{file.rel}: PKCS#12: {shape.iterations()} iterations is over the limit {MAX_ITERATIONS}; "
            "not opened"
        )
        _sealed_keys(detection, file.rel, shape, secured)
        return detection
    loaded, _ = _open(file.data, context.keystore_passwords)
    if loaded is None:
        detection.problems.append(f"{file.rel}: {_locked(len(context.keystore_passwords))}")
        _sealed_keys(detection, file.rel, shape, secured)
        return detection
    _entries(detection, context.catalog, file.rel, loaded, secured)
    return detection


def _protection(detection: Detection, catalog: Catalog, rel: str, shape: PfxOutline) -> dict[str, str]:
    """Protection findings for the MAC and every encrypted part; returns item -> scheme description."""
    if shape.mac is not None:
        add_protection(detection, catalog, FileLocation(rel, item="integrity"), shape.mac, "MAC", mac=True)
    secured: dict[str, str] = {}
    for part in shape.parts:
        location = FileLocation(rel, item=part.item)
        secured[part.item] = add_protection(
            detection, catalog, location, part.scheme, f"{part.what} encryption"
        )
    return secured


def _open(data: bytes, passwords: tuple[str, ...]) -> tuple[pkcs12.PKCS12KeyAndCertificates | None, int]:
    """Try no password, the empty one, then each given one; returns what opened it and how many were tried."""
    candidates: list[bytes | None] = [None, b"", *(p.encode("utf-8") for p in passwords if p)]
    for password in candidates:
        try:
            return pkcs12.load_pkcs12(data, password), len(candidates) - 1
        except (ValueError, TypeError, UnsupportedAlgorithm):
            continue
    return None, len(candidates) - 1


def _sealed_keys(detection: Detection, rel: str, shape: PfxOutline, secured: dict[str, str]) -> None:
    """Without the password a shrouded key's algorithm is unknown, but the key is still an asset."""
    for part in shape.parts:
        if part.what != "private key":
            continue
        facts = KeyFacts(
            kind="private-key",
            algorithm=None,
            size=None,
            identity=part.sha256,
            format=FORMAT,
            secured_by=secured.get(part.item),
            note="encrypted; its algorithm is known only with the keystore password",
        )
        add_key(detection, facts, FileLocation(rel, item=part.item))


def _entries(
    detection: Detection,
    catalog: Catalog,
    rel: str,
    loaded: pkcs12.PKCS12KeyAndCertificates,
    secured: dict[str, str],
) -> None:
    certificates = ([loaded.cert] if loaded.cert else []) + list(loaded.additional_certs)
    names = [_name(c.friendly_name, index) for index, c in enumerate(certificates, start=1)]
    for certificate, name in zip(certificates, names, strict=True):
        der = certificate.certificate.public_bytes(Encoding.DER)
        add_certificate(detection, catalog, der, FileLocation(rel, item=f"entry {name}"))
    if loaded.key is None:
        return
    item = f"entry {names[0]}" if loaded.cert else "entry 1"
    location = FileLocation(rel, item=item)
    try:
        algorithm, bits, identity = public_key_facts(catalog, loaded.key)
    except DetectorError as exc:
        detection.problems.append(f"{location}: private key: {exc}")
        return
    key_bags = [text for part, text in secured.items() if part.startswith("entry ")]
    facts = KeyFacts(
        "private-key", algorithm, bits, identity, FORMAT, secured.get(item, next(iter(key_bags), None))
    )
    add_key(detection, facts, location)


def _name(friendly: bytes | None, index: int) -> str:
    text = friendly.decode("utf-8", "replace").strip() if friendly else ""
    return text[:128] or str(index)


def _locked(given: int) -> str:
    if not given:
        return "PKCS#12 is password-protected (the empty password does not open it); pass --keystore-password"
    return (
        f"PKCS#12: none of the {given} passwords given (nor the empty one) opens it; "
        "pass the right --keystore-password"
    )
