"""`qready diff OLD NEW`, and reading what `--baseline`, `diff` and `assess --cbom` are given: a qready JSON
report or a CycloneDX CBOM (told apart by their content, not their file names)."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from qready.assess.baseline import Baseline
from qready.assess.scan_diff import Change, ScanDiff, Side, diff_scans, subject
from qready.errors import ConfigError, QreadyError, TargetError
from qready.model import Finding, Inventory
from qready.model.codec import FORMAT, CodecError, load_assessment
from qready.report.cbom_import import import_cbom
from qready.report.cbom_read import read_cbom
from qready.report.markdown import escape_markdown

EXIT_ADDED = 1


@dataclass(frozen=True)
class ScanFile:
    """A file read back: a qready JSON report (`side.assessment` set) or a CBOM (its imported inventory)."""

    side: Side

    @property
    def is_cbom(self) -> bool:
        return self.side.assessment is None


def _document(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TargetError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise TargetError(f"{path}: {getattr(error, 'strerror', None) or error}") from None
    except json.JSONDecodeError as error:
        raise TargetError(f"{path}: not JSON ({error.msg} at line {error.lineno})") from None


def read_scan(path: Path) -> ScanFile:
    """A qready JSON report or a CBOM (CycloneDX 1.4-1.7, IBM's draft layouts); TargetError otherwise."""
    document = _document(path)
    source = str(path)
    if isinstance(document, dict) and document.get("format") == FORMAT:
        try:
            assessment = load_assessment(document)
        except CodecError as error:
            raise TargetError(f"{path}: {error}") from None
        return ScanFile(Side(source, assessment.inventory, assessment))
    if isinstance(document, dict) and "bomFormat" in document:
        return ScanFile(Side(source, import_cbom(read_cbom(document, source), source)))
    raise TargetError(f"{path}: neither a qready JSON report nor a CycloneDX CBOM")


def load_baseline(path: Path) -> Baseline:
    """--baseline FILE: the findings to compare against, and how to match them."""
    try:
        scan = read_scan(path)
    except QreadyError as error:
        raise ConfigError(f"--baseline {error}") from None
    if scan.side.assessment is not None:
        return Baseline.of_assessment(scan.side.assessment, str(path))
    return Baseline.of_cbom(scan.side.inventory.findings, str(path))


def _finding_row(finding: Finding) -> dict[str, Any]:
    algorithm = finding.algorithm
    return {
        "location": subject(finding),
        "algorithm": algorithm.name,
        "key_size": algorithm.key_size,
        "curve": algorithm.curve,
        "threat": algorithm.threat.value,
        "fingerprint": finding.fingerprint,
    }


def _change_row(change: Change) -> dict[str, Any]:
    return {
        "subject": change.subject,
        "changes": [{"field": f, "old": o, "new": n} for f, o, n in change.fields],
    }


def diff_json(diff: ScanDiff) -> str:
    document = {
        "old": diff.old,
        "new": diff.new,
        "summary": {"added": len(diff.added), "removed": len(diff.removed), "changed": len(diff.changed)},
        "added": [_finding_row(f) for f in diff.added],
        "removed": [_finding_row(f) for f in diff.removed],
        "changed": [_change_row(c) for c in diff.changed],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _row(*cells: str) -> str:
    """A Markdown table row whose cells render as themselves (report.markdown's escaping)."""
    return "| " + " | ".join(escape_markdown(cell) for cell in cells) + " |"


def diff_markdown(diff: ScanDiff) -> str:
    lines = [
        f"## qready diff: {escape_markdown(diff.old)} → {escape_markdown(diff.new)}",
        "",
        f"**{len(diff.added)} added, {len(diff.removed)} removed, {len(diff.changed)} changed**",
    ]
    for title, findings in (("Added", diff.added), ("Removed", diff.removed)):
        if findings:
            lines += ["", f"### {title}", "", "| location | algorithm | threat |", "|---|---|---|"]
            lines += [_row(subject(f), f.algorithm.name, f.algorithm.threat.value) for f in findings]
    if diff.changed:
        lines += ["", "### Changed", "", "| what | field | old | new |", "|---|---|---|---|"]
        for change in diff.changed:
            lines += [_row(change.subject, f, o, n) for f, o, n in change.fields]
    return "\n".join(lines) + "\n"


def _print_table(diff: ScanDiff, console: Console) -> None:
    counts = f"{len(diff.added)} added, {len(diff.removed)} removed, {len(diff.changed)} changed"
    console.print(f"{escape(diff.old)} -> {escape(diff.new)}: {counts}", soft_wrap=True)
    for title, findings in (("added", diff.added), ("removed", diff.removed)):
        if findings:
            table = Table(title=title, title_justify="left")
            for column in ("location", "algorithm", "threat"):
                table.add_column(column)
            for finding in findings:
                table.add_row(
                    escape(subject(finding)), escape(finding.algorithm.name), finding.algorithm.threat.value
                )
            console.print(table)
    if diff.changed:
        table = Table(title="changed", title_justify="left")
        for column in ("what", "field", "old", "new"):
            table.add_column(column)
        for change in diff.changed:
            for field, old, new in change.fields:
                table.add_row(escape(change.subject), field, escape(old), escape(new))
        console.print(table)


@click.command("diff")
@click.argument("old", type=click.Path(path_type=Path, dir_okay=False))
@click.argument("new", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--format", "output", type=click.Choice(["table", "json", "markdown"]), default="table", show_default=True
)
@click.option("--fail-on-added", is_flag=True, help="Exit 1 when NEW has a finding OLD has not.")
def diff_command(old: Path, new: Path, output: str, fail_on_added: bool) -> None:
    """Compare two scans (qready JSON reports or CycloneDX CBOMs): added, removed and changed findings."""
    diff = diff_scans(read_scan(old).side, read_scan(new).side)
    if output == "json":
        sys.stdout.write(diff_json(diff))
    elif output == "markdown":
        sys.stdout.write(diff_markdown(diff))
    else:
        _print_table(diff, Console(width=max(Console().width, 120)))
    raise SystemExit(EXIT_ADDED if fail_on_added and diff.added else 0)


def imported_inventory(path: Path) -> Inventory:
    """`qready assess --cbom FILE`: the CBOM's inventory (a qready JSON report is refused: it is assessed)."""
    scan = read_scan(path)
    if not scan.is_cbom:
        raise ConfigError(
            f"--cbom {path}: a qready JSON report, not a CBOM (use 'qready report --from {path}')"
        )
    return scan.side.inventory


__all__ = [
    "ScanFile",
    "diff_command",
    "diff_json",
    "diff_markdown",
    "imported_inventory",
    "load_baseline",
    "read_scan",
]
