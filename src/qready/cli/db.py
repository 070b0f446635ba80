"""`qready db`: look after the store (upgrade its schema, prune old runs)."""

from __future__ import annotations

import click

from qready.cli.history import STORE_HELP
from qready.store import Store, open_store


@click.group("db")
def db_command() -> None:
    """Look after the store that scan --org and qready history use."""


@db_command.command("upgrade")
@click.option("--store", "url", metavar="URL", help=STORE_HELP)
def upgrade_command(url: str | None) -> None:
    """Bring the store's schema to this qready's version (a store is also upgraded when a run is saved)."""
    with Store(url) as store:
        before, after = store.upgrade()
        where = store.location
    if before == after:
        click.echo(f"{where}: schema version {after}, up to date")
    else:
        click.echo(f"{where}: schema upgraded from version {before} to {after}")


@db_command.command("prune")
@click.option("--store", "url", metavar="URL", help=STORE_HELP)
@click.option("--keep", type=click.IntRange(1), required=True, help="Runs kept per organisation and team.")
@click.option("--org", "organisation", metavar="NAME", help="Prune only this organisation's runs.")
def prune_command(url: str | None, keep: int, organisation: str | None) -> None:
    """Delete all but the KEEP newest runs of each organisation and team."""
    with open_store(url) as store:
        deleted = store.prune(keep, organisation)
    shown = ", ".join(str(run_id) for run_id in deleted)
    click.echo(
        f"deleted {len(deleted)} run{'s' if len(deleted) != 1 else ''}{': ' + shown if deleted else ''}"
    )
