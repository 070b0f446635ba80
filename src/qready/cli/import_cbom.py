"""`qready import FILE --org NAME`: a CBOM (from a partner, or from another tool) saved as a run of an
organisation, assessed today, so that it shows on the dashboard's readiness board beside scanned runs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from qready.assess import assess
from qready.cli.diff import read_scan
from qready.cli.history import STORE_HELP
from qready.cli.outputs import load_settings
from qready.errors import ConfigError
from qready.report.cbom_import import unknown_names
from qready.store import open_store


@click.command("import")
@click.argument("cbom", type=click.Path(path_type=Path, dir_okay=False), metavar="FILE.cdx.json")
@click.option("--org", "organisation", required=True, metavar="NAME", help="The organisation the CBOM is of.")
@click.option("--team", metavar="NAME", help="Team within --org.")
@click.option("--store", "url", metavar="URL", help=STORE_HELP)
@click.option(
    "--policy", metavar="LIST", help="Policies whose deadlines apply [default: qready.toml here, else nist]."
)
def import_command(
    cbom: Path, organisation: str, team: str | None, url: str | None, policy: str | None
) -> None:
    """Save a CycloneDX CBOM (1.4-1.7, or IBM's draft) in the store as a run of --org, assessed today."""
    if not organisation.strip():
        raise ConfigError("--org: name the organisation the CBOM belongs to")
    scan = read_scan(cbom)
    if not scan.is_cbom:
        raise ConfigError(
            f"{cbom}: a qready JSON report, not a CBOM (save scans with qready scan --org NAME)"
        )
    inventory = scan.side.inventory
    assessment = assess(inventory, load_settings((), None, policy, None), today=date.today())
    with open_store(url) as store:
        run_id = store.save(assessment, organisation, team)
        where = store.location
    unknown = list(unknown_names(inventory))
    tail = f"; names the catalog does not know: {', '.join(unknown)}" if unknown else ""
    click.echo(f"saved run {run_id} in {where}: {len(inventory.findings)} findings{tail}")
