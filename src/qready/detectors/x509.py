"""X.509 certificates (PEM, DER, bundles, PKCS#7) and certificate signing requests.

Rules: `x509.signature` (the certificate's signature algorithm), `x509.public-key` (its subject key),
`csr.signature`, `csr.public-key`.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC
from typing import ClassVar

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import Encoding, pkcs7

from qready.detectors.base import DetectContext, Detection
from qready.detectors.der import KEY_SHAPES, children, decode_oid, der_shape, read_tlv
from qready.detectors.dn import rfc4514
from qready.detectors.pem import SOURCE_SUFFIXES, pem_blocks
from qready.detectors.pubkey import key_algorithm, public_key_digest
from qready.discovery import ScannedFile
from qready.errors import DetectorError
from qready.knowledge import Catalog
from qready.model import Algorithm, Certificate, FileLocation, Finding, Location

X509Object = x509.Certificate | x509.CertificateSigningRequest
CERT_LABELS = frozenset({"CERTIFICATE", "X509 CERTIFICATE", "TRUSTED CERTIFICATE"})
CSR_LABELS = frozenset({"CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST"})
PKCS7_LABELS = frozenset({"PKCS7", "CMS"})
ALL_LABELS = CERT_LABELS | CSR_LABELS | PKCS7_LABELS
_MARKERS = tuple(f"-----BEGIN {label}-----".encode() for label in sorted(ALL_LABELS))
DER_SUFFIXES = frozenset({".der", ".cer", ".crt", ".p7b", ".p7c", ".csr", ".cert"})


@dataclass(frozen=True)
class _Spki:
    algorithm_oid: str
    curve_oid: str | None
    digest: str


def _spki(tbs: bytes, request: bool) -> _Spki:
    """Find the SubjectPublicKeyInfo inside a TBSCertificate or CertificationRequestInfo."""
    fields = children(tbs, read_tlv(tbs))
    index = 2 if request else (6 if fields and fields[0].tag == 0xA0 else 5)
    spki = fields[index]
    algorithm = children(tbs, children(tbs, spki)[0])
    params = algorithm[1] if len(algorithm) > 1 and algorithm[1].tag == 0x06 else None
    return _Spki(
        algorithm_oid=decode_oid(algorithm[0].value(tbs)),
        curve_oid=decode_oid(params.value(tbs)) if params else None,
        digest=hashlib.sha256(spki.raw(tbs)).hexdigest(),
    )


@dataclass(frozen=True)
class _KeyFacts:
    algorithm: Algorithm | None
    size: int | None
    digest: str
    oid: str


def _public_key(catalog: Catalog, obj: X509Object) -> _KeyFacts:
    """The subject key through `cryptography`; keys it cannot load are read from the DER by OID."""
    try:
        key = obj.public_key()
        algorithm, size = key_algorithm(catalog, key)
        oid = obj.public_key_algorithm_oid.dotted_string  # type: ignore[union-attr]
        return _KeyFacts(algorithm, size, public_key_digest(key), oid)
    except (DetectorError, ValueError, TypeError, NotImplementedError, UnsupportedAlgorithm):
        request = isinstance(obj, x509.CertificateSigningRequest)
        spki = _spki(obj.tbs_certrequest_bytes if request else obj.tbs_certificate_bytes, request)  # type: ignore[union-attr]
        curve = catalog.curve(spki.curve_oid) if spki.curve_oid else None
        found = catalog.find(spki.algorithm_oid, "oid", curve=curve.id if curve else None)
        return _KeyFacts(found, curve.bits if curve else None, spki.digest, spki.algorithm_oid)


Signer = tuple[int | None, str | None]


def _signature(catalog: Catalog, oid: str, signer: Signer | None) -> Algorithm | None:
    """The signature algorithm, sized by the signer's key when it is known (self-signed, or in the file)."""
    if signer is None:
        return catalog.find(oid, "oid")
    size, curve = signer
    return catalog.find(oid, "oid", size=None if curve else size, curve=curve)


def _name(value: x509.Name) -> str:
    try:
        return value.rfc4514_string()
    except ValueError:
        return "(unparseable name)"


_NAMES: dict[bytes, str] = {}  # a name's DER -> its RFC 4514 form: issuers repeat across an estate
MAX_NAMES = 4096


def _names(obj: x509.Certificate) -> tuple[str, str]:
    """The subject and issuer of a certificate, each formatted once per process for its DER bytes (most
    certificates of an estate share a few issuers, and CA bundles repeat whole), from the bytes when they hold
    only common string types (`dn.rfc4514`, a fifth of building and formatting a cryptography Name)."""
    try:
        tbs = obj.tbs_certificate_bytes
        field = read_tlv(tbs, read_tlv(tbs).content)  # version [0], when present, then the serial number
        if field.tag == 0xA0:
            field = read_tlv(tbs, field.end)
        issuer = read_tlv(tbs, read_tlv(tbs, field.end).end)  # after the signature AlgorithmIdentifier
        subject = read_tlv(tbs, read_tlv(tbs, issuer.end).end)  # after the validity
    except DetectorError:
        return _name(obj.subject), _name(obj.issuer)
    return _cached(subject.raw(tbs), lambda: obj.subject), _cached(issuer.raw(tbs), lambda: obj.issuer)


def _cached(der: bytes, name: Callable[[], x509.Name]) -> str:
    found = _NAMES.get(der)
    if found is None:
        if len(_NAMES) >= MAX_NAMES:
            _NAMES.clear()
        formatted = rfc4514(der)
        found = _NAMES[der] = _name(name()) if formatted is None else formatted
    return found


def _subject_issuer(obj: X509Object) -> tuple[str, str | None]:
    """A certificate's subject and issuer; a request's subject (it has no issuer)."""
    if isinstance(obj, x509.CertificateSigningRequest):
        return _name(obj.subject), None
    return _names(obj)


def describe(
    obj: x509.Certificate | x509.CertificateSigningRequest,
    der: bytes | None,
    location: Location,
    catalog: Catalog,
    encoding: str,
    signer: Signer | None = None,
    facts: _KeyFacts | None = None,
) -> tuple[Certificate, list[Finding], list[str]]:
    """A Certificate asset, its findings and problems (unknown algorithms); other detectors reuse it. `der`:
    the object's DER encoding when the caller has it (else its SHA-256 comes from `cryptography`)."""
    request = isinstance(obj, x509.CertificateSigningRequest)
    facts = facts or _public_key(catalog, obj)
    public, size = facts.algorithm, facts.size
    subject, issuer = _subject_issuer(obj)
    self_signed = request or issuer == subject
    curve = public.curve if public else None
    own: Signer = (size, curve)
    signature = _signature(catalog, obj.signature_algorithm_oid.dotted_string, own if self_signed else signer)
    asset = Certificate(
        subject=subject,
        issuer=issuer,
        serial=None if request else format(obj.serial_number, "x"),  # type: ignore[union-attr]
        not_before=None if request else obj.not_valid_before_utc.astimezone(UTC),  # type: ignore[union-attr]
        not_after=None if request else obj.not_valid_after_utc.astimezone(UTC),  # type: ignore[union-attr]
        signature_algorithm=signature,
        public_key=public,
        key_size=size,
        sha256=_sha256(obj, der),
        spki_sha256=facts.digest,
        is_ca=_is_ca(obj),
        encoding=encoding,
        locations=(location,),
        request=request,
        self_signed=self_signed and not request,
    )
    return asset, *_findings(asset, location, obj.signature_algorithm_oid.dotted_string, facts.oid)


def _sha256(obj: X509Object, der: bytes | None) -> str:
    if der is not None:
        return hashlib.sha256(der).hexdigest()
    if isinstance(obj, x509.Certificate):
        return obj.fingerprint(hashes.SHA256()).hex()  # no DER re-encoding: three times faster
    return hashlib.sha256(obj.public_bytes(Encoding.DER)).hexdigest()


def _is_ca(obj: x509.Certificate | x509.CertificateSigningRequest) -> bool:
    try:
        return bool(obj.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except (x509.ExtensionNotFound, x509.DuplicateExtension, ValueError):
        return False  # (an extension given twice: the certificate is invalid, its CA flag unknown)


def _findings(
    asset: Certificate, location: Location, sig_oid: str, key_oid: str
) -> tuple[list[Finding], list[str]]:
    kind = "csr" if asset.request else "x509"
    what = "certificate request" if asset.request else "certificate"
    findings: list[Finding] = []
    problems: list[str] = []
    pairs = ((asset.signature_algorithm, "signature", sig_oid), (asset.public_key, "public-key", key_oid))
    for algorithm, part, oid in pairs:
        if algorithm is None:
            problems.append(f"{location}: {what} {asset.subject}: unknown {part} algorithm OID {oid}")
            continue
        detail = f"{algorithm.name}" + (
            f" ({asset.key_size} bits)" if part == "public-key" and asset.key_size else ""
        )
        findings.append(
            Finding(
                rule_id=f"{kind}.{part}",
                algorithm=algorithm,
                location=location,
                evidence=f"{what} {asset.subject}: {part.replace('-', ' ')} {detail}"[:200],
                symbol="signatureAlgorithm" if part == "signature" else "subjectPublicKeyInfo",
                asset_ref=asset.ref,
                provenance=(("parameterSetIdentifier", "observed"),),
            )
        )
    return findings, problems


# what `cryptography` refuses with an exception of its own, not a ValueError: one object unread, not the file
_REFUSED = (x509.InvalidVersion, UnsupportedAlgorithm)


def _load_block(label: str, der: bytes) -> list[X509Object]:
    """The objects of one block; ValueError when `cryptography` cannot read them (a version that X.509 does
    not have, BoringSSL's test certificate of version 4, or a PKCS#7 structure other than signedData)."""
    try:
        if label in CSR_LABELS:
            return [x509.load_der_x509_csr(der)]
        if label in PKCS7_LABELS:
            return list(pkcs7.load_der_pkcs7_certificates(der))
        if label == "TRUSTED CERTIFICATE":
            der = read_tlv(der).raw(der)
        return [x509.load_der_x509_certificate(der)]
    except _REFUSED as exc:
        raise ValueError(str(exc)) from None  # (PKCS#7 other than signedData: "Only basic signed ...")


def _load_der(data: bytes, suffix: str) -> list[X509Object]:
    with contextlib.suppress(DetectorError):
        data = read_tlv(data).raw(data)  # trailing padding or junk after the object is ignored
    errors: list[str] = []
    loaders = ("CERTIFICATE", "CERTIFICATE REQUEST", "PKCS7")
    if suffix == ".csr":
        loaders = ("CERTIFICATE REQUEST", "CERTIFICATE", "PKCS7")
    elif suffix in (".p7b", ".p7c"):
        loaders = ("PKCS7", "CERTIFICATE", "CERTIFICATE REQUEST")
    for label in loaders:
        try:
            return _load_block(label, data)
        except ValueError as exc:
            errors.append(f"{label.lower()}: {exc}")
    raise DetectorError("not a valid DER certificate, certificate request or PKCS#7 bundle")


def _is_pem(file: ScannedFile) -> bool:
    return not file.is_binary and b"-----BEGIN " in file.data


class X509Detector:
    name: ClassVar[str] = "x509"

    def wants(self, file: ScannedFile) -> bool:
        if _is_pem(file):
            return any(marker in file.data for marker in _MARKERS)
        return file.suffix in DER_SUFFIXES and der_shape(file.data) not in KEY_SHAPES

    def detect(self, file: ScannedFile, context: DetectContext) -> Detection:
        detection = Detection()
        if not _is_pem(file):
            objects = _load_der(file.data, file.suffix)
            places = [_place(FileLocation(file.rel), i, len(objects)) for i in range(len(objects))]
            _add(detection, list(zip(objects, places, strict=True)), context.catalog, "der")
            return detection
        found = _fast_certificates(file) or []
        for block in [] if found else pem_blocks(file.text):
            if block.label not in ALL_LABELS:
                continue
            if block.der is None:
                if file.suffix not in SOURCE_SUFFIXES:
                    detection.problems.append(f"line {block.line}: {block.label} block: {block.error}")
                continue
            try:
                objects = _load_block(block.label, block.der)
            except (ValueError, DetectorError) as exc:
                detection.problems.append(f"line {block.line}: {block.label} block is not valid: {exc}")
                continue
            location = FileLocation(file.rel, block.line)
            found.extend((obj, _place(location, i, len(objects))) for i, obj in enumerate(objects))
        _add(detection, found, context.catalog, "pem")
        return detection


_CERT_MARKER = b"-----BEGIN CERTIFICATE-----"


def _fast_certificates(file: ScannedFile) -> list[tuple[X509Object, FileLocation]] | None:
    """Certificates of a plain PEM file or bundle, parsed by `cryptography` in one call.

    None when the file holds anything else or anything unusual: the careful block-by-block path then runs.
    """
    data = file.data
    if data.count(b"-----BEGIN ") != data.count(_CERT_MARKER):
        return None
    try:
        certificates = x509.load_pem_x509_certificates(data)
    except (ValueError, *_REFUSED):
        return None
    found: list[tuple[X509Object, FileLocation]] = []
    offset, line = 0, 1
    for certificate in certificates:
        start = data.find(_CERT_MARKER, offset)
        if start < 0:
            return None
        line += data.count(b"\n", offset, start)
        found.append((certificate, FileLocation(file.rel, line)))
        offset = start + len(_CERT_MARKER)
    return found if len(found) == data.count(_CERT_MARKER) else None


def _place(location: FileLocation, index: int, count: int) -> FileLocation:
    return location if count == 1 else FileLocation(location.path, location.line, f"#{index + 1}")


def _add(
    detection: Detection, objects: list[tuple[X509Object, FileLocation]], catalog: Catalog, encoding: str
) -> None:
    """Describe every object of one file; issuers found in the same file size the signatures they made."""
    described: list[tuple[X509Object, FileLocation, _KeyFacts]] = []
    for obj, place in objects:
        try:
            described.append((obj, place, _public_key(catalog, obj)))
        except (ValueError, DetectorError, IndexError) as exc:
            detection.problems.append(f"{place}: cannot read certificate: {exc}")
    signers: dict[str, Signer] = (
        {
            _subject_issuer(obj)[0]: (facts.size, facts.algorithm.curve)
            for obj, _, facts in described
            if facts.algorithm is not None and not isinstance(obj, x509.CertificateSigningRequest)
        }
        if len(described) > 1
        else {}
    )  # one object per file (the common case) signs nothing else here
    for obj, place, facts in described:
        issuer = _subject_issuer(obj)[1] if len(described) > 1 else None
        try:
            asset, findings, problems = describe(
                obj, None, place, catalog, encoding, signers.get(issuer or ""), facts
            )
        except (ValueError, DetectorError, IndexError) as exc:
            detection.problems.append(f"{place}: cannot read certificate: {exc}")
            continue
        detection.assets.append(asset)
        detection.findings.extend(findings)
        detection.problems.extend(problems)
