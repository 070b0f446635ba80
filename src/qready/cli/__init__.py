"""Command-line interface: thin commands over the library.

Errors print as one line; --debug shows tracebacks.
"""

from __future__ import annotations

import importlib
import os
import sys

import click

from qready import __version__
from qready.errors import QreadyError

# each command's module is imported only when that command runs (or --help lists them): `qready scan`
# never pays for the dashboard, the store or the report formats it does not write
COMMANDS = {
    "scan": "qready.cli.scan:scan_command",
    "probe": "qready.cli.probe:probe_command",
    "plan": "qready.cli.plan:plan_command",
    "estimate": "qready.cli.estimate:estimate_command",
    "report": "qready.cli.report:report_command",
    "diff": "qready.cli.diff:diff_command",
    "assess": "qready.cli.assess_cbom:assess_command",
    "import": "qready.cli.import_cbom:import_command",
    "history": "qready.cli.history:history_command",
    "db": "qready.cli.db:db_command",
    "serve": "qready.cli.serve:serve_command",
    "catalog": "qready.cli.catalog:catalog_command",
    "rules": "qready.cli.rules:rules_command",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, _, name = target.partition(":")
        command = getattr(importlib.import_module(module), name)
        assert isinstance(command, click.Command)
        return command


EXIT_USAGE = 2


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="qready")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """qready: find quantum-vulnerable cryptography and plan its migration."""
    ctx.obj = {"debug": debug}


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


def run() -> None:
    """The `qready` console script and `python -m qready`: main(), then, once its output is flushed, exit
    without tearing the interpreter down (freeing a large scan's inventory object by object adds a tenth of
    a second to a scan that took two). qready holds no temporary files or exit handlers that need the
    teardown. An exception other than SystemExit ends the process as usual."""
    try:
        main()
        code: object = 0
    except SystemExit as exc:
        code = exc.code
    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)  # as Python prints a SystemExit's message
        code = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed pipe (`qready scan ... | head`): nothing more can be written
        code = code or 1
    os._exit(code or 0)
