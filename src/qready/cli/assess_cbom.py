"""`qready assess --cbom FILE`: assess a CBOM another tool (or qready) wrote, and report on it like a scan."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console

from qready.cli.diff import imported_inventory
from qready.cli.outputs import finish, load_settings, outputs, report_flags


@click.command("assess")
@click.option(
    "--cbom",
    "cbom",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="CycloneDX 1.4-1.7 CBOM (cdxgen, CBOMkit, sonar-cryptography, IBM, qready).",
)
@report_flags
def assess_command(
    cbom: Path,
    formats: str | None,
    out: Path | None,
    cbom_version: str,
    fail_on: str,
    strict: bool,
    reproducible: bool,
    quiet: bool,
    policy: str | None,
    config: Path | None,
    profile: str | None,
) -> None:
    """Read a CBOM, map its algorithm names through the catalog, assess them and write the reports.

    Names the catalog does not know are kept as unknown findings and listed as problems (exit 3 with
    --strict)."""
    settings = load_settings((), config, policy, profile)
    chosen = outputs(formats, out, cbom_version, fail_on, strict, reproducible, settings)
    finish(imported_inventory(cbom), chosen, Console(stderr=True, quiet=quiet))
