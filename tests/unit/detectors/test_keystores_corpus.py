"""The keystore corpus: every (item, rule, algorithm, key size) found in each keystore, exactly."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from qready.engine import scan
from qready.model import Inventory, Status

CORPUS = Path(__file__).parents[2] / "corpus" / "keystores"
EXPECTED = tomllib.loads((CORPUS / "expectations.toml").read_text(encoding="utf-8"))
KEYSTORES = sorted(EXPECTED["files"])

Row = tuple[str, str, str, int | None]


@pytest.fixture(scope="module")
def inventory() -> Inventory:
    return scan(CORPUS, keystore_passwords=("changeit",), workers=1)


def _expected(name: str) -> set[Row]:
    return {
        (item, rule, algorithm, size or None)
        for item, rule, algorithm, size in EXPECTED["files"][name]["findings"]
    }


def test_the_expectations_cover_every_keystore_in_the_corpus() -> None:
    on_disk = {p.name for p in CORPUS.iterdir() if p.name not in ("README.md", "expectations.toml")}
    assert on_disk == set(KEYSTORES)


@pytest.mark.parametrize("name", KEYSTORES)
def test_keystore_findings_are_exactly_the_expected_ones(inventory: Inventory, name: str) -> None:
    found = {
        (f.location.item, f.rule_id, f.algorithm.name, f.algorithm.key_size)  # type: ignore[union-attr]
        for f in inventory.findings
        if f.location.path == name
    }
    assert found == _expected(name)
    outcomes = [(o.detector, o.status, o.reason) for o in inventory.outcomes if o.target == name]
    assert outcomes == [("keystores", Status.OK, "")]
