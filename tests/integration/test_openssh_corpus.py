"""The OpenSSH corpus (Debian and RHEL 9 servers, a CI workstation): exact findings per expected.toml, and the
ProtocolConfig assets linked to the host and identity keys the keys detector finds in the same tree."""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from qready.engine import scan
from qready.model import Confidence, FileLocation, Inventory, KeyMaterial, ProtocolConfig

CORPUS = Path(__file__).parents[1] / "corpus" / "config" / "openssh"
Row = tuple[str, int | None, str | None, str, str, bool]


@pytest.fixture(scope="module")
def inventory() -> Inventory:
    return scan(CORPUS, workers=1)


def test_findings_are_exactly_the_expected_ones(inventory: Inventory) -> None:
    expected: Counter[Row] = Counter(
        (row["file"], row.get("line"), row["item"], row["rule"], row["algorithm"], row.get("default", False))
        for row in tomllib.loads((CORPUS / "expected.toml").read_text())["finding"]
    )
    found: Counter[Row] = Counter()
    for finding in inventory.findings:
        if not finding.rule_id.startswith("config.openssh."):
            continue
        location = finding.location
        assert isinstance(location, FileLocation)
        default = finding.confidence == Confidence.MEDIUM
        found[
            (location.path, location.line, location.item, finding.rule_id, finding.algorithm.name, default)
        ] += 1
    assert found == expected


def test_the_shadowed_legacy_line_is_not_reported(inventory: Inventory) -> None:
    # debian sshd_config line 58 sets FFDH key exchange, but the drop-in read first already set KexAlgorithms
    lines = {
        (f.location.path, f.location.line)
        for f in inventory.findings
        if isinstance(f.location, FileLocation) and f.rule_id == "config.openssh.kexalgorithms"
    }
    assert ("debian/etc/ssh/sshd_config", 58) not in lines


def test_configurations_name_the_keys_found_in_the_tree(inventory: Inventory) -> None:
    configs = sorted(
        (a.files for a in inventory.assets if isinstance(a, ProtocolConfig) and a.protocol == "ssh"),
        key=lambda files: files[:1],
    )
    assert configs == [
        (),
        ("debian/etc/ssh/ssh_host_ed25519_key", "debian/etc/ssh/ssh_host_ecdsa_key"),
        ("rhel9/etc/ssh/ssh_host_rsa_key", "rhel9/etc/ssh/ssh_host_ed25519_key"),
        ("workstation/home/deploy/.ssh/keys/deploy_ed25519",),
    ]
    keys = {
        location.path
        for asset in inventory.assets
        if isinstance(asset, KeyMaterial)
        for location in asset.locations
        if isinstance(location, FileLocation)
    }
    assert {path for files in configs for path in files} <= keys


def test_the_corpus_scans_without_problems(inventory: Inventory) -> None:
    assert [o.reason for o in inventory.outcomes if o.detector == "config-openssh" and o.reason] == []
