"""`qready plan PATH... [--host TARGET]`: scan, assess and print the migration plan (text, Markdown, JSON)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

from qready import __version__
from qready.assess import assess
from qready.cli.outputs import load_settings
from qready.cli.probe import probe_flags, probe_request
from qready.engine import ScanRequest, run_scan
from qready.errors import ConfigError
from qready.report.plan import render_json, render_markdown, render_text

FORMATS = ("text", "markdown", "json")


def parse_day(value: str | None) -> date:
    """`--as-of 2026-11-29` -> that day; none -> today."""
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"--as-of: {value!r} is not a date (YYYY-MM-DD)") from None


@click.command("plan")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--host", "hosts", multiple=True, metavar="TARGET", help="Also probe this endpoint (repeatable)."
)
@click.option("--format", "output", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option(
    "--policy",
    metavar="LIST",
    help="Policies whose deadlines apply, comma-separated: nist, cnsa, eu, uk, bsi, anssi "
    "[default: qready.toml, else nist].",
)
@click.option(
    "--config",
    type=click.Path(path_type=Path, dir_okay=False),
    help="qready.toml (or pyproject.toml) to use [default: the one in the first scanned folder].",
)
@click.option(
    "--as-of", "as_of", metavar="DATE", help="Judge urgency on this day (YYYY-MM-DD) [default: today]."
)
@click.option("--width", type=click.IntRange(60, 1000), default=160, show_default=True, help="Text width.")
@probe_flags
def plan_command(
    paths: tuple[Path, ...],
    hosts: tuple[str, ...],
    output: str,
    policy: str | None,
    config: Path | None,
    as_of: str | None,
    width: int,
    **probing: Any,
) -> None:
    """Scan, assess and print the migration plan: library upgrades first, then waves by urgency and effort,
    each finding with its replacement in its own stack."""
    day = parse_day(as_of)
    probes = probe_request(hosts, **probing)
    if not paths and probes is None:
        raise ConfigError("plan: name at least one path, or a host with --host/--targets")
    settings = load_settings(paths, config, policy, None)
    inventory = run_scan(ScanRequest(targets=paths, probes=probes))
    assessment = assess(inventory, settings, today=day)
    for warning in assessment.warnings:
        click.echo(f"warning: {warning}", err=True)
    if output == "markdown":
        sys.stdout.write(render_markdown(assessment))
    elif output == "json":
        sys.stdout.write(render_json(assessment, __version__))
    else:
        sys.stdout.write(render_text(assessment, width=width))
