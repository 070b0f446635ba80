"""The X.509 corpus: every certificate, bundle, PKCS#7 and CSR gives exactly the expected findings."""

from __future__ import annotations

import tomllib
from pathlib import Path

from cryptography import x509

from qready.engine import scan
from qready.model import FileLocation

CORPUS = Path(__file__).parents[1] / "corpus" / "x509"


def test_x509_corpus_findings_are_exactly_the_expected_ones() -> None:
    expected = {tuple(row) for row in tomllib.loads((CORPUS / "expected.toml").read_text())["findings"]}
    inventory = scan(CORPUS, workers=1)
    found = set()
    for finding in inventory.findings:
        assert isinstance(finding.location, FileLocation)
        location = finding.location
        found.add(
            (
                location.path,
                location.line or 0,
                location.item or "",
                finding.rule_id,
                finding.algorithm.name,
                finding.algorithm.key_size or 0,
            )
        )
    assert found == expected
    assert inventory.problems() == ()


def test_chain_certificates_are_linked_to_their_issuer_key_and_shared_across_files() -> None:
    inventory = scan(CORPUS, workers=1)
    leaf = [
        a for a in inventory.assets if getattr(a, "subject", "") == "CN=api.example.test" and not a.request
    ]  # type: ignore[union-attr]
    assert len(leaf) == 1, "every copy of the leaf, in every format, is one certificate"
    (cert,) = leaf
    assert sorted(str(place) for place in cert.locations) == [
        "chain-der.p7c [#1]",
        "chain.p7b:1 [#1]",
        "chain.pem:1",
        "embedded/crlf.pem:1",
        "embedded/k8s.yaml:5",
        "embedded/secret.json:1",
        "embedded/trailing.cer",
        "leaf.der",
        "leaf.pem:1",
    ]
    assert cert.issuer == "O=Example Corp,CN=Corpus Root CA"
    assert cert.serial == "7"
    assert not cert.is_ca and not cert.self_signed


def test_names_read_from_the_certificates_der_are_those_cryptography_formats_and_are_formatted_once() -> None:
    from qready.detectors import x509 as detector

    pems = sorted(CORPUS.rglob("*.pem")) + sorted(CORPUS.rglob("*.crt"))
    certificates = [c for path in pems for c in _certificates(path.read_bytes())]
    assert len(certificates) >= 5
    for certificate in certificates:
        assert detector._names(certificate) == (
            certificate.subject.rfc4514_string(),
            certificate.issuer.rfc4514_string(),
        )
    issuer_der = certificates[0].issuer.public_bytes()
    assert detector._NAMES[issuer_der] == certificates[0].issuer.rfc4514_string()
    again = detector._names(certificates[0])[1]
    assert again is detector._NAMES[issuer_der]  # the second time, the formatted name is reused


def _certificates(data: bytes) -> list[x509.Certificate]:
    try:
        return x509.load_pem_x509_certificates(data)
    except ValueError:
        return []
