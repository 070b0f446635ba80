"""`qready report --from FILE.json`: re-render a saved qready JSON in any format, without scanning.

The assessment is loaded as saved (its verdicts, deadlines and urgency were judged on the day of the scan),
so `scan --format json` then `report --from` writes the same bytes as reporting during the scan, given the
same timestamp (--reproducible or SOURCE_DATE_EPOCH). Where the assessment comes from is one function,
`_source`, so a store run id can be added beside `--from`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console

from qready import __version__
from qready.cli.history import stored_report
from qready.cli.options import parse_formats, report_timestamp
from qready.errors import ConfigError
from qready.model import Assessment
from qready.model.codec import CodecError, load_assessment
from qready.report import BUILTIN_REPORTERS, ReportOptions, reporter_named

TERMINAL = "table"


def load_saved(path: Path) -> Assessment:
    """The Assessment in a qready JSON file; a ConfigError naming the file when it is not one."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"--from {path}: {error.strerror or error}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ConfigError(f"--from {path}: not a JSON file ({error})") from None
    if isinstance(document, dict) and document.get("bomFormat") == "CycloneDX":
        raise ConfigError(
            f"--from {path}: a CycloneDX CBOM, not a qready JSON (write one with --format json)"
        )
    try:
        return load_assessment(document)
    except CodecError as error:
        raise ConfigError(f"--from {path}: {error}") from None


def _source(from_file: Path | None) -> Assessment:
    if from_file is None:
        raise ConfigError("report: name a saved qready JSON with --from FILE.json")
    return load_saved(from_file)


def _formats(text: str | None, out: Path | None) -> list[str]:
    """--format, else the table without --out and every file format (but json) with it."""
    known = list(BUILTIN_REPORTERS)
    files = [name for name in known if name not in (TERMINAL, "json")]
    chosen = parse_formats(text or (",".join(files) if out else TERMINAL), known)
    if out is None and len([name for name in chosen if name != TERMINAL]) > 1:
        raise ConfigError("--format: more than one file format needs --out DIR")
    return chosen


def write_reports(
    assessment: Assessment, formats: list[str], out: Path | None, options: ReportOptions, console: Console
) -> None:
    """The table (and a lone format without --out) to stdout; every other format to its file in `out`."""
    for name in formats:
        reporter = reporter_named(name)
        text = reporter.render(assessment, options)
        if name == TERMINAL or out is None:
            sys.stdout.write(text)
            continue
        out.mkdir(parents=True, exist_ok=True)
        path = out / reporter.filename
        path.write_text(text, encoding="utf-8", newline="")
        console.print(f"wrote {path}", markup=False, highlight=False, soft_wrap=True)


@click.command("report")
@click.argument("run_id", required=False, type=click.IntRange(1), metavar="[RUN_ID]")
@click.option("--store", "store_url", metavar="URL", help="The store holding RUN_ID (see qready history).")
@click.option(
    "--from",
    "from_file",
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="FILE.json",
    help="A qready JSON report written by scan or probe (--format json).",
)
@click.option(
    "--format",
    "formats",
    default=None,
    help="Comma-separated formats. [default: table; every file format but json with --out]",
)
@click.option(
    "--out", type=click.Path(path_type=Path, file_okay=False), help="Write reports into this folder."
)
@click.option("--lang", type=click.Choice(["en", "fr"]), default="en", show_default=True)
@click.option("--cbom-version", type=click.Choice(["1.6", "1.7"]), default="1.6", show_default=True)
@click.option("--reproducible", is_flag=True, help="Fixed report timestamp (or use SOURCE_DATE_EPOCH).")
@click.option("--quiet", "-q", is_flag=True, help="No 'wrote' lines.")
def report_command(
    run_id: int | None,
    store_url: str | None,
    from_file: Path | None,
    formats: str | None,
    out: Path | None,
    lang: str,
    cbom_version: str,
    reproducible: bool,
    quiet: bool,
) -> None:
    """Re-render a saved assessment (table, sarif, cbom, markdown, csv...) without scanning again."""
    chosen = _formats(formats, out)
    if run_id is not None:  # a run kept in the store, with the timestamp its reports carried
        assessment, timestamp = stored_report(store_url, run_id, from_file, reproducible)
    else:
        assessment, timestamp = _source(from_file), report_timestamp(reproducible)
    options = ReportOptions(timestamp, __version__, cbom_version, lang)
    write_reports(assessment, chosen, out, options, Console(stderr=True, quiet=quiet))
