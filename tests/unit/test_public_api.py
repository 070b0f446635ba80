"""The curated public API: exactly these names, and they work as the README shows."""

from __future__ import annotations

from pathlib import Path

import qready


def test_public_names_are_curated() -> None:
    assert sorted(qready.__all__) == sorted(
        [
            "Algorithm",
            "Assessment",
            "Asset",
            "CatalogError",
            "Certificate",
            "ConfigError",
            "DetectorError",
            "Finding",
            "Inventory",
            "KeyMaterial",
            "Library",
            "Location",
            "Outcome",
            "PluginError",
            "ProtocolConfig",
            "QreadyError",
            "Status",
            "StoreError",
            "TargetError",
            "Threat",
            "Verdict",
            "__version__",
            "assess",
            "resolve",
            "scan",
        ]
    )
    for name in qready.__all__:
        assert hasattr(qready, name), name


def test_every_error_is_a_qready_error() -> None:
    for error in (
        qready.CatalogError,
        qready.ConfigError,
        qready.DetectorError,
        qready.PluginError,
        qready.StoreError,
        qready.TargetError,
    ):
        assert issubclass(error, qready.QreadyError)


def test_readme_library_example(tmp_path: Path) -> None:
    estate = Path(__file__).parents[2] / "examples" / "estate"
    inventory = qready.scan(estate)
    assessment = qready.assess(inventory)
    assert len(assessment.verdicts) == len(inventory.findings)
    algorithm = qready.resolve("ecdsa-sha2-nistp256")
    assert (algorithm.name, algorithm.threat, algorithm.classical_bits) == (
        "ECDSA-P-256-SHA-256",
        qready.Threat.SHOR_BROKEN,
        128,
    )
