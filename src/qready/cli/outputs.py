"""What `qready scan` and `qready probe` share: the report flags, writing the reports, the exit code."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console

from qready import __version__
from qready.assess import assess
from qready.assess.baseline import Baseline, with_baseline
from qready.assess.settings import (
    Settings,
    default_settings,
    find_settings,
    parse_pyproject_settings,
    parse_settings,
)
from qready.cli.history import StoreTarget, store_flags, store_target
from qready.cli.options import THRESHOLDS, gate_fails, parse_formats, report_timestamp
from qready.errors import ConfigError
from qready.knowledge.policies import default_policy_book
from qready.knowledge.quantum import default_quantum
from qready.model import Assessment, Inventory
from qready.report import (
    BUILTIN_REPORTERS,
    BytesReporter,
    Finisher,
    ReportOptions,
    StartingReporter,
    reporter_named,
)
from qready.report.i18n import LANGS

EXIT_FINDINGS = 1
EXIT_INCOMPLETE = 3
F = TypeVar("F", bound=Callable[..., Any])
_BASELINE = "qready.baseline"  # where report_flags leaves --baseline for outputs() (click's ctx.meta)
_LANG = "qready.lang"  # likewise for --lang


@dataclass(frozen=True)
class Outputs:
    formats: list[str]
    out: Path | None
    options: ReportOptions
    fail_on: str = "never"
    strict: bool = False
    settings: Settings | None = None  # qready.toml (or defaults), with --policy and --profile applied
    baseline: Baseline | None = None  # --baseline: the findings of a previous qready JSON or CBOM
    store: StoreTarget | None = None  # --org (and --store, --team): keep the run in the store


def load_settings(
    roots: Sequence[Path], config: Path | None, policy: str | None, profile: str | None
) -> Settings:
    """--config FILE, else the first folder's qready.toml or [tool.qready], else defaults; then the flags."""
    profiles = tuple(default_quantum().profiles)
    if config is not None:
        try:
            text = config.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise ConfigError(f"--config {config}: {getattr(error, 'strerror', None) or error}") from None
        reader = parse_pyproject_settings if config.name == "pyproject.toml" else parse_settings
        settings = reader(text, str(config), profiles) or default_settings()
    else:
        settings = find_settings(roots[0] if roots else Path.cwd(), profiles)
    if policy is not None:
        settings = replace(settings, policies=_policies(policy))
    if profile is not None:
        if profile not in profiles:
            raise ConfigError(
                f"--profile: unknown hardware profile {profile!r}; known: {', '.join(profiles)}"
            )
        settings = replace(settings, profile=profile)
    return settings


def _policies(text: str) -> tuple[str, ...]:
    book = default_policy_book()
    chosen = []
    for name in (part.strip() for part in text.split(",") if part.strip()):
        found = book.policy(name)
        if found is None:
            known = ", ".join(p.id for p in book.policies)
            raise ConfigError(f"--policy: unknown policy {name!r}; known: {known}")
        chosen.append(found.id)
    if not chosen:
        raise ConfigError("--policy: name at least one policy")
    return tuple(dict.fromkeys(chosen))


def report_flags(command: F) -> F:
    """--format, --out, --cbom-version, --fail-on, --strict, --reproducible, --quiet."""
    flags = [
        click.option(
            "--format",
            "formats",
            default=None,
            help=f"Comma-separated: {', '.join(BUILTIN_REPORTERS)} "
            "[default: table; table,json,cbom with --out].",
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
            help="Exit 1 when a finding meets this threat or urgency (new:X: only those not in --baseline).",
        ),
        click.option(
            "--baseline",
            type=click.Path(path_type=Path, dir_okay=False),
            metavar="FILE",
            expose_value=False,
            callback=_remember_baseline,
            help="A previous qready JSON or CBOM: mark findings new, unchanged or fixed.",
        ),
        click.option(
            "--strict", is_flag=True, help="Exit 3 when any target could not be scanned completely."
        ),
        click.option(
            "--reproducible", is_flag=True, help="Fixed report timestamp (or use SOURCE_DATE_EPOCH)."
        ),
        click.option("--quiet", "-q", is_flag=True, help="No progress bar or 'wrote' lines."),
        click.option(
            "--lang",
            type=click.Choice(LANGS),
            default="en",
            show_default=True,
            expose_value=False,
            callback=_remember_lang,
            help="Language of the HTML report.",
        ),
        click.option(
            "--policy",
            metavar="LIST",
            help="Policies whose deadlines apply, comma-separated: nist, cnsa, eu, uk, bsi, anssi "
            "[default: qready.toml, else nist].",
        ),
        click.option(
            "--config",
            type=click.Path(path_type=Path, dir_okay=False),
            help="qready.toml (or pyproject.toml) to use [default: the one in the first scanned folder].",
        ),
        click.option(
            "--profile", metavar="NAME", help="Hardware profile for attack costs (see qready estimate)."
        ),
    ]
    for flag in reversed(flags):
        command = flag(command)
    return store_flags(command)


def outputs(
    formats: str | None,
    out: Path | None,
    cbom_version: str,
    fail_on: str,
    strict: bool,
    reproducible: bool,
    settings: Settings | None = None,
) -> Outputs:
    chosen = parse_formats(formats or ("table,json,cbom" if out else "table"), list(BUILTIN_REPORTERS))
    if out is None and len([f for f in chosen if f != "table"]) > 1:
        raise ConfigError("--format: more than one file format needs --out DIR")
    options = ReportOptions(report_timestamp(reproducible), __version__, cbom_version, _lang())
    baseline = _baseline(fail_on)
    return Outputs(chosen, out, options, fail_on, strict, settings, baseline, store_target())


def _remember_lang(ctx: click.Context, _param: click.Parameter, value: str) -> None:
    ctx.meta[_LANG] = value


def _lang() -> str:
    """--lang, which report_flags left in the click context (en outside a command)."""
    context = click.get_current_context(silent=True)
    return str(context.meta.get(_LANG, "en")) if context is not None else "en"


def _remember_baseline(ctx: click.Context, _param: click.Parameter, value: Path | None) -> None:
    ctx.meta[_BASELINE] = value


def _baseline(fail_on: str) -> Baseline | None:
    """--baseline, read now (before a long scan); report_flags left it in the click context."""
    context = click.get_current_context(silent=True)
    path = context.meta.get(_BASELINE) if context is not None else None
    if path is None:
        if fail_on.startswith("new:"):
            raise ConfigError(f"--fail-on {fail_on} needs --baseline FILE (a previous qready JSON or CBOM)")
        return None
    from qready.cli.diff import load_baseline  # noqa: PLC0415 (the CBOM reader loads only for --baseline)

    return load_baseline(path)


def _started(inventory: Inventory, outputs: Outputs) -> dict[str, Finisher]:
    """The file reports that start on the inventory while it is assessed (StartingReporter), by format."""
    started: dict[str, Finisher] = {}
    if outputs.out is None:
        return started
    for name in outputs.formats:
        reporter = reporter_named(name)
        if name != "table" and isinstance(reporter, StartingReporter):
            finisher = reporter.start(inventory, outputs.options)
            if finisher is not None:
                started[name] = finisher
    return started


def _write(assessment: Assessment, outputs: Outputs, console: Console, started: dict[str, Finisher]) -> None:
    for name in outputs.formats:
        reporter = reporter_named(name)
        if name == "table" or outputs.out is None:
            text = reporter.render(assessment, outputs.options)
            sys.stdout.write(text)
            continue
        outputs.out.mkdir(parents=True, exist_ok=True)
        path = outputs.out / reporter.filename
        finisher = started.get(name)
        if finisher is not None:
            with path.open("wb", buffering=0) as handle:
                finisher(assessment, handle.fileno())
        elif isinstance(reporter, BytesReporter):
            path.write_bytes(reporter.render_bytes(assessment, outputs.options))
        else:
            path.write_text(reporter.render(assessment, outputs.options), encoding="utf-8")
        console.print(f"wrote {path}")


def _exit_code(assessment: Assessment, fail_on: str, strict: bool) -> int:
    if strict and not assessment.inventory.complete:
        return EXIT_INCOMPLETE
    if gate_fails(assessment, fail_on):
        return EXIT_FINDINGS
    return 0


def finish(inventory: Inventory, outputs: Outputs, console: Console) -> None:
    """Assess, write every report, and exit with the documented code."""
    started = _started(inventory, outputs)
    assessment = with_baseline(assess(inventory, outputs.settings, today=date.today()), outputs.baseline)
    for warning in assessment.warnings:
        console.print(f"[yellow]warning[/]: {warning}")
    _write(assessment, outputs, console, started)
    if outputs.store is not None:
        outputs.store.save(assessment, outputs.options.timestamp, console)
    raise SystemExit(_exit_code(assessment, outputs.fail_on, outputs.strict))
