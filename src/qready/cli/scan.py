"""`qready scan`: flags -> ScanRequest -> Inventory -> Assessment -> reports -> exit code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
from rich.console import Console

from qready.cli.options import parse_size, read_passwords
from qready.cli.outputs import finish, load_settings, outputs, report_flags
from qready.cli.probe import probe_flags, probe_request
from qready.cli.progress import RichProgress
from qready.detectors.source import LANGUAGES
from qready.discovery import DEFAULT_MAX_FILE_SIZE, WalkOptions
from qready.engine import ScanRequest, run_scan
from qready.errors import ConfigError


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
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--host", "hosts", multiple=True, metavar="TARGET", help="Also probe this endpoint (repeatable)."
)
@report_flags
@probe_flags
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
    policy: str | None,
    config: Path | None,
    profile: str | None,
    debug: bool,
    hosts: tuple[str, ...],
    **probing: Any,
) -> None:
    """Scan files and folders for cryptographic assets and report their quantum readiness."""
    del debug  # main() reads --debug from the command line before click runs
    settings = load_settings(paths, config, policy, profile)
    chosen = outputs(formats, out, cbom_version, fail_on, strict, reproducible, settings)
    probes = probe_request(hosts, **probing)
    if not paths and probes is None:
        raise ConfigError("scan: name at least one path, or a host with --host/--targets")
    walk = WalkOptions(
        excludes=exclude, max_file_size=parse_size(max_file_size), use_gitignore=not no_gitignore
    )
    request = ScanRequest(
        targets=paths,
        walk=walk,
        workers=workers,
        keystore_passwords=read_passwords(keystore_password, keystore_password_file),
        languages=parse_languages(languages),
        probes=probes,
    )
    console = Console(stderr=True, quiet=quiet)
    if console.is_terminal and not quiet:
        with RichProgress(console) as progress:
            inventory = run_scan(request, progress)
    else:
        inventory = run_scan(request)
    finish(inventory, chosen, console)
