from __future__ import annotations

import datetime
import json

import pytest

from qready.knowledge import resolve
from qready.model import (
    Assessment,
    Certificate,
    Endpoint,
    FileLocation,
    Finding,
    Inventory,
    KeyMaterial,
    Outcome,
    SourceSpan,
    Status,
    Threat,
    Verdict,
)
from qready.model.codec import CodecError, dump_assessment, load_assessment


def _assessment() -> Assessment:
    rsa = resolve("RSA", size=2048)
    cert = Certificate(
        subject="CN=a",
        issuer="CN=b",
        serial="1f",
        not_before=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC),
        not_after=None,
        signature_algorithm=resolve("sha256WithRSAEncryption", size=2048),
        public_key=rsa,
        key_size=2048,
        sha256="ab" * 32,
        spki_sha256="cd" * 32,
        is_ca=False,
        encoding="pem",
        locations=(FileLocation("a.pem", 3), Endpoint("tls", "127.0.0.1", 443)),
    )
    key = KeyMaterial(
        "private-key", None, None, "PKCS8", "ef" * 32, (FileLocation("k.pem", 1),), encrypted=True
    )
    finding = Finding("x509.public-key", rsa, SourceSpan("a.py", 4, 2), "rsa", asset_ref=cert.ref)
    inventory = Inventory.build(
        ["."], [finding], [cert, key], [Outcome("a.pem", Status.OK, "", "x509")], "v1", 2
    )
    verdict = Verdict(finding.fingerprint, Threat.SHOR_BROKEN, 112, 0, ("ML-DSA-65",))
    return Assessment(inventory, (verdict,))


def test_assessment_round_trips_exactly_through_json_text() -> None:
    original = _assessment()
    text = json.dumps(dump_assessment(original, "0.1.0"), sort_keys=True)
    assert load_assessment(json.loads(text)) == original


def test_encoding_tags_unions_and_adds_computed_ids() -> None:
    original = _assessment()
    doc = dump_assessment(original, "0.1.0")
    cert = doc["assessment"]["inventory"]["assets"][0]
    assert cert["type"] == "Certificate"
    assert cert["ref"] == original.inventory.assets[0].ref
    assert cert["locations"][1] == {"type": "Endpoint", "scheme": "tls", "host": "127.0.0.1", "port": 443}
    finding = doc["assessment"]["inventory"]["findings"][0]
    assert finding["fingerprint"] == original.inventory.findings[0].fingerprint


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"format": "other"}, "not a qready JSON document"),
        ({"format": "qready-assessment", "version": 99}, "unsupported qready JSON version 99"),
        (
            {"format": "qready-assessment", "version": 1, "assessment": {"type": "Nope"}},
            "expected a tagged model",
        ),
    ],
)
def test_foreign_documents_are_refused(document: object, message: str) -> None:
    with pytest.raises(CodecError, match=message):
        load_assessment(document)


def test_stored_fingerprints_survive_a_change_of_formula() -> None:
    """A document written by an older fingerprint formula still links each finding to its verdict."""
    document = dump_assessment(_assessment(), "0.1.0")
    old = "0" * 32
    document["assessment"]["inventory"]["findings"][0]["fingerprint"] = old
    document["assessment"]["verdicts"][0]["fingerprint"] = old
    loaded = load_assessment(json.loads(json.dumps(document)))
    (finding,) = loaded.inventory.findings
    assert finding.fingerprint == old
    verdict = loaded.verdict_for(finding.fingerprint)
    assert verdict is not None and verdict.classical_bits == 112
