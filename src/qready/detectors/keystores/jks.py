"""JKS and JCEKS keystores: entries are readable without the password; a password verifies the digest.

A private key entry's algorithm comes from its first chain certificate (the key itself is wrapped by Sun's
proprietary scheme); a JCEKS secret key's algorithm is learnt only by opening its seal with a password.
"""

from __future__ import annotations

import hashlib

from cryptography import x509

from qready.detectors.base import DetectContext, Detection
from qready.detectors.der import Tlv, read_tlv
from qready.detectors.keystores.entries import KeyFacts, add_certificate, add_key, public_key_facts
from qready.detectors.keystores.jksformat import (
    PRIVATE_KEY,
    SECRET_KEY,
    JavaKeyStore,
    StoreEntry,
    parse_store,
)
from qready.detectors.keystores.pfxformat import scheme_of
from qready.detectors.keystores.protection import MAC_RULE, PROTECTION_RULE, add_named
from qready.detectors.keystores.sealed import SecretKeyFacts, open_sealed, seal_algorithm
from qready.discovery import ScannedFile
from qready.errors import DetectorError
from qready.knowledge import Catalog
from qready.model import Algorithm, FileLocation

# Opening a seal costs up to 2 x MAX_ITERATIONS MD5 rounds per password: bound the work per keystore.
MAX_OPENED = 16

# Display names of Sun-defined key protection OIDs the catalog has no row for (JCEKS's PBEWithMD5AndTripleDES,
# 1.3.6.1.4.1.42.2.19.1, has one).
_SUN_SCHEMES = {
    "1.3.6.1.4.1.42.2.17.1.1": "JKS key protection (SHA-1 keystream)",
}


def detect_java_keystore(file: ScannedFile, context: DetectContext) -> Detection:
    store = parse_store(file.data)
    detection = Detection()
    _verify(detection, store, file.rel, context.keystore_passwords)
    integrity = FileLocation(file.rel, item="integrity")
    add_named(detection, context.catalog.find("SHA-1", "name"), integrity, "keyed SHA-1 digest", MAC_RULE)
    sealed_seen = 0
    for index, entry in enumerate(store.entries, start=1):
        location = FileLocation(file.rel, item=f"entry {entry.alias or index}")
        if entry.tag == SECRET_KEY:
            sealed_seen += 1
            passwords = context.keystore_passwords if sealed_seen <= MAX_OPENED else ()
            _secret_key(detection, context, store.kind, entry, location, passwords)
            continue
        certificates = _chain(detection, context.catalog, entry, location)
        if entry.tag == PRIVATE_KEY:
            _private_key(detection, context.catalog, store.kind, entry, location, certificates)
    return detection


def _verify(detection: Detection, store: JavaKeyStore, rel: str, passwords: tuple[str, ...]) -> None:
    if passwords and not any(store.password_matches(p) for p in passwords):
        detection.problems.append(
            f"{rel}: {store.kind}: none of the {len(passwords)} given passwords matches the integrity digest "
            "(wrong password or a modified keystore); entries are reported unverified"
        )


def _chain(
    detection: Detection, catalog: Catalog, entry: StoreEntry, location: FileLocation
) -> list[x509.Certificate | None]:
    """Describe each certificate; returns the parsed ones (None for an unreadable one) in chain order."""
    parsed: list[x509.Certificate | None] = []
    for position, stored in enumerate(entry.chain, start=1):
        place = (
            location
            if position == 1
            else FileLocation(location.path, item=f"{location.item} chain {position}")
        )
        if stored.type != "X.509":
            detection.problems.append(f"{place}: certificate type {stored.type!r} is not supported")
            parsed.append(None)
            continue
        parsed.append(add_certificate(detection, catalog, stored.der, place))
    return parsed


def _key_protection(catalog: Catalog, kind: str, entry: StoreEntry) -> tuple[Algorithm | None, str | None]:
    """The protection scheme of an EncryptedPrivateKeyInfo: catalog algorithm (if any) and display name."""
    try:
        oid = scheme_of(entry.protected, _algorithm_tlv(entry.protected)).oid
    except (DetectorError, IndexError, ValueError):
        return None, None
    found = catalog.find(oid, "oid")
    return found, found.name if found else _SUN_SCHEMES.get(oid, f"{kind} key protection OID {oid}")


def _algorithm_tlv(der: bytes) -> Tlv:
    outer = read_tlv(der)
    return read_tlv(der, outer.content, outer.end)


def _private_key(
    detection: Detection,
    catalog: Catalog,
    kind: str,
    entry: StoreEntry,
    location: FileLocation,
    certificates: list[x509.Certificate | None],
) -> None:
    protection, secured_by = _key_protection(catalog, kind, entry)
    add_named(detection, protection, location, "private key protection", PROTECTION_RULE)
    first = certificates[0] if certificates else None
    public = first.public_key() if first is not None else None
    if public is None:
        note = "no readable certificate in its chain; the key's algorithm is unknown"
        identity = hashlib.sha256(entry.protected).hexdigest()
        add_key(detection, KeyFacts("private-key", None, None, identity, kind, secured_by, note), location)
        return
    try:
        algorithm, bits, identity = public_key_facts(catalog, public)
    except DetectorError as exc:
        detection.problems.append(f"{location}: private key: {exc}")
        return
    add_key(detection, KeyFacts("private-key", algorithm, bits, identity, kind, secured_by), location)


def _secret_key(
    detection: Detection,
    context: DetectContext,
    kind: str,
    entry: StoreEntry,
    location: FileLocation,
    passwords: tuple[str, ...],
) -> None:
    sealed_with = seal_algorithm(entry.sealed)
    if sealed_with:
        found = context.catalog.find(sealed_with, "jca") or context.catalog.find(sealed_with, "name")
        add_named(detection, found, location, "secret key seal", PROTECTION_RULE)
    try:
        facts = open_sealed(entry.sealed, passwords)
    except DetectorError as exc:
        detection.problems.append(f"{location}: {exc}")
        facts = None
    identity = hashlib.sha256(entry.protected).hexdigest()
    if facts is None:
        sealed_note = "sealed; its algorithm is known only with the key's password"
        add_key(
            detection, KeyFacts("secret-key", None, None, identity, kind, sealed_with, sealed_note), location
        )
        return
    algorithm = _secret_algorithm(context.catalog, facts)
    note: str | None = None
    if algorithm is None:
        note = f"algorithm {facts.algorithm!r} is not in the catalog"
        detection.problems.append(f"{location}: secret key {note}")
    add_key(
        detection, KeyFacts("secret-key", algorithm, facts.bits, identity, kind, sealed_with, note), location
    )


def _secret_algorithm(catalog: Catalog, facts: SecretKeyFacts) -> Algorithm | None:
    """`AES` with 256 bits: the sized catalog name (AES-256) first, then the JCA or plain name."""
    if facts.bits:
        sized = catalog.find(f"{facts.algorithm}-{facts.bits}", "name")
        if sized is not None:
            return sized
    return catalog.find(facts.algorithm, "jca", size=facts.bits) or catalog.find(
        facts.algorithm, "name", size=facts.bits
    )
