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


def test_verdict_parts_many_findings_share_are_written_once() -> None:
    from qready.model import PolicyDeadline, Urgency

    deadline = PolicyDeadline(
        "nist-ir-8547", "NIST IR 8547", "deprecated", datetime.date(2031, 1, 1), "IR 8547"
    )
    urgency = Urgency("high", "because", 2033.0, (0.17, 0.29), False)
    base = _assessment()
    (finding,) = base.inventory.findings
    twin = Finding("x509.public-key", finding.algorithm, SourceSpan("b.py", 9, 2), "rsa")
    inventory = Inventory.build(["."], [finding, twin], base.inventory.assets, [], "v1", 2)
    verdicts = tuple(
        Verdict(f.fingerprint, Threat.SHOR_BROKEN, 112, 0, (), deadlines=(deadline,), urgency=urgency)
        for f in inventory.findings
    )
    document = dump_assessment(Assessment(inventory, verdicts), "0.1.0")
    assert document["version"] == 2
    assert sorted(key.split("#")[0] for key in document["shared"]) == ["PolicyDeadline", "Urgency"]
    stored = document["assessment"]["verdicts"]
    assert stored[0]["urgency"] == stored[1]["urgency"] and stored[0]["urgency"] in document["shared"]
    loaded = load_assessment(json.loads(json.dumps(document)))
    assert loaded == Assessment(inventory, verdicts)
    # a version 1 document held every part inline: it still loads
    inline = json.loads(json.dumps(document))
    for verdict in inline["assessment"]["verdicts"]:
        verdict["urgency"] = inline["shared"][verdict["urgency"]]
        verdict["deadlines"] = [inline["shared"][key] for key in verdict["deadlines"]]
    inline["version"] = 1
    del inline["shared"]
    assert load_assessment(inline) == Assessment(inventory, verdicts)
