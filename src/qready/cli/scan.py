"""`qready scan`: flags -> ScanRequest -> Inventory -> Assessment -> reports -> exit code."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import click
from rich.console import Console

from qready import __version__
from qready.assess import assess
from qready.cli.options import THRESHOLDS, fails, parse_formats, parse_size, read_passwords, report_timestamp
from qready.cli.progress import RichProgress
from qready.detectors.source import LANGUAGES
from qready.discovery import DEFAULT_MAX_FILE_SIZE, WalkOptions
from qready.engine import ScanRequest, run_scan
from qready.errors import ConfigError
from qready.model import Assessment
from qready.report import BUILTIN_REPORTERS, ReportOptions, reporter_named

EXIT_FINDINGS = 1
EXIT_INCOMPLETE = 3


@dataclass(frozen=True)
class Outputs:
    formats: list[str]
    out: Path | None
    options: ReportOptions


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


def parse_languages(value: str | None) -> frozenset[str] | None:
    """`--languages python,go` -> those languages; unknown names are an error naming the known ones."""
    if value is None:
        return None
    names = {name.strip().lower() for name in value.split(",") if name.strip()}
    if names == {"none"}:
        return frozenset()
    unknown = sorted(names - set(LANGUAGES))
    if unknown:
        known = ", ".join(sorted(LANGUAGES))
        raise ConfigError(f"--languages: unknown language {unknown[0]!r}; known: {known}")
    return frozenset(names)


@click.command("scan")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "formats",
    default=None,
    help="Comma-separated: table, json, cbom. [default: table; table,json,cbom with --out]",
)
@click.option(
    "--out", type=click.Path(path_type=Path, file_okay=False), help="Write reports into this folder."
)
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip paths matching GLOB (repeatable).")
@click.option(
    "--max-file-size",
    default=str(DEFAULT_MAX_FILE_SIZE),
    show_default=True,
    help="Skip (and record) files larger than this: 10MB, 512k or bytes.",
)
@click.option(
    "--keystore-password", multiple=True, metavar="PW", help="Password to try on keystores (repeatable)."
)
@click.option(
    "--keystore-password-file",
    multiple=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="File with one keystore password per line (repeatable).",
)
@click.option("--cbom-version", type=click.Choice(["1.6", "1.7"]), default="1.6", show_default=True)
@click.option(
    "--fail-on",
    type=click.Choice(THRESHOLDS),
    default="never",
    show_default=True,
    help="Exit 1 when a finding at or above this threat is found.",
)
@click.option("--strict", is_flag=True, help="Exit 3 when any file could not be scanned completely.")
@click.option("--reproducible", is_flag=True, help="Fixed report timestamp (or use SOURCE_DATE_EPOCH).")
@click.option("--no-gitignore", is_flag=True, help="Scan files that .gitignore excludes.")
@click.option(
    "--languages",
    metavar="LIST",
    default=None,
    help="Source languages to read, comma-separated (python,go) [default: all]; 'none' skips source code.",
)
@click.option(
    "--workers", type=click.IntRange(1, 256), default=None, help="Worker processes [default: all cores]."
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or 'wrote' lines.")
@click.option("--debug", is_flag=True, help="Show a traceback for errors (same as 'qready --debug').")
def scan_command(
    paths: tuple[Path, ...],
    formats: str | None,
    out: Path | None,
    exclude: tuple[str, ...],
    max_file_size: str,
    keystore_password: tuple[str, ...],
    keystore_password_file: tuple[Path, ...],
    cbom_version: str,
    fail_on: str,
    strict: bool,
    reproducible: bool,
    no_gitignore: bool,
    languages: str | None,
    workers: int | None,
    quiet: bool,
    debug: bool,
) -> None:
    """Scan files and folders for cryptographic assets and report their quantum readiness."""
    del debug  # main() reads --debug from the command line before click runs
    chosen = parse_formats(formats or ("table,json,cbom" if out else "table"), list(BUILTIN_REPORTERS))
    if out is None and len([f for f in chosen if f != "table"]) > 1:
        raise ConfigError("--format: more than one file format needs --out DIR")
    walk = WalkOptions(
        excludes=exclude, max_file_size=parse_size(max_file_size), use_gitignore=not no_gitignore
    )
    request = ScanRequest(
        targets=paths,
        walk=walk,
        workers=workers,
        keystore_passwords=read_passwords(keystore_password, keystore_password_file),
        languages=parse_languages(languages),
    )
    console = Console(stderr=True, quiet=quiet)
    options = ReportOptions(report_timestamp(reproducible), __version__, cbom_version)
    if console.is_terminal and not quiet:
        with RichProgress(console) as progress:
            inventory = run_scan(request, progress)
    else:
        inventory = run_scan(request)
    assessment = assess(inventory)
    _write(assessment, Outputs(chosen, out, options), console)
    raise SystemExit(_exit_code(assessment, fail_on, strict))
