"""Command-line interface: thin commands over the library.

Errors print as one line; --debug shows tracebacks.
"""

from __future__ import annotations

import sys

import click

from qready import __version__
from qready.cli.assess_cbom import assess_command
from qready.cli.catalog import catalog_command
from qready.cli.db import db_command
from qready.cli.diff import diff_command
from qready.cli.estimate import estimate_command
from qready.cli.history import history_command
from qready.cli.import_cbom import import_command
from qready.cli.plan import plan_command
from qready.cli.probe import probe_command
from qready.cli.report import report_command
from qready.cli.rules import rules_command
from qready.cli.scan import scan_command
from qready.cli.serve import serve_command
from qready.errors import QreadyError

EXIT_USAGE = 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="qready")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """qready: find quantum-vulnerable cryptography and plan its migration."""
    ctx.obj = {"debug": debug}


cli.add_command(scan_command)
cli.add_command(probe_command)
cli.add_command(catalog_command)
cli.add_command(rules_command)
cli.add_command(estimate_command)
cli.add_command(assess_command)
cli.add_command(diff_command)
cli.add_command(report_command)
cli.add_command(plan_command)
cli.add_command(history_command)
cli.add_command(db_command)
cli.add_command(serve_command)
cli.add_command(import_command)


def main(argv: list[str] | None = None) -> None:
    """Console entry point: QreadyError -> one line on stderr and exit code 2."""
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        cli.main(args=argv, prog_name="qready", standalone_mode=True)
    except QreadyError as exc:
        if debug:
            raise
        click.echo(f"qready: error: {exc}", err=True)
        raise SystemExit(EXIT_USAGE) from None
