"""The keys corpus: each fixture's exact (line, item, rule, algorithm, size) findings, per expected.toml."""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from qready.engine import scan
from qready.model import FileLocation, Inventory, KeyMaterial

CORPUS = Path(__file__).parents[2] / "corpus" / "keys"
RULES = frozenset(
    {
        "key.private",
        "key.public",
        "key.protection",
        "ssh.authorized-key",
        "ssh.known-host",
        "ssh.certificate",
        "ssh.certificate-ca",
        "jwk.key",
        "pgp.key",
    }
)
# Rules whose finding is about another algorithm than the asset's key: no size fallback to the asset.
_OWN_SIZE_ONLY = frozenset({"key.protection", "ssh.certificate-ca"})
Row = tuple[int | None, str | None, str, str, int | None]


def _expected() -> dict[str, Counter[Row]]:
    table: dict[str, Counter[Row]] = {}
    for row in tomllib.loads((CORPUS / "expected.toml").read_text())["finding"]:
        key = (row.get("line"), row.get("item"), row["rule"], row["algorithm"], row.get("size"))
        table.setdefault(row["file"], Counter())[key] += 1
    return table


EXPECTED = _expected()
FIXTURES = sorted(
    p.relative_to(CORPUS).as_posix()
    for p in CORPUS.rglob("*")
    if p.is_file() and p.name not in ("README.md", "expected.toml")
)


@pytest.fixture(scope="module")
def inventory() -> Inventory:
    return scan(CORPUS, workers=1)


def _size(inventory: Inventory, rule: str, algorithm_size: int | None, ref: str | None) -> int | None:
    """The algorithm's key size, or for unsized algorithms (Ed25519, ML-DSA) the key's own size."""
    if algorithm_size is not None or rule in _OWN_SIZE_ONLY or ref is None:
        return algorithm_size
    asset = inventory.asset(ref)
    return asset.size if isinstance(asset, KeyMaterial) else None


def _produced(inventory: Inventory, path: str) -> Counter[Row]:
    rows: Counter[Row] = Counter()
    for finding in inventory.findings:
        if finding.rule_id not in RULES or finding.location.path != path:
            continue
        assert isinstance(finding.location, FileLocation)
        size = _size(inventory, finding.rule_id, finding.algorithm.key_size, finding.asset_ref)
        rows[
            (finding.location.line, finding.location.item, finding.rule_id, finding.algorithm.name, size)
        ] += 1
    return rows


def test_every_expectation_names_a_fixture() -> None:
    assert set(EXPECTED) <= set(FIXTURES)


@pytest.mark.parametrize("path", FIXTURES)
def test_fixture_findings(inventory: Inventory, path: str) -> None:
    assert _produced(inventory, path) == EXPECTED.get(path, Counter())
    failed = [
        o for o in inventory.outcomes if o.target == path and o.detector == "keys" and o.status.value != "ok"
    ]
    assert failed == []
