"""The X.509 corpus: every certificate, bundle, PKCS#7 and CSR gives exactly the expected findings."""

from __future__ import annotations

import tomllib
from pathlib import Path

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
