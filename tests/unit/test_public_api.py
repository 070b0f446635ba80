"""The curated public API: exactly these names, and they work as the README shows."""

from __future__ import annotations

import subprocess
import sys
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


def test_a_library_scan_loads_no_assessment_and_qready_assess_stays_the_function() -> None:
    """`import qready` binds the function `assess`, but the assessment's models and tables load on the first
    assessment only: a library scan does not pay for them. The subpackage of the same name, imported on the
    way, does not shadow the function."""
    code = (
        "import sys\n"
        "import qready\n"
        "inventory = qready.scan(sys.argv[1])\n"
        "print('qready.assess.verdicts' in sys.modules, callable(qready.assess))\n"
        "assessment = qready.assess(inventory)\n"
        "print('qready.assess.verdicts' in sys.modules, len(assessment.verdicts) == len(inventory.findings))"
        "\n"
    )
    estate = Path(__file__).parents[2] / "examples" / "estate"
    result = subprocess.run(
        [sys.executable, "-c", code, str(estate)], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.split() == ["False", "True", "True", "True"]
