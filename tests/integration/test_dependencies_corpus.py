"""The dependency corpus (Python, npm, Go, Maven, Gradle, Cargo, NuGet, Composer, Bundler projects): exactly
the crypto libraries of expected.toml, each a Library asset with its Package URL and post-quantum note, and
not one finding."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from qready.engine import scan
from qready.model import FileLocation, Inventory, Library, Status

CORPUS = Path(__file__).parents[1] / "corpus" / "config" / "dependencies"
Row = tuple[str, int | None, str | None, str, str | None]


@pytest.fixture(scope="module")
def inventory() -> Inventory:
    return scan(CORPUS, workers=1)


def test_libraries_are_exactly_the_expected_ones(inventory: Inventory) -> None:
    expected = {
        (row["file"], row["line"], row["item"], row["purl"], row["note"])
        for row in tomllib.loads((CORPUS / "expected.toml").read_text())["library"]
    }
    found: set[Row] = set()
    for asset in inventory.assets:
        if isinstance(asset, Library):
            for location in asset.locations:
                assert isinstance(location, FileLocation)
                found.add((location.path, location.line, location.item, asset.purl, asset.note))
    assert found == expected


def test_a_dependency_is_never_a_finding(inventory: Inventory) -> None:
    assert inventory.findings == ()


def test_lockfile_and_manifest_pins_are_one_library(inventory: Inventory) -> None:
    jose = [a for a in inventory.assets if isinstance(a, Library) and a.purl == "pkg:npm/jose@5.2.3"]
    assert len(jose) == 1
    assert [str(location) for location in jose[0].locations] == [
        "web/package-lock.json:37 [jose]",
        "web/package.json:12 [jose]",
    ]


def test_algorithms_follow_the_resolved_version(inventory: Inventory) -> None:
    by_purl = {a.purl: a for a in inventory.assets if isinstance(a, Library)}
    old = {a.name for a in by_purl["pkg:maven/org.bouncycastle/bcprov-jdk18on@1.78.1"].algorithms}
    new = {a.name for a in by_purl["pkg:maven/org.bouncycastle/bcprov-jdk18on@1.80"].algorithms}
    assert "ML-KEM-768" not in old and "RSA" in old
    assert {"ML-KEM-768", "ML-DSA-65", "SLH-DSA-SHA2-128s", "RSA"} <= new
    assert {a.name for a in by_purl["pkg:golang/stdlib@1.23.2"].algorithms} >= {"X25519", "ECDSA"}
    assert "X25519MLKEM768" not in {a.name for a in by_purl["pkg:golang/stdlib@1.23.2"].algorithms}


def test_every_manifest_is_read_without_problems(inventory: Inventory) -> None:
    outcomes = [o for o in inventory.outcomes if o.detector == "config-dependencies"]
    manifests = {p.relative_to(CORPUS).as_posix() for p in CORPUS.rglob("*") if p.is_file()} - {
        "expected.toml"
    }
    assert len(manifests) == 25
    assert {o.target for o in outcomes} == manifests
    assert [o for o in outcomes if o.status is not Status.OK] == []


def test_a_50_mb_lockfile_is_an_outcome_and_the_rest_of_the_project_is_kept(tmp_path: Path) -> None:
    """Over the default --max-file-size the walker skips the lockfile without reading it (the size is all it
    looks at; a sparse file stands in for 50 MB of JSON); the manifest beside it is still read. The detector's
    own entry-by-entry reading of a real 50 MB lockfile, past a raised --max-file-size, is in
    tests/unit/detectors/configs/test_manifests.py."""
    (tmp_path / "requirements.txt").write_text("cryptography==48.0.1\n")
    with open(tmp_path / "package-lock.json", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    inventory = scan(tmp_path, workers=1)
    skipped = [(o.target, o.status, o.reason) for o in inventory.outcomes if o.status is not Status.OK]
    assert skipped == [
        (
            "package-lock.json",
            Status.SKIPPED,
            f"{50 * 1024 * 1024} bytes is over --max-file-size {10 * 1024 * 1024}",
        )
    ]
    assert [a.purl for a in inventory.assets if isinstance(a, Library)] == ["pkg:pypi/cryptography@48.0.1"]


def test_malformed_manifests_are_problems_and_the_good_ones_are_kept(tmp_path: Path) -> None:
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "requirements.txt").write_text("pyjwt==2.8.0\n")
    (tmp_path / "pom.xml").write_text("<project><dependencies><dependency></project>\n")
    (tmp_path / "pnpm-lock.yaml").write_text("packages:\n  jose@1.0.0: {\n")
    (tmp_path / "Cargo.lock").write_text('[[package]\nname = "ring"\n')
    inventory = scan(tmp_path, workers=1)
    reasons = {o.target: o.reason.split(" (")[0] for o in inventory.outcomes if o.reason}
    assert reasons == {
        "pom.xml": "pom.xml: not well-formed XML",
        "pnpm-lock.yaml": "pnpm-lock.yaml: not valid YAML",
        "Cargo.lock": "Cargo.lock: not valid TOML",
    }
    assert [a.purl for a in inventory.assets if isinstance(a, Library)] == ["pkg:pypi/pyjwt@2.8.0"]
