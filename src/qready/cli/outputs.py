"""What `qready scan` and `qready probe` share: the report flags, writing the reports, the exit code."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console

from qready import __version__
from qready.assess import assess
from qready.cli.options import THRESHOLDS, fails, parse_formats, report_timestamp
from qready.errors import ConfigError
from qready.model import Assessment, Inventory
from qready.report import BUILTIN_REPORTERS, ReportOptions, reporter_named

EXIT_FINDINGS = 1
EXIT_INCOMPLETE = 3
F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Outputs:
    formats: list[str]
    out: Path | None
    options: ReportOptions
    fail_on: str = "never"
    strict: bool = False


def report_flags(command: F) -> F:
    """--format, --out, --cbom-version, --fail-on, --strict, --reproducible, --quiet."""
    flags = [
        click.option(
            "--format",
            "formats",
            default=None,
            help="Comma-separated: table, json, cbom. [default: table; table,json,cbom with --out]",
        ),
        click.option(
            "--out", type=click.Path(path_type=Path, file_okay=False), help="Write reports into this folder."
        ),
        click.option("--cbom-version", type=click.Choice(["1.6", "1.7"]), default="1.6", show_default=True),
        click.option(
            "--fail-on",
            type=click.Choice(THRESHOLDS),
            default="never",
            show_default=True,
            help="Exit 1 when a finding at or above this threat is found.",
        ),
        click.option(
            "--strict", is_flag=True, help="Exit 3 when any target could not be scanned completely."
        ),
        click.option(
            "--reproducible", is_flag=True, help="Fixed report timestamp (or use SOURCE_DATE_EPOCH)."
        ),
        click.option("--quiet", "-q", is_flag=True, help="No progress bar or 'wrote' lines."),
    ]
    for flag in reversed(flags):
        command = flag(command)
    return command


def outputs(
    formats: str | None, out: Path | None, cbom_version: str, fail_on: str, strict: bool, reproducible: bool
) -> Outputs:
    chosen = parse_formats(formats or ("table,json,cbom" if out else "table"), list(BUILTIN_REPORTERS))
    if out is None and len([f for f in chosen if f != "table"]) > 1:
        raise ConfigError("--format: more than one file format needs --out DIR")
    options = ReportOptions(report_timestamp(reproducible), __version__, cbom_version)
    return Outputs(chosen, out, options, fail_on, strict)


def _write(assessment: Assessment, outputs: Outputs, console: Console) -> None:
    for name in outputs.formats:
        reporter = reporter_named(name)
        if name == "table" or outputs.out is None:
            text = reporter.render(assessment, outputs.options)
            sys.stdout.write(text)
            continue
        outputs.out.mkdir(parents=True, exist_ok=True)
        path = outputs.out / reporter.filename
        path.write_text(reporter.render(assessment, outputs.options), encoding="utf-8")
        console.print(f"wrote {path}")


def _exit_code(assessment: Assessment, fail_on: str, strict: bool) -> int:
    if strict and not assessment.inventory.complete:
        return EXIT_INCOMPLETE
    if any(fails(f.algorithm.threat, fail_on) for f in assessment.inventory.findings):
        return EXIT_FINDINGS
    return 0


def finish(inventory: Inventory, outputs: Outputs, console: Console) -> None:
    """Assess, write every report, and exit with the documented code."""
    assessment = assess(inventory)
    _write(assessment, outputs, console)
    raise SystemExit(_exit_code(assessment, outputs.fail_on, outputs.strict))
