from __future__ import annotations

import random
from dataclasses import replace as _replace

from qready.knowledge import resolve
from qready.model import (
    Certificate,
    Confidence,
    FileLocation,
    Finding,
    Inventory,
    KeyMaterial,
    Outcome,
    SourceSpan,
    Status,
    location_line,
    merge_assets,
)


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


# --- the fast paths give what the plain definitions give ---------------------------------------------------


def _place(location: object) -> tuple[str, int, str]:
    return (location.path, location_line(location) or 0, str(location))  # type: ignore[attr-defined, arg-type]


def _plain_better(seen: KeyMaterial, other: KeyMaterial) -> KeyMaterial:
    """Inventory's merge rule, written out: equal content keeps the first, else the richer, else by the
    fields' reprs in order."""
    mine = tuple(v for k, v in vars(seen).items() if k not in ("locations", "ref"))
    theirs = tuple(v for k, v in vars(other).items() if k not in ("locations", "ref"))
    if mine == theirs:
        return seen

    def known(values: tuple[object, ...]) -> int:
        nested = [v for v in values if v is not None and hasattr(v, "__dataclass_fields__")]
        return sum(v is not None for v in values) + sum(
            getattr(v, name) is not None for v in nested for name in v.__dataclass_fields__
        )

    if known(mine) != known(theirs):
        return seen if known(mine) > known(theirs) else other
    return seen if [repr(v) for v in mine] <= [repr(v) for v in theirs] else other


def _plain_merge(assets: list[KeyMaterial]) -> tuple[KeyMaterial, ...]:
    best: dict[str, KeyMaterial] = {}
    places: dict[str, set[object]] = {}
    for asset in assets:
        best[asset.ref] = asset if asset.ref not in best else _plain_better(best[asset.ref], asset)
        places.setdefault(asset.ref, set()).update(asset.locations)
    return tuple(
        _replace(best[ref], locations=tuple(sorted(places[ref], key=_place)))  # type: ignore[arg-type]
        for ref in sorted(best)
    )


def _sightings(seed: int) -> tuple[list[Finding], list[KeyMaterial], list[Outcome]]:
    """Keys seen in several formats and places, findings seen twice, outcomes out of order (ties included)."""
    pick = random.Random(seed)
    algorithms = [resolve("RSA", size=2048), resolve("Ed25519"), resolve("ECDSA", curve="P-256")]
    keys, findings, outcomes = [], [], []
    for n in range(60):
        algorithm = _replace(pick.choice(algorithms))  # equal values, distinct objects
        where = pick.choice(
            [FileLocation(f"k/{n % 7}.pem", pick.randint(1, 3)), SourceSpan(f"s/{n % 5}.py", 2, n % 3)]
        )
        keys.append(
            KeyMaterial(
                "private-key",
                pick.choice([algorithm, None]),
                pick.choice([2048, None]),
                pick.choice(["pkcs1", "pkcs8", "sec1", "openssh"]),
                f"{n % 9:02d}" * 32,
                (where,),
                comment=pick.choice([None, "a", "ab", "b"]),
            )
        )
        finding = Finding(pick.choice(["key.private", "key.public"]), algorithm, where, f"key {n % 4}")
        findings += [finding, _replace(finding, confidence=pick.choice(list(Confidence)))]
        outcomes.append(Outcome(f"k/{n % 7}.pem", pick.choice(list(Status)), f"reason {n % 2}", "keys"))
    pick.shuffle(findings)
    return findings, keys, outcomes


def test_merge_and_sort_equal_the_plain_definitions() -> None:
    for seed in range(20):
        findings, keys, outcomes = _sightings(seed)
        inventory = Inventory.build(["."], findings, keys, outcomes)
        assert inventory.assets == _plain_merge(keys)
        unique = {(f.fingerprint, _place(f.location)): f for f in findings}
        expected = sorted(unique.values(), key=lambda f: (*_place(f.location), f.rule_id, f.algorithm.name))
        assert [(f, f.confidence) for f in inventory.findings] == [(f, f.confidence) for f in expected]
        first = list(dict.fromkeys(outcomes))
        assert inventory.outcomes == tuple(
            sorted(first, key=lambda o: (o.target, o.detector or "", o.status))
        )


def test_an_asset_seen_once_is_kept_as_it_is() -> None:
    key = KeyMaterial("private-key", resolve("Ed25519"), 256, "openssh", "ab" * 32, (FileLocation("id", 1),))
    (kept,) = merge_assets([key])
    assert kept is key
    moved = _replace(key, locations=(FileLocation("b", 2), FileLocation("a", 9)))
    (sorted_places,) = merge_assets([moved])
    assert sorted_places.locations == (FileLocation("a", 9), FileLocation("b", 2))
