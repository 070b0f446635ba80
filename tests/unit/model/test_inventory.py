from __future__ import annotations

from qready.knowledge import resolve
from qready.model import Certificate, FileLocation, Finding, Inventory, Outcome, Status, merge_assets


def _cert(signature: str, size: int | None, place: FileLocation) -> Certificate:
    return Certificate(
        subject="CN=leaf",
        issuer="CN=ca",
        serial="7",
        not_before=None,
        not_after=None,
        signature_algorithm=resolve(signature, size=size),
        public_key=resolve("ECDSA", curve="P-384"),
        key_size=384,
        sha256="aa" * 32,
        spki_sha256="bb" * 32,
        is_ca=False,
        encoding="pem",
        locations=(place,),
    )


def test_merge_keeps_the_richest_sighting_in_any_order_with_every_place() -> None:
    lone = _cert("sha256WithRSAEncryption", None, FileLocation("leaf.der"))
    chained = _cert("sha256WithRSAEncryption", 3072, FileLocation("chain.pem", 1))
    forward = merge_assets([lone, chained])
    backward = merge_assets([chained, lone])
    assert forward == backward
    (merged,) = forward
    assert isinstance(merged, Certificate)
    assert merged.signature_algorithm is not None
    assert merged.signature_algorithm.name == "RSA-PKCS1-1.5-SHA-256-3072"
    assert merged.locations == (FileLocation("chain.pem", 1), FileLocation("leaf.der"))


def test_build_deduplicates_findings_and_sorts_outcomes() -> None:
    rsa = resolve("RSA", size=2048)
    one = Finding("key.private", rsa, FileLocation("b.pem", 3), "RSA-2048")
    two = Finding("key.private", rsa, FileLocation("a.pem", 1), "RSA-2048")
    inventory = Inventory.build(
        ["."], [one, two, one], [], [Outcome("b", Status.FAILED, "x"), Outcome("a", Status.OK)], "v", 2
    )
    assert [f.location for f in inventory.findings] == [FileLocation("a.pem", 1), FileLocation("b.pem", 3)]
    assert [o.target for o in inventory.outcomes] == ["a", "b"]
    assert not inventory.complete
    assert inventory.problems() == (Outcome("b", Status.FAILED, "x"),)


def test_merged_assets_keep_a_ref_equal_to_a_fresh_computation() -> None:
    from dataclasses import replace

    merged = merge_assets([_cert("sha256WithRSAEncryption", 3072, FileLocation("a.pem", 1))])[0]
    assert merged.ref == replace(merged).ref
