"""`qready probe HOST[:PORT] URL CIDR ...` and the probe flags `qready scan --host` shares."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click
from rich.console import Console

from qready.cli.outputs import finish, load_settings, outputs, report_flags
from qready.discovery.hosts import DEFAULT_MAX_HOSTS, PROTOCOLS, parse_targets, targets_file_lines
from qready.engine import ScanRequest, run_scan
from qready.errors import ConfigError

if TYPE_CHECKING:
    from qready.engine.probe import ProbeRequest

F = TypeVar("F", bound=Callable[..., Any])
_SECONDS = click.FloatRange(0.05, 3600)


def probe_flags(command: F) -> F:
    """--targets, --protocol, the bounds and the concurrency of probing."""
    flags = [
        click.option(
            "--targets",
            "targets_file",
            type=click.Path(path_type=Path, dir_okay=False),
            help="File of targets, one per line (# comments).",
        ),
        click.option("--protocol", type=click.Choice(sorted(PROTOCOLS)), help="Probe every target as this."),
        click.option("--max-hosts", type=click.IntRange(1, 1_000_000), default=DEFAULT_MAX_HOSTS,
                     show_default=True, help="Most endpoints one run may contact (CIDR: each address)."),
        click.option("--concurrency", type=click.IntRange(1, 4096), default=32, show_default=True,
                     help="Targets probed at once."),
        click.option("--per-host", type=click.IntRange(1, 256), default=4, show_default=True,
                     help="Targets of one host probed at once."),
        click.option("--rate", type=click.FloatRange(0.1, 100_000), default=None,
                     help="New connections per second, all targets together [default: unlimited]."),
        click.option("--connect-timeout", type=_SECONDS, default=5.0, show_default=True),
        click.option("--timeout", "exchange_timeout", type=_SECONDS, default=10.0, show_default=True,
                     help="Seconds for one whole exchange, however slowly the peer answers."),
        click.option("--target-timeout", type=_SECONDS, default=120.0, show_default=True,
                     help="Seconds for every probe of one target together."),
        click.option("--retries", type=click.IntRange(0, 5), default=1, show_default=True,
                     help="Extra attempts after a connect timeout."),
    ]  # fmt: skip
    for flag in reversed(flags):
        command = flag(command)
    return command


def _read_targets(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"--targets {path}: {getattr(error, 'strerror', None) or error}") from None
    return list(targets_file_lines(text))


def probe_request(
    specs: tuple[str, ...],
    targets_file: Path | None,
    protocol: str | None,
    max_hosts: int,
    concurrency: int,
    per_host: int,
    rate: float | None,
    connect_timeout: float,
    exchange_timeout: float,
    target_timeout: float,
    retries: int,
) -> ProbeRequest | None:
    """The ProbeRequest the flags describe, or None when they name no target."""
    named = list(specs) + (_read_targets(targets_file) if targets_file else [])
    if not named:
        return None
    # the probing modules (asyncio, the TLS and SSH clients) load only when a target is named
    from qready.detectors.network.probe import ProbePlan  # noqa: PLC0415
    from qready.detectors.network.results import ProbeLimits  # noqa: PLC0415
    from qready.engine.probe import ProbeRequest  # noqa: PLC0415

    limits = ProbeLimits(connect_timeout, exchange_timeout, target_timeout, retries)
    targets = parse_targets(named, protocol, max_hosts)
    return ProbeRequest(targets, limits, ProbePlan(), concurrency, per_host, rate)


@click.command("probe")
@click.argument("specs", nargs=-1, metavar="TARGET...")
@report_flags
@probe_flags
def probe_command(
    specs: tuple[str, ...],
    formats: str | None,
    out: Path | None,
    cbom_version: str,
    fail_on: str,
    strict: bool,
    reproducible: bool,
    quiet: bool,
    policy: str | None,
    config: Path | None,
    profile: str | None,
    **probing: Any,
) -> None:
    """Probe live TLS and SSH endpoints: HOST, HOST:PORT, [V6]:PORT, URLs (https://, ssh://, smtp://...)
    and CIDR ranges (a.b.c.d/n[:PORT]). Only the named hosts are contacted."""
    settings = load_settings((), config, policy, profile)
    chosen = outputs(formats, out, cbom_version, fail_on, strict, reproducible, settings)
    request = probe_request(specs, **probing)
    if request is None:
        raise ConfigError("probe: name at least one target (or --targets FILE)")
    inventory = run_scan(ScanRequest(targets=(), probes=request))
    finish(inventory, chosen, Console(stderr=True, quiet=quiet))
